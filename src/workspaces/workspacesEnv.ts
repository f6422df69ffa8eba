import { z } from "zod";
import { emptyAsUnset } from "../server/envValues";

const positiveInt = (fallback: number, max: number) => z.preprocess(emptyAsUnset, z.coerce.number().int().positive().max(max).default(fallback));

/** Team settings, merged into the server's env schema (src/server/env.ts). */
export const workspacesEnvSchema = z.object({
  /** Invitation emails one workspace may send per hour (invites and resends together). */
  WORKSPACE_INVITATIONS_PER_HOUR: positiveInt(20, 10_000),
});

export type WorkspacesEnv = z.infer<typeof workspacesEnvSchema>;
