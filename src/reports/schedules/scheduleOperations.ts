import { HttpError } from "wasp/server";
import type { DeleteReportSchedule, SaveReportSchedule } from "wasp/server/operations";
import type { ReportSchedule } from "wasp/entities";
import { z } from "zod";
import { assertCountedInWorkspace, findCompanyInWorkspace, requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { memberEmailsAmong } from "../../workspaces/memberDirectory";
import { parseInput } from "../../server/operations/guards";
import { reportKinds } from "../reportKinds";
import { reportIneligibility } from "../request/reportEligibility";
import { nextWeeklyRun } from "./weeklySchedule";

const saveScheduleInput = z
  .object({
    companyId: z.string().uuid("Unknown company."),
    kind: z.enum(reportKinds, { message: `Choose one of: ${reportKinds.join(", ")}.` }),
    recipientUserIds: z.array(z.string().uuid("Unknown member.")).min(1, "Choose at least one member to email it to.").max(20, "At most 20 members."),
  })
  .strict();

const scheduleIdInput = z.object({ id: z.string().uuid("Unknown schedule.") }).strict();

/** A weekly report on a company, emailed to the chosen members; saving it again changes its recipients. */
export const saveReportSchedule: SaveReportSchedule<z.input<typeof saveScheduleInput>, ReportSchedule> = async (rawArgs, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const input = parseInput(saveScheduleInput, rawArgs);
  const company = await findCompanyInWorkspace(context.entities.Company, workspace.id, input.companyId);
  const competitorCount = await context.entities.CompetitorAnalysis.count({ where: { subjectCompanyId: company.id, status: "ACCEPTED" } });
  const ineligible = reportIneligibility(input.kind, company, competitorCount);
  if (ineligible) throw new HttpError(400, ineligible, { fieldErrors: { kind: [ineligible] } });
  const recipientUserIds = [...new Set(input.recipientUserIds)];
  const { allAreMembers } = await memberEmailsAmong(context.entities.WorkspaceMember, workspace.id, recipientUserIds);
  if (!allAreMembers) {
    const message = "Scheduled reports can only be emailed to members of this workspace.";
    throw new HttpError(400, message, { fieldErrors: { recipientUserIds: [message] } });
  }
  return context.entities.ReportSchedule.upsert({
    where: { subjectCompanyId_kind: { subjectCompanyId: company.id, kind: input.kind } },
    create: { workspaceId: workspace.id, subjectCompanyId: company.id, kind: input.kind, createdById: user.id, recipientUserIds, nextRunAt: nextWeeklyRun(new Date()) },
    update: { recipientUserIds, lastError: null },
  });
};

export const deleteReportSchedule: DeleteReportSchedule<{ id: string }, { deleted: true }> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id } = parseInput(scheduleIdInput, rawArgs);
  const { count } = await context.entities.ReportSchedule.deleteMany({ where: { id, workspaceId: workspace.id } });
  assertCountedInWorkspace(count, "schedule");
  return { deleted: true };
};
