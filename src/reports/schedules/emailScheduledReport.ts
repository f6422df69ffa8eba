import { prisma } from "wasp/server";
import { submitReportEmail } from "../delivery/emailMarketReportJob";

/** After a scheduled report completes: its PDF to the schedule's recipients who are still members. */
export async function emailScheduledReport(reportId: string): Promise<void> {
  const report = await prisma.marketReport.findUnique({ where: { id: reportId }, select: { workspaceId: true, schedule: { select: { recipientUserIds: true } } } });
  if (!report?.schedule || report.schedule.recipientUserIds.length === 0) return;
  const members = await prisma.workspaceMember.findMany({
    where: { workspaceId: report.workspaceId, userId: { in: report.schedule.recipientUserIds } },
    include: { user: { select: { email: true } } },
  });
  const recipients = members.map((member) => member.user.email).filter((email): email is string => Boolean(email));
  if (recipients.length > 0) await submitReportEmail({ reportId, recipients, sentByName: "Your weekly schedule" });
}
