import { z } from "zod";
import type { SweepTimedOutWorkflows } from "wasp/server/jobs";
import { hotPathPool, pooledSql } from "../../server/db/sql";
import { logger } from "../../server/logging/logger";
import { submitWorkflowTrigger } from "../trigger/triggerWorkflowJob";

const jobArgs = z.object({}).strict();
const sql = pooledSql(hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (workflow sweeper)")));

/** A queued execution whose trigger was never claimed this long after it was queued lost its job (the process died between the two). */
const ORPHANED_AFTER_SECONDS = 120;

/**
 * pg-boss job, every minute: executions with no final callback by their
 * deadline end as timed out, with the reason; a queued execution whose
 * trigger job was lost gets it again (pg-boss's singleton key drops the
 * resubmission while the job still exists).
 */
export const sweepTimedOutWorkflows: SweepTimedOutWorkflows<Record<string, never>, { timedOut: number; resubmitted: number }> = async (rawArgs) => {
  const parsed = jobArgs.safeParse(rawArgs ?? {});
  if (!parsed.success) throw new Error(`sweepTimedOutWorkflows got invalid arguments: ${parsed.error.message}`);
  const rows = await sql<{ id: string }>(
    `UPDATE "WorkflowExecution"
        SET status = 'TIMED_OUT', "finishedAt" = (now() AT TIME ZONE 'UTC'), "updatedAt" = (now() AT TIME ZONE 'UTC'),
            "errorMessage" = 'n8n did not report the end of the workflow by ' || to_char("timeoutAt", 'YYYY-MM-DD HH24:MI:SS') || ' UTC.'
      WHERE status IN ('QUEUED', 'RUNNING') AND "timeoutAt" < (now() AT TIME ZONE 'UTC')
      RETURNING id`,
  );
  if (rows.length > 0) logger.warn({ job: "sweepTimedOutWorkflows", timedOut: rows.length }, "workflow executions timed out");
  const orphans = await sql<{ id: string }>(
    `SELECT id FROM "WorkflowExecution"
      WHERE status = 'QUEUED' AND "triggeredAt" IS NULL AND "createdAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1)
      ORDER BY "createdAt" LIMIT 500`,
    [ORPHANED_AFTER_SECONDS],
  );
  for (const orphan of orphans) await submitWorkflowTrigger(orphan.id);
  if (orphans.length > 0) logger.warn({ job: "sweepTimedOutWorkflows", resubmitted: orphans.length }, "queued workflow executions without a trigger job were queued again");
  return { timedOut: rows.length, resubmitted: orphans.length };
};
