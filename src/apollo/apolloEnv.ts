import { z } from "zod";
import { emptyAsUnset } from "../server/envValues";

/** Apollo settings, merged into the server's env schema (src/server/env.ts). */
export const apolloEnvSchema = z.object({
  APOLLO_API_URL: z.preprocess(
    emptyAsUnset,
    z.string().url("APOLLO_API_URL must be a URL, e.g. https://api.apollo.io/api/v1").default("https://api.apollo.io/api/v1"),
  ),
  APOLLO_TIMEOUT_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().default(10_000)),
  APOLLO_MAX_ATTEMPTS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(10).default(4)),
});
