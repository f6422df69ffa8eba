import { HttpError, prisma } from "wasp/server";
import type { ChangeMemberRole, GetWorkspaceMembers, LeaveWorkspace, RemoveMember, TransferOwnership } from "wasp/server/operations";
import type { Prisma, WorkspaceRole } from "@prisma/client";
import type { z } from "zod";
import { parseInput, requireUser } from "../../server/operations/guards";
import { workspaceMembersWithUsers } from "../memberDirectory";
import { pendingInvitationsOf, seatLimitOf } from "../seatLimit";
import { planOfWorkspace } from "../../payment/quotas/workspacePlan";
import { requireMembershipOf, requireRole, throwRefusal } from "../workspaceAccess";
import { lockWorkspace } from "../workspaceLock";
import { refuseLeaving, refuseRemoval, refuseRoleChange } from "../workspaceRoles";
import { changeMemberRoleInput, memberInput, workspaceInput } from "../workspaceSchemas";

export type WorkspaceMemberRow = { userId: string; email: string | null; name: string; role: WorkspaceRole; joinedAt: Date; isYou: boolean };
export type WorkspaceMembersView = {
  workspace: { id: string; name: string; isPersonal: boolean };
  yourRole: WorkspaceRole;
  members: WorkspaceMemberRow[];
  seats: { used: number; limit: number; members: number; pendingInvitations: number };
};

/** Everyone in the workspace with their role and join date, and its seats. */
export const getWorkspaceMembers: GetWorkspaceMembers<z.input<typeof workspaceInput>, WorkspaceMembersView> = async (rawArgs, context) => {
  const signedIn = requireUser(context.user);
  const { workspaceId } = parseInput(workspaceInput, rawArgs);
  const { user, workspace, role } = await requireMembershipOf(signedIn, context.entities.WorkspaceMember, workspaceId);
  const [members, pendingInvitations, plan] = await Promise.all([
    workspaceMembersWithUsers(context.entities.WorkspaceMember, workspaceId),
    context.entities.WorkspaceInvitation.count({ where: pendingInvitationsOf(workspaceId, new Date()) }),
    planOfWorkspace(context.entities.BillingSubscription, workspaceId),
  ]);
  return {
    workspace: { id: workspace.id, name: workspace.name, isPersonal: workspace.isPersonal },
    yourRole: role,
    members: members.map((member) => ({
      userId: member.user.id,
      email: member.user.email,
      name: member.user.displayName || member.user.email || "Unnamed member",
      role: member.role,
      joinedAt: member.createdAt,
      isYou: member.user.id === user.id,
    })),
    seats: { used: members.length + pendingInvitations, limit: seatLimitOf(workspace, plan), members: members.length, pendingInvitations },
  };
};

type MemberChange = { workspaceId: string; actorId: string; targetId: string };

/** Inside a transaction with the workspace locked: the actor's and the target's roles, and the owner count. */
async function rolesForChange(tx: Prisma.TransactionClient, { workspaceId, actorId, targetId }: MemberChange) {
  await lockWorkspace(tx, workspaceId);
  const memberships = await tx.workspaceMember.findMany({ where: { workspaceId, OR: [{ userId: { in: [actorId, targetId] } }, { role: "OWNER" }] } });
  const actor = memberships.find((membership) => membership.userId === actorId);
  const target = memberships.find((membership) => membership.userId === targetId);
  if (!actor) throw new HttpError(404, "No such workspace among yours.");
  if (!target) throw new HttpError(404, "No such member in this workspace.");
  return { actor, target, ownerCount: memberships.filter((membership) => membership.role === "OWNER").length };
}

export const changeMemberRole: ChangeMemberRole<z.input<typeof changeMemberRoleInput>, { userId: string; role: WorkspaceRole }> = async (
  rawArgs,
  context,
) => {
  const user = requireUser(context.user);
  const input = parseInput(changeMemberRoleInput, rawArgs);
  await requireMembershipOf(user, context.entities.WorkspaceMember, input.workspaceId);
  return prisma.$transaction(async (tx) => {
    const { actor, target, ownerCount } = await rolesForChange(tx, { workspaceId: input.workspaceId, actorId: user.id, targetId: input.userId });
    throwRefusal(refuseRoleChange({ actorRole: actor.role, targetRole: target.role, newRole: input.role, ownerCount }));
    await tx.workspaceMember.update({ where: { id: target.id }, data: { role: input.role } });
    return { userId: input.userId, role: input.role };
  });
};

/** Removes someone else; their next call works in their personal workspace and finds nothing of this one. */
export const removeMember: RemoveMember<z.input<typeof memberInput>, { removed: true }> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const input = parseInput(memberInput, rawArgs);
  await requireMembershipOf(user, context.entities.WorkspaceMember, input.workspaceId);
  if (input.userId === user.id) {
    throw new HttpError(400, "To leave the workspace yourself, use Leave workspace.", { fieldErrors: { userId: ["That is you."] } });
  }
  await prisma.$transaction(async (tx) => {
    const { actor, target } = await rolesForChange(tx, { workspaceId: input.workspaceId, actorId: user.id, targetId: input.userId });
    throwRefusal(refuseRemoval({ actorRole: actor.role, targetRole: target.role }));
    await dropMembership(tx, input.workspaceId, input.userId);
  });
  return { removed: true };
};

export const leaveWorkspace: LeaveWorkspace<z.input<typeof workspaceInput>, { left: true }> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const { workspaceId } = parseInput(workspaceInput, rawArgs);
  const { workspace } = await requireMembershipOf(user, context.entities.WorkspaceMember, workspaceId);
  await prisma.$transaction(async (tx) => {
    const { actor, ownerCount } = await rolesForChange(tx, { workspaceId, actorId: user.id, targetId: user.id });
    throwRefusal(refuseLeaving({ role: actor.role, ownerCount, isPersonal: workspace.isPersonal }));
    await dropMembership(tx, workspaceId, user.id);
  });
  return { left: true };
};

/** Makes another member an owner; the caller, an owner, stays on as an admin. */
export const transferOwnership: TransferOwnership<z.input<typeof memberInput>, { newOwnerId: string }> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const input = parseInput(memberInput, rawArgs);
  const { workspace, role } = await requireMembershipOf(user, context.entities.WorkspaceMember, input.workspaceId);
  requireRole(role, "OWNER", "Only an owner can hand the workspace over.");
  if (workspace.isPersonal) throw new HttpError(400, "A personal workspace cannot be handed over: create a team workspace to share.");
  if (input.userId === user.id) throw new HttpError(400, "Choose another member to hand the workspace to.", { fieldErrors: { userId: ["That is you."] } });
  await prisma.$transaction(async (tx) => {
    const { actor, target } = await rolesForChange(tx, { workspaceId: input.workspaceId, actorId: user.id, targetId: input.userId });
    requireRole(actor.role, "OWNER", "Only an owner can hand the workspace over.");
    await tx.workspaceMember.update({ where: { id: target.id }, data: { role: "OWNER" } });
    await tx.workspaceMember.update({ where: { id: actor.id }, data: { role: "ADMIN" } });
  });
  return { newOwnerId: input.userId };
};

/** The membership goes, and a user working in the workspace falls back to their personal one. */
async function dropMembership(tx: Prisma.TransactionClient, workspaceId: string, userId: string) {
  await tx.workspaceMember.delete({ where: { workspaceId_userId: { workspaceId, userId } } });
  await tx.user.updateMany({ where: { id: userId, currentWorkspaceId: workspaceId }, data: { currentWorkspaceId: null } });
}
