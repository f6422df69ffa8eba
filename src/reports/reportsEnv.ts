import { z } from "zod";
import { emptyAsUnset } from "../server/envValues";

const positiveInt = (fallback: number, max: number) => z.preprocess(emptyAsUnset, z.coerce.number().int().positive().max(max).default(fallback));

/** Report job settings, merged into the server's env schema (src/server/env.ts). */
export const reportsEnvSchema = z.object({
  /** A report still running this long after it started fails with the reason. */
  REPORT_TIMEOUT_SECONDS: positiveInt(300, 3600),
  /** How long a run holds a report without a heartbeat before another run may take it over. */
  REPORT_LEASE_SECONDS: positiveInt(30, 600),
  /** Reports written at once by one server process. */
  REPORT_JOB_CONCURRENCY: positiveInt(4, 50),
  /** Runs a report may start (the first and the ones after crashes) before it fails. */
  REPORT_MAX_ATTEMPTS: positiveInt(3, 10),
});

export type ReportsEnv = z.infer<typeof reportsEnvSchema>;
