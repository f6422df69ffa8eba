import { z } from "zod";
import { SHARE_TOKEN_PATTERN } from "./shareTokens";

export const MAX_SHARE_DAYS = 90;

export const createShareLinkInput = z
  .object({
    reportId: z.string().uuid("Unknown report."),
    expiresInDays: z.number().int().min(1, "A link lasts at least a day.").max(MAX_SHARE_DAYS, `A link lasts at most ${MAX_SHARE_DAYS} days.`).default(14),
  })
  .strict();

export const shareLinkIdInput = z.object({ linkId: z.string().uuid("Unknown share link.") }).strict();

export const reportShareLinksInput = z.object({ reportId: z.string().uuid("Unknown report.") }).strict();

export const shareTokenInput = z.object({ token: z.string().regex(SHARE_TOKEN_PATTERN, "This is not a share link.") }).strict();
