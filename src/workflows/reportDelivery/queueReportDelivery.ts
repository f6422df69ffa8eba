import { config, prisma } from "wasp/server";
import { workflowAvailability } from "../settings/workflowAvailability";
import { loadWorkflowSettings } from "../settings/workflowSettingsStore";
import { queueWorkflowExecution } from "../trigger/queueWorkflowExecution";

/**
 * After a report completes: when an admin turned report delivery on (and n8n
 * is configured), n8n's report-delivery workflow announces it (title, link,
 * summary). Once per report: a second call finds the first execution.
 */
export async function queueReportDelivery(reportId: string): Promise<{ executionId: string } | null> {
  const settings = await loadWorkflowSettings(prisma.systemConfig);
  if (workflowAvailability(settings, "report-delivery").kind !== "available") return null;
  const report = await prisma.marketReport.findUnique({
    where: { id: reportId },
    select: { id: true, title: true, summary: true, status: true, workspaceId: true, requestedById: true, subjectCompanyId: true, workspace: { select: { name: true } } },
  });
  if (!report || report.status !== "COMPLETED") return null;
  const earlier = await prisma.workflowExecution.findFirst({ where: { workspaceId: report.workspaceId, workflowKey: "report-delivery", input: { path: ["reportId"], equals: report.id } }, select: { id: true } });
  if (earlier) return { executionId: earlier.id };
  const execution = await queueWorkflowExecution(prisma.workflowExecution, {
    workspaceId: report.workspaceId,
    workflow: "report-delivery",
    triggeredById: report.requestedById,
    companyId: report.subjectCompanyId,
    input: {
      reportId: report.id,
      reportTitle: report.title,
      reportUrl: `${config.frontendUrl}/app/reports/${report.id}`,
      workspaceName: report.workspace.name,
      summary: report.summary ?? "",
    },
    inputSummary: `Report delivery: ${report.title}`,
    timeoutMinutes: settings.workflows["report-delivery"].timeoutMinutes,
  });
  return { executionId: execution.id };
}
