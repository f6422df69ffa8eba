import type { Prisma } from "@prisma/client";
import { utcDayRange } from "../../analytics/stats/statsDays";
import type { AdminWorkflowRunsQuery } from "./ledgerInputs";

/** The ledger's filters: status, workflow, workspace and the days it was started (UTC, both included). */
export function adminWorkflowRunsWhere(query: AdminWorkflowRunsQuery): Prisma.WorkflowExecutionWhereInput {
  return {
    ...(query.status !== "any" ? { status: query.status } : {}),
    ...(query.workflow !== "any" ? { workflowKey: query.workflow } : {}),
    ...(query.workspaceId ? { workspaceId: query.workspaceId } : {}),
    ...(query.from || query.to ? { createdAt: utcDayRange(query.from, query.to) } : {}),
  };
}

export type RunTimings = {
  /** From queued to n8n's first sign of work (null while none came). */
  waitMs: number | null;
  /** From its start (or queueing, when it never started) to its end; null while it runs. */
  durationMs: number | null;
};

/** How long a run waited and ran, from its timestamps. */
export function runTimings(run: { createdAt: Date; startedAt: Date | null; finishedAt: Date | null }): RunTimings {
  return {
    waitMs: run.startedAt ? run.startedAt.getTime() - run.createdAt.getTime() : null,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - (run.startedAt ?? run.createdAt).getTime() : null,
  };
}
