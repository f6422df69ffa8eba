import { z } from "zod";
import { emptyAsUnset } from "../server/envValues";

/** Company settings, merged into the server's env schema (src/server/env.ts). */
export const companiesEnvSchema = z.object({
  /** How long an import run holds its import without writing a batch before another run may take it over. */
  COMPANY_IMPORT_LEASE_SECONDS: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().max(3600).default(60)),
});
