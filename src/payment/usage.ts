import type { PrismaClient } from "@prisma/client";
import { pendingInvitationsOf, seatLimitOf } from "../workspaces/seatLimit";
import { plans, quotaLabels, type PlanId, type QuotaName } from "./plans";

export type QuotaUsage = { quota: QuotaName; label: string; unit: string; used: number; limit: number };

/** An operation's context.entities. */
type Entities = {
  Company: Pick<PrismaClient["company"], "count">;
  WorkspaceMember: Pick<PrismaClient["workspaceMember"], "count">;
  WorkspaceInvitation: Pick<PrismaClient["workspaceInvitation"], "count">;
  ApolloSmartList: Pick<PrismaClient["apolloSmartList"], "count">;
};

/**
 * What a workspace uses of the quotas that are counted today. Sequence
 * enrolments are counted by the Apollo sequences feature, which consumes that
 * quota when it lands; until then it appears in the plan table only.
 */
export async function usageOf(db: Entities, workspace: { id: string; isPersonal: boolean }, plan: PlanId, now = new Date()): Promise<QuotaUsage[]> {
  const [companies, members, pendingInvitations, syncedLists] = await Promise.all([
    db.Company.count({ where: { workspaceId: workspace.id } }),
    db.WorkspaceMember.count({ where: { workspaceId: workspace.id } }),
    db.WorkspaceInvitation.count({ where: pendingInvitationsOf(workspace.id, now) }),
    db.ApolloSmartList.count({ where: { workspaceId: workspace.id, syncEnabled: true } }),
  ]);
  const quotas = plans[plan].quotas;
  const row = (quota: QuotaName, used: number, limit = quotas[quota]): QuotaUsage => ({ quota, ...quotaLabels[quota], used, limit });
  return [
    row("trackedCompanies", companies),
    row("seats", members + pendingInvitations, seatLimitOf(workspace, plan)),
    row("syncedApolloLists", syncedLists),
  ];
}
