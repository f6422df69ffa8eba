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
  // Our own ceiling per key, below Apollo's plan limit: a sync, enrolments and enrichment share it.
  APOLLO_REQUESTS_PER_MINUTE: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().default(600)),
  // A list sync whose run renews nothing for this long is taken over (a killed process): src/apollo/lists/sync.
  APOLLO_SYNC_LEASE_SECONDS: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().default(60)),
  // Attempts a list sync gets from the recovery sweep before it fails with the reason.
  APOLLO_SYNC_MAX_ATTEMPTS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(10).default(3)),
});
