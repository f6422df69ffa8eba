import { z } from "zod";
import { positioningScoresSchema } from "./positioningDimensions";

const companyId = z.string().uuid("Unknown company.");
const linkId = z.string().uuid("Unknown competitor link.");
const note = z.string().trim().max(1000, "Keep the note under 1,000 characters.");

export const competitorMapInput = z.object({ subjectCompanyId: companyId }).strict();

export const saveCompetitorLinkInput = z
  .object({
    subjectCompanyId: companyId,
    competitorCompanyId: companyId,
    scores: positioningScoresSchema.default({}),
    note: note.optional(),
  })
  .strict()
  .refine((input) => input.subjectCompanyId !== input.competitorCompanyId, {
    message: "A company cannot be its own competitor.",
    path: ["competitorCompanyId"],
  });

export const updateCompetitorLinkInput = z
  .object({ linkId, scores: positioningScoresSchema.optional(), note: note.nullable().optional() })
  .strict()
  .refine((input) => input.scores !== undefined || input.note !== undefined, { message: "Nothing to change: send scores or a note." });

export const competitorLinkIdInput = z.object({ linkId }).strict();

export const respondToSuggestionInput = z
  .object({ linkId, decision: z.enum(["accept", "dismiss"], { message: "Decide accept or dismiss." }) })
  .strict();

export const companyPositioningInput = z.object({ companyId, scores: positioningScoresSchema }).strict();

export type SaveCompetitorLinkInput = z.input<typeof saveCompetitorLinkInput>;
export type UpdateCompetitorLinkInput = z.input<typeof updateCompetitorLinkInput>;
export type RespondToSuggestionInput = z.input<typeof respondToSuggestionInput>;
export type CompanyPositioningInput = z.input<typeof companyPositioningInput>;
