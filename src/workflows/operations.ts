import { env, HttpError } from "wasp/server";
import type { GetCompanyWorkflowRuns, StartCompanyWorkflow } from "wasp/server/operations";
import type { z } from "zod";
import { parseInput } from "../server/operations/guards";
import { assertFoundInWorkspace, requireWorkspaceMember } from "../workspaces/workspaceAccess";
import { submitWorkflowTrigger } from "./trigger/triggerWorkflowJob";
import { workflowCatalogue } from "./trigger/workflowCatalogue";
import { getCompanyWorkflowRunsInput, startCompanyWorkflowInput } from "./workflowInputs";

export type WorkflowRun = {
  id: string;
  workflow: string;
  label: string;
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT";
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  errorMessage: string | null;
  resultsCount: number;
};

/**
 * Starts market research or sentiment collection on a company of the
 * workspace: a QUEUED execution, and the job that triggers n8n. While one
 * is queued or running for the company, asking again returns it.
 */
export const startCompanyWorkflow: StartCompanyWorkflow<z.input<typeof startCompanyWorkflowInput>, { executionId: string; alreadyRunning: boolean }> = async (args, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const input = parseInput(startCompanyWorkflowInput, args);
  if (!env.N8N_URL || !env.N8N_WEBHOOK_SECRET) throw new HttpError(503, "Workflows are not configured on this server: set N8N_URL and N8N_WEBHOOK_SECRET.");
  const company = await context.entities.Company.findFirst({ where: { id: input.companyId, workspaceId: workspace.id }, select: { id: true, name: true, domain: true } });
  assertFoundInWorkspace(company, "company");
  const active = await context.entities.WorkflowExecution.findFirst({
    where: { workspaceId: workspace.id, companyId: company.id, workflowKey: input.workflow, status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true },
  });
  if (active) return { executionId: active.id, alreadyRunning: true };
  const workflow = workflowCatalogue[input.workflow];
  const execution = await context.entities.WorkflowExecution.create({
    data: {
      workspaceId: workspace.id,
      triggeredById: user.id,
      companyId: company.id,
      workflowKey: input.workflow,
      status: "QUEUED",
      input: { companyId: company.id, companyName: company.name, domain: company.domain },
      inputSummary: `${workflow.label} on ${company.name} (${company.domain})`,
      timeoutAt: new Date(Date.now() + workflow.timeoutMinutes * 60_000),
    },
  });
  await submitWorkflowTrigger(execution.id);
  return { executionId: execution.id, alreadyRunning: false };
};

/** The company's workflow runs, newest first, with how many results each brought. */
export const getCompanyWorkflowRuns: GetCompanyWorkflowRuns<z.input<typeof getCompanyWorkflowRunsInput>, WorkflowRun[]> = async (args, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { companyId } = parseInput(getCompanyWorkflowRunsInput, args);
  const company = await context.entities.Company.findFirst({ where: { id: companyId, workspaceId: workspace.id }, select: { id: true } });
  assertFoundInWorkspace(company, "company");
  const runs = await context.entities.WorkflowExecution.findMany({
    where: { workspaceId: workspace.id, companyId },
    orderBy: { createdAt: "desc" },
    take: 10,
    include: { _count: { select: { marketIntelligence: true } } },
  });
  return runs.map((run) => ({
    id: run.id,
    workflow: run.workflowKey,
    label: workflowCatalogue[run.workflowKey as keyof typeof workflowCatalogue]?.label ?? run.workflowKey,
    status: run.status,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    errorMessage: run.errorMessage,
    resultsCount: run._count.marketIntelligence,
  }));
};
