import type { GetCompanyFindings, GetCompanyWorkflowRuns, StartCompanyWorkflow } from "wasp/server/operations";
import type { z } from "zod";
import { parseInput } from "../server/operations/guards";
import { assertFoundInWorkspace, requireWorkspaceMember } from "../workspaces/workspaceAccess";
import { loadWorkflowSettings } from "./settings/workflowSettingsStore";
import { throwUnavailable, workflowAvailability } from "./settings/workflowAvailability";
import { queueWorkflowExecution } from "./trigger/queueWorkflowExecution";
import { workflowCatalogue, workflowLabelOf } from "./trigger/workflowCatalogue";
import { companyWorkflows, getCompanyFindingsInput, getCompanyWorkflowRunsInput, startCompanyWorkflowInput } from "./workflowInputs";

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

export type CompanyWorkflows = {
  /** null when it can start; else why not (turned off, or n8n not configured). */
  workflows: Array<{ key: (typeof companyWorkflows)[number]; label: string; unavailableReason: string | null }>;
  runs: WorkflowRun[];
};

/**
 * Starts market research or sentiment collection on a company of the
 * workspace: a QUEUED execution, and the job that triggers n8n. While one
 * is queued or running for the company, asking again returns it.
 */
export const startCompanyWorkflow: StartCompanyWorkflow<z.input<typeof startCompanyWorkflowInput>, { executionId: string; alreadyRunning: boolean }> = async (args, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const input = parseInput(startCompanyWorkflowInput, args);
  const settings = await loadWorkflowSettings(context.entities.SystemConfig);
  throwUnavailable(workflowAvailability(settings, input.workflow));
  const company = await context.entities.Company.findFirst({ where: { id: input.companyId, workspaceId: workspace.id }, select: { id: true, name: true, domain: true } });
  assertFoundInWorkspace(company, "company");
  const active = await context.entities.WorkflowExecution.findFirst({
    where: { workspaceId: workspace.id, companyId: company.id, workflowKey: input.workflow, status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true },
  });
  if (active) return { executionId: active.id, alreadyRunning: true };
  const execution = await queueWorkflowExecution(context.entities.WorkflowExecution, {
    workspaceId: workspace.id,
    workflow: input.workflow,
    triggeredById: user.id,
    companyId: company.id,
    input: { companyId: company.id, companyName: company.name, domain: company.domain },
    inputSummary: `${workflowCatalogue[input.workflow].label} on ${company.name} (${company.domain})`,
    timeoutMinutes: settings.workflows[input.workflow].timeoutMinutes,
  });
  return { executionId: execution.id, alreadyRunning: false };
};

/** The company's workflows (each with whether it can start now) and its runs, newest first, with how many results each brought. */
export const getCompanyWorkflowRuns: GetCompanyWorkflowRuns<z.input<typeof getCompanyWorkflowRunsInput>, CompanyWorkflows> = async (args, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { companyId } = parseInput(getCompanyWorkflowRunsInput, args);
  const company = await context.entities.Company.findFirst({ where: { id: companyId, workspaceId: workspace.id }, select: { id: true } });
  assertFoundInWorkspace(company, "company");
  const [settings, runs] = await Promise.all([
    loadWorkflowSettings(context.entities.SystemConfig),
    context.entities.WorkflowExecution.findMany({
      where: { workspaceId: workspace.id, companyId },
      orderBy: { createdAt: "desc" },
      take: 10,
      include: { _count: { select: { marketIntelligence: true } } },
    }),
  ]);
  return {
    workflows: companyWorkflows.map((key) => {
      const availability = workflowAvailability(settings, key);
      return { key, label: workflowCatalogue[key].label, unavailableReason: availability.kind === "available" ? null : availability.reason };
    }),
    runs: runs.map((run) => ({
      id: run.id,
      workflow: run.workflowKey,
      label: workflowLabelOf(run.workflowKey),
      status: run.status,
      createdAt: run.createdAt,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      errorMessage: run.errorMessage,
      resultsCount: run._count.marketIntelligence,
    })),
  };
};

export const findingKinds = ["NEWS", "HIRING_SIGNAL", "PRODUCT_CHANGE", "FUNDING"] as const;
export type CompanyFinding = {
  id: string;
  kind: (typeof findingKinds)[number];
  title: string;
  content: string;
  sourceName: string | null;
  sourceUrl: string | null;
  observedAt: Date;
  workflowExecutionId: string | null;
};

/** The company's research findings (news, hiring signals, product changes, funding), newest first: what reports cite as workflow findings. */
export const getCompanyFindings: GetCompanyFindings<z.input<typeof getCompanyFindingsInput>, { findings: CompanyFinding[]; totalCount: number }> = async (args, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { companyId } = parseInput(getCompanyFindingsInput, args);
  const company = await context.entities.Company.findFirst({ where: { id: companyId, workspaceId: workspace.id }, select: { id: true } });
  assertFoundInWorkspace(company, "company");
  const where = { workspaceId: workspace.id, companyId, kind: { in: [...findingKinds] } };
  const [findings, totalCount] = await Promise.all([
    context.entities.MarketIntelligence.findMany({
      where,
      orderBy: [{ observedAt: "desc" }, { id: "desc" }],
      take: 20,
      select: { id: true, kind: true, title: true, content: true, sourceName: true, sourceUrl: true, observedAt: true, workflowExecutionId: true },
    }),
    context.entities.MarketIntelligence.count({ where }),
  ]);
  return { findings: findings as CompanyFinding[], totalCount };
};
