import { z } from "zod";

export const DEFAULT_LOG_RETENTION_DAYS = 30;

export const pruneOldLogsArgs = z
  .object({ retentionDays: z.number().int().min(1).max(3650).optional() })
  .strict()
  .default({});

/** Rows older than this instant are pruned. */
export function logRetentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
}
