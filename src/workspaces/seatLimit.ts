import { HttpError } from "wasp/server";
import type { Prisma } from "@prisma/client";
import { plans, type PlanId } from "../payment/plans";
import { planOfWorkspace } from "../payment/quotas/workspacePlan";
import { seatLimitRefusal } from "./seats";

/**
 * The seat limit of a workspace: the one place it is read. A personal
 * workspace is one person's; a team's comes from its plan.
 */
export function seatLimitOf(workspace: { isPersonal: boolean }, plan: PlanId): number {
  return workspace.isPersonal ? 1 : plans[plan].quotas.seats;
}

/** The invitations that hold a seat: neither accepted nor revoked, and not expired. */
export function pendingInvitationsOf(workspaceId: string, now: Date): Prisma.WorkspaceInvitationWhereInput {
  return { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
}

/** 402 unless one more seat is free (inside the transaction that takes it, with the workspace locked). */
export async function requireFreeSeat(tx: Prisma.TransactionClient, workspace: { id: string; isPersonal: boolean }, now: Date) {
  const [members, pendingInvitations, plan] = await Promise.all([
    tx.workspaceMember.count({ where: { workspaceId: workspace.id } }),
    tx.workspaceInvitation.count({ where: pendingInvitationsOf(workspace.id, now) }),
    planOfWorkspace(tx.billingSubscription, workspace.id),
  ]);
  const refusal = seatLimitRefusal({ members, pendingInvitations, limit: seatLimitOf(workspace, plan), plan });
  if (refusal) throw new HttpError(402, refusal);
}
