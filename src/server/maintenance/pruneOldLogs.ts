import type { PruneOldLogs } from "wasp/server/jobs";
import { env } from "wasp/server";
import { logger } from "../logging/logger";
import { logRetentionCutoff, pruneOldLogsArgs } from "./logRetention";

/** pg-boss job: deletes Log rows older than the retention period. */
export const pruneOldLogs: PruneOldLogs<{ retentionDays?: number }, { deleted: number; cutoff: string }> = async (
  rawArgs,
  context,
) => {
  const parsed = pruneOldLogsArgs.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    // A job has no caller to answer 400 to: refuse loudly and change nothing.
    throw new Error(`pruneOldLogs got invalid arguments: ${parsed.error.message}`);
  }
  const retentionDays = parsed.data.retentionDays ?? env.LOG_RETENTION_DAYS;
  const cutoff = logRetentionCutoff(new Date(), retentionDays);
  const { count } = await context.entities.Log.deleteMany({ where: { createdAt: { lt: cutoff } } });
  logger.info({ job: "pruneOldLogs", deleted: count, cutoff: cutoff.toISOString() }, "pruned old log rows");
  return { deleted: count, cutoff: cutoff.toISOString() };
};
