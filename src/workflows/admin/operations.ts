import { HttpError, prisma } from "wasp/server";
import type { GetAdminWorkflowRuns, RerunWorkflowExecution } from "wasp/server/operations";
import type { Prisma } from "@prisma/client";
import type { z } from "zod";
import { writeAdminLog } from "../../admin/adminAuditLog";
import { parseInput, requireAdmin } from "../../server/operations/guards";
import { throwUnavailable, workflowAvailability } from "../settings/workflowAvailability";
import { loadWorkflowSettings } from "../settings/workflowSettingsStore";
import { createQueuedExecution } from "../trigger/queueWorkflowExecution";
import { submitWorkflowTrigger } from "../trigger/triggerWorkflowJob";
import { workflowKeys, workflowLabelOf, type WorkflowKey } from "../trigger/workflowCatalogue";
import { getAdminWorkflowRunsInput, rerunWorkflowExecutionInput, workflowStatuses } from "./ledgerInputs";
import { adminWorkflowRunsWhere, runTimings } from "./ledgerRows";

type Status = (typeof workflowStatuses)[number];
export type AdminWorkflowRun = {
  id: string;
  workflow: string;
  label: string;
  status: Status;
  workspace: { id: string; name: string };
  triggeredBy: string | null;
  inputSummary: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  waitMs: number | null;
  durationMs: number | null;
  attempts: number;
  callbacks: number;
  results: number;
  errorMessage: string | null;
  rerunOfId: string | null;
};
export type AdminWorkflowRunsPage = {
  runs: AdminWorkflowRun[];
  totalCount: number;
  page: number;
  pageSize: number;
  /** Runs per status under the other filters, for the status filter's counts. */
  statusCounts: Record<Status, number>;
  workflows: Array<{ key: string; label: string }>;
};

/** Every workspace's workflow executions, newest first, filtered and paged on the server, with their timings and errors. */
export const getAdminWorkflowRuns: GetAdminWorkflowRuns<z.input<typeof getAdminWorkflowRunsInput>, AdminWorkflowRunsPage> = async (args, context) => {
  requireAdmin(context.user);
  const query = parseInput(getAdminWorkflowRunsInput, args);
  const where = adminWorkflowRunsWhere(query);
  const [totalCount, runs, byStatus] = await Promise.all([
    context.entities.WorkflowExecution.count({ where }),
    context.entities.WorkflowExecution.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: {
        workspace: { select: { id: true, name: true } },
        triggeredBy: { select: { email: true } },
        _count: { select: { callbacks: true, marketIntelligence: true } },
      },
    }),
    context.entities.WorkflowExecution.groupBy({ by: ["status"], where: adminWorkflowRunsWhere({ ...query, status: "any" }), _count: { _all: true } }),
  ]);
  const statusCounts = Object.fromEntries(workflowStatuses.map((status) => [status, 0])) as Record<Status, number>;
  for (const row of byStatus) statusCounts[row.status] = row._count._all;
  return {
    totalCount,
    page: query.page,
    pageSize: query.pageSize,
    statusCounts,
    workflows: workflowKeys.map((key) => ({ key, label: workflowLabelOf(key) })),
    runs: runs.map((run) => ({
      id: run.id,
      workflow: run.workflowKey,
      label: workflowLabelOf(run.workflowKey),
      status: run.status,
      workspace: run.workspace,
      triggeredBy: run.triggeredBy?.email ?? null,
      inputSummary: run.inputSummary,
      createdAt: run.createdAt,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      ...runTimings(run),
      attempts: run.attempts,
      callbacks: run._count.callbacks,
      results: run._count.marketIntelligence,
      errorMessage: run.errorMessage,
      rerunOfId: run.rerunOfId,
    })),
  };
};

/**
 * Runs an ended execution again with the same input, as a new execution of
 * the same workspace (the original keeps its history). Logged with who.
 */
export const rerunWorkflowExecution: RerunWorkflowExecution<z.input<typeof rerunWorkflowExecutionInput>, { executionId: string }> = async (args, context) => {
  const admin = requireAdmin(context.user);
  const { executionId } = parseInput(rerunWorkflowExecutionInput, args);
  const original = await context.entities.WorkflowExecution.findUnique({ where: { id: executionId } });
  if (!original) throw new HttpError(404, "There is no workflow execution with that id.");
  if (original.status === "QUEUED" || original.status === "RUNNING") throw new HttpError(409, "That execution has not ended yet: wait for it, or for its timeout.");
  if (!(workflowKeys as string[]).includes(original.workflowKey)) throw new HttpError(400, `There is no workflow named ${original.workflowKey} any more.`);
  const workflow = original.workflowKey as WorkflowKey;
  const settings = await loadWorkflowSettings(context.entities.SystemConfig);
  throwUnavailable(workflowAvailability(settings, workflow));
  const rerun = await prisma.$transaction(async (tx) => {
    const created = await createQueuedExecution(tx.workflowExecution, {
      workspaceId: original.workspaceId,
      workflow,
      triggeredById: admin.id,
      companyId: original.companyId,
      input: (original.input ?? {}) as Prisma.InputJsonObject,
      inputSummary: original.inputSummary,
      rerunOfId: original.id,
      timeoutMinutes: settings.workflows[workflow].timeoutMinutes,
    });
    await writeAdminLog(tx, {
      admin,
      action: "rerun-workflow",
      message: `${admin.email ?? admin.id} re-ran ${workflowLabelOf(workflow)} (${original.inputSummary ?? original.id})`,
      target: { executionId: created.id, rerunOfId: original.id, workspaceId: original.workspaceId, workflow },
    });
    return created;
  });
  await submitWorkflowTrigger(rerun.id);
  return { executionId: rerun.id };
};
