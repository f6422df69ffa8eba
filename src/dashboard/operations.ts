import type { GetDashboardSummary } from "wasp/server/operations";
import { requireUser } from "../server/operations/guards";
import { findCurrentWorkspace } from "../workspaces/currentWorkspace";

export type DashboardSummary = {
  workspaceName: string;
  companyCount: number;
  competitorCount: number;
  reportCount: number;
  runningWorkflowCount: number;
  credits: number;
};

export const getDashboardSummary: GetDashboardSummary<void, DashboardSummary> = async (_args, context) => {
  const user = requireUser(context.user);
  const { workspace } = await findCurrentWorkspace(context.entities.WorkspaceMember, user.id);
  const activeCompanies = { workspaceId: workspace.id, archivedAt: null };
  const [companyCount, competitorCount, reportCount, runningWorkflowCount] = await Promise.all([
    context.entities.Company.count({ where: activeCompanies }),
    context.entities.Company.count({ where: { ...activeCompanies, role: "COMPETITOR" } }),
    context.entities.MarketReport.count({ where: { workspaceId: workspace.id } }),
    context.entities.WorkflowExecution.count({
      where: { workspaceId: workspace.id, status: { in: ["PENDING", "RUNNING"] } },
    }),
  ]);
  return {
    workspaceName: workspace.name,
    companyCount,
    competitorCount,
    reportCount,
    runningWorkflowCount,
    credits: workspace.credits,
  };
};
