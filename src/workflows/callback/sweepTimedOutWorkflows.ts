import { z } from "zod";
import type { SweepTimedOutWorkflows } from "wasp/server/jobs";
import { hotPathPool, pooledSql } from "../../server/db/sql";
import { logger } from "../../server/logging/logger";

const jobArgs = z.object({}).strict();
const sql = pooledSql(hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (workflow sweeper)")));

/** pg-boss job, every minute: executions with no final callback by their deadline end as timed out, with the reason. */
export const sweepTimedOutWorkflows: SweepTimedOutWorkflows<Record<string, never>, { timedOut: number }> = async (rawArgs) => {
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
  return { timedOut: rows.length };
};
