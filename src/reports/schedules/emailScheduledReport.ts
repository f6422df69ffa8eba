import { prisma } from "wasp/server";
import { memberEmailsAmong } from "../../workspaces/memberDirectory";
import { submitReportEmail } from "../delivery/emailMarketReportJob";

/** After a scheduled report completes: its PDF to the schedule's recipients who are still members. */
export async function emailScheduledReport(reportId: string): Promise<void> {
  const report = await prisma.marketReport.findUnique({ where: { id: reportId }, select: { workspaceId: true, schedule: { select: { recipientUserIds: true } } } });
  if (!report?.schedule || report.schedule.recipientUserIds.length === 0) return;
  const { emails: recipients } = await memberEmailsAmong(prisma.workspaceMember, report.workspaceId, report.schedule.recipientUserIds);
  if (recipients.length > 0) await submitReportEmail({ reportId, recipients, sentByName: "Your weekly schedule" });
}
