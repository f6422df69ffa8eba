import { HttpError } from "wasp/server";
import type { EmailReport, GetReportRecipients } from "wasp/server/operations";
import { z } from "zod";
import { assertFoundInWorkspace, requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { memberEmailsAmong, workspaceMembersWithUsers } from "../../workspaces/memberDirectory";
import { parseInput } from "../../server/operations/guards";
import { submitReportEmail } from "./emailMarketReportJob";

const MAX_RECIPIENTS = 20;

const emailReportInput = z
  .object({
    reportId: z.string().uuid("Unknown report."),
    recipientUserIds: z.array(z.string().uuid("Unknown member.")).min(1, "Choose at least one member.").max(MAX_RECIPIENTS, `At most ${MAX_RECIPIENTS} members at once.`),
  })
  .strict();

const recipientsInput = z.object({ reportId: z.string().uuid("Unknown report.") }).strict();

export type ReportRecipient = { userId: string; email: string; name: string; isYou: boolean; delivery: { status: string; sentAt: Date | null; error: string | null } | null };

/** The workspace's members who can be sent the report, and what was sent to each already. */
export const getReportRecipients: GetReportRecipients<{ reportId: string }, ReportRecipient[]> = async (rawArgs, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { reportId } = parseInput(recipientsInput, rawArgs);
  const report = await context.entities.MarketReport.findFirst({ where: { id: reportId, workspaceId: workspace.id }, select: { id: true } });
  assertFoundInWorkspace(report, "report");
  const [members, deliveries] = await Promise.all([
    workspaceMembersWithUsers(context.entities.WorkspaceMember, workspace.id),
    context.entities.ReportEmail.findMany({ where: { reportId } }),
  ]);
  return members
    .filter((member) => member.user.email)
    .map((member) => {
      const email = member.user.email!;
      const delivery = deliveries.find((candidate) => candidate.recipientEmail === email.toLowerCase());
      return {
        userId: member.user.id,
        email,
        name: member.user.displayName ?? email,
        isYou: member.user.id === user.id,
        delivery: delivery ? { status: delivery.status, sentAt: delivery.sentAt, error: delivery.error === "sending" ? null : delivery.error } : null,
      };
    });
};

/** Emails the report's PDF to members of the workspace (the caller among them, if chosen). */
export const emailReport: EmailReport<z.input<typeof emailReportInput>, { queued: number }> = async (rawArgs, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { reportId, recipientUserIds } = parseInput(emailReportInput, rawArgs);
  const report = await context.entities.MarketReport.findFirst({ where: { id: reportId, workspaceId: workspace.id }, select: { status: true } });
  assertFoundInWorkspace(report, "report");
  if (report.status !== "COMPLETED") {
    const message = "Only a completed report can be emailed.";
    throw new HttpError(400, message, { fieldErrors: { reportId: [message] } });
  }
  const { allAreMembers, emails: recipients } = await memberEmailsAmong(context.entities.WorkspaceMember, workspace.id, recipientUserIds);
  if (!allAreMembers) {
    const message = "Reports can only be emailed to members of this workspace.";
    throw new HttpError(400, message, { fieldErrors: { recipientUserIds: [message] } });
  }
  await submitReportEmail({ reportId, recipients, sentByName: user.displayName ?? user.email ?? null });
  return { queued: recipients.length };
};
