import { HttpError, env, prisma } from "wasp/server";
import type {
  AcceptInvitation,
  GetInvitation,
  GetMyInvitations,
  GetWorkspaceInvitations,
  InviteToWorkspace,
  ResendInvitation,
  RevokeInvitation,
} from "wasp/server/operations";
import type { Prisma, WorkspaceRole } from "@prisma/client";
import type { z } from "zod";
import { parseInput, requireUser } from "../../server/operations/guards";
import { requireFreeSeat, seatLimitOf } from "../seatLimit";
import { planOfWorkspace } from "../../payment/quotas/workspacePlan";
import { seatLimitRefusal } from "../seats";
import { requireMembershipOf, requireRole, throwRefusal } from "../workspaceAccess";
import { lockWorkspace } from "../workspaceLock";
import { refuseInvitationRole } from "../workspaceRoles";
import { acceptInvitationInput, invitationIdInput, invitationTokenInput, inviteInput, workspaceInput } from "../workspaceSchemas";
import { submitInvitationEmail } from "./invitationEmailJob";
import { inviterNameOf, inviterSelect } from "./inviter";
import { invitationStateOf, normalisedInvitationEmail, unusableInvitationMessage, type InvitationState } from "./invitationState";
import { invitationExpiry, invitationTokenHash, newInvitationToken } from "./invitationToken";

export type InvitationRow = {
  id: string;
  email: string;
  role: WorkspaceRole;
  state: InvitationState;
  expiresAt: Date;
  invitedByName: string | null;
  lastEmail: { status: string; sentAt: Date | null; error: string | null } | null;
};

/** The workspace's invitations not yet accepted (pending and expired), newest first: owners and admins. */
export const getWorkspaceInvitations: GetWorkspaceInvitations<z.input<typeof workspaceInput>, InvitationRow[]> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const { workspaceId } = parseInput(workspaceInput, rawArgs);
  const { role } = await requireMembershipOf(user, context.entities.WorkspaceMember, workspaceId);
  requireRole(role, "ADMIN", "Only the workspace's owners and admins can see its invitations.");
  const invitations = await context.entities.WorkspaceInvitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null },
    include: { invitedBy: { select: inviterSelect }, emails: { orderBy: { createdAt: "desc" }, take: 1 } },
    orderBy: { updatedAt: "desc" },
  });
  const now = new Date();
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    state: invitationStateOf(invitation, now),
    expiresAt: invitation.expiresAt,
    invitedByName: inviterNameOf(invitation.invitedBy),
    lastEmail: invitation.emails[0]
      ? { status: invitation.emails[0].status, sentAt: invitation.emails[0].sentAt, error: invitation.emails[0].error }
      : null,
  }));
};

export type SentInvitation = { id: string; email: string; role: WorkspaceRole; expiresAt: Date };

/** Invites someone by email with a role; the link goes out by email (a job), valid once for 7 days. */
export const inviteToWorkspace: InviteToWorkspace<z.input<typeof inviteInput>, SentInvitation> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const input = parseInput(inviteInput, rawArgs);
  const { workspace, role } = await requireMembershipOf(user, context.entities.WorkspaceMember, input.workspaceId);
  throwRefusal(refuseInvitationRole(role, input.role));
  if (workspace.isPersonal) {
    throw new HttpError(400, "A personal workspace is yours alone: create a team workspace to invite people.");
  }
  const email = normalisedInvitationEmail(input.email);
  const alreadyMember = await context.entities.WorkspaceMember.findFirst({ where: { workspaceId: workspace.id, user: { email: { equals: email, mode: "insensitive" } } } });
  if (alreadyMember) {
    const message = `${email} is already a member of this workspace.`;
    throw new HttpError(400, message, { fieldErrors: { email: [message] } });
  }

  const { token, tokenHash } = newInvitationToken();
  const now = new Date();
  const { invitation, emailId } = await prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, workspace.id);
    await requireInvitationEmailAllowance(tx, workspace.id, now);
    const existing = await tx.workspaceInvitation.findUnique({ where: { workspaceId_email: { workspaceId: workspace.id, email } } });
    if (existing && invitationStateOf(existing, now) === "pending") {
      const message = `${email} is already invited: resend the invitation from the list if the email was lost.`;
      throw new HttpError(400, message, { fieldErrors: { email: [message] } });
    }
    await requireFreeSeat(tx, workspace, now);
    const fresh = { role: input.role, tokenHash, expiresAt: invitationExpiry(now), invitedById: user.id, revokedAt: null, acceptedAt: null, acceptedById: null };
    const invitation = existing
      ? await tx.workspaceInvitation.update({ where: { id: existing.id }, data: fresh })
      : await tx.workspaceInvitation.create({ data: { ...fresh, workspaceId: workspace.id, email } });
    const sent = await tx.workspaceInvitationEmail.create({ data: { invitationId: invitation.id, workspaceId: workspace.id } });
    return { invitation, emailId: sent.id };
  });
  await submitInvitationEmail(emailId, token);
  return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
};

/** A new link for a pending or expired invitation (the old link stops working), valid 7 days from now. */
export const resendInvitation: ResendInvitation<z.input<typeof invitationIdInput>, SentInvitation> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const { invitationId } = parseInput(invitationIdInput, rawArgs);
  const found = await invitationOfCallersWorkspace(context.entities, user.id, invitationId);
  const { token, tokenHash } = newInvitationToken();
  const now = new Date();
  const { invitation, emailId } = await prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, found.workspaceId);
    const current = await tx.workspaceInvitation.findUnique({ where: { id: invitationId }, include: { workspace: true } });
    if (!current) throw new HttpError(404, "No such invitation in your workspace.");
    const state = invitationStateOf(current, now);
    if (state === "accepted" || state === "revoked") throw new HttpError(400, `This invitation was ${state}: invite the person again instead.`);
    await requireInvitationEmailAllowance(tx, current.workspaceId, now);
    if (state === "expired") await requireFreeSeat(tx, current.workspace, now);
    const invitation = await tx.workspaceInvitation.update({ where: { id: invitationId }, data: { tokenHash, expiresAt: invitationExpiry(now), invitedById: user.id } });
    const sent = await tx.workspaceInvitationEmail.create({ data: { invitationId, workspaceId: current.workspaceId } });
    return { invitation, emailId: sent.id };
  });
  await submitInvitationEmail(emailId, token);
  return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
};

export const revokeInvitation: RevokeInvitation<z.input<typeof invitationIdInput>, { revoked: true }> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const { invitationId } = parseInput(invitationIdInput, rawArgs);
  await invitationOfCallersWorkspace(context.entities, user.id, invitationId);
  const revoked = await context.entities.WorkspaceInvitation.updateMany({ where: { id: invitationId, acceptedAt: null }, data: { revokedAt: new Date() } });
  if (revoked.count === 0) throw new HttpError(400, "This invitation was already accepted: remove the member instead.");
  return { revoked: true };
};

export type InvitationPreview = {
  workspaceName: string;
  invitedByName: string | null;
  email: string;
  role: WorkspaceRole;
  state: InvitationState;
  expiresAt: Date;
  /** For a link that can no longer be used: which way, and what to do. */
  problem: string | null;
};

/** What an invitation link is for, shown before signing in: anyone holding the link may see it. */
export const getInvitation: GetInvitation<z.input<typeof invitationTokenInput>, InvitationPreview> = async (rawArgs, context) => {
  const { token } = parseInput(invitationTokenInput, rawArgs);
  const invitation = await context.entities.WorkspaceInvitation.findUnique({
    where: { tokenHash: invitationTokenHash(token) },
    include: { workspace: { select: { name: true } }, invitedBy: { select: inviterSelect } },
  });
  if (!invitation) throw new HttpError(404, unknownLinkMessage);
  const state = invitationStateOf(invitation, new Date());
  return {
    workspaceName: invitation.workspace.name,
    invitedByName: inviterNameOf(invitation.invitedBy),
    email: invitation.email,
    role: invitation.role,
    state,
    expiresAt: invitation.expiresAt,
    problem: state === "pending" ? null : unusableInvitationMessage(state),
  };
};

const unknownLinkMessage = "This invitation link is not valid: it may have been replaced by a newer one. Use the latest email, or ask for a new invitation.";

export type InvitationForMe = { id: string; workspaceName: string; invitedByName: string | null; role: WorkspaceRole; expiresAt: Date };

/** Pending invitations to the caller's email: what a user who signed up after being invited accepts. */
export const getMyInvitations: GetMyInvitations<void, InvitationForMe[]> = async (_args, context) => {
  const user = requireUser(context.user);
  if (!user.email) return [];
  const invitations = await context.entities.WorkspaceInvitation.findMany({
    where: { email: normalisedInvitationEmail(user.email), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() }, workspace: { members: { none: { userId: user.id } } } },
    include: { workspace: { select: { name: true } }, invitedBy: { select: inviterSelect } },
    orderBy: { createdAt: "desc" },
  });
  return invitations.map((invitation) => ({
    id: invitation.id,
    workspaceName: invitation.workspace.name,
    invitedByName: inviterNameOf(invitation.invitedBy),
    role: invitation.role,
    expiresAt: invitation.expiresAt,
  }));
};

/** Joins the workspace with the invited role and switches to it; the invitation is used up. */
export const acceptInvitation: AcceptInvitation<z.input<typeof acceptInvitationInput>, { workspaceId: string; workspaceName: string }> = async (
  rawArgs,
  context,
) => {
  const user = requireUser(context.user);
  const input = parseInput(acceptInvitationInput, rawArgs);
  const where = input.token ? { tokenHash: invitationTokenHash(input.token) } : { id: input.invitationId! };
  const invitation = await context.entities.WorkspaceInvitation.findUnique({ where, include: { workspace: true } });
  const callerEmail = user.email ? normalisedInvitationEmail(user.email) : null;
  if (!invitation || (input.invitationId && invitation.email !== callerEmail)) throw new HttpError(404, unknownLinkMessage);
  if (invitation.email !== callerEmail) {
    throw new HttpError(403, `This invitation is for ${invitation.email}, and you are signed in as ${user.email ?? "an account without an email"}. Sign in with ${invitation.email} to accept it.`);
  }
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, invitation.workspaceId);
    const current = await tx.workspaceInvitation.findUnique({ where: { id: invitation.id } });
    const state = current && current.tokenHash === invitation.tokenHash ? invitationStateOf(current, now) : undefined;
    if (!state) throw new HttpError(404, unknownLinkMessage);
    if (state !== "pending") throw new HttpError(400, unusableInvitationMessage(state));
    const membership = await tx.workspaceMember.findUnique({ where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: user.id } } });
    if (!membership) {
      const members = await tx.workspaceMember.count({ where: { workspaceId: invitation.workspaceId } });
      const plan = await planOfWorkspace(tx.billingSubscription, invitation.workspaceId);
      const refusal = seatLimitRefusal({ members, pendingInvitations: 0, limit: seatLimitOf(invitation.workspace, plan), plan });
      if (refusal) throw new HttpError(402, `You cannot join yet: ${refusal}`);
      await tx.workspaceMember.create({ data: { workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role } });
    }
    await tx.workspaceInvitation.update({ where: { id: invitation.id }, data: { acceptedAt: now, acceptedById: user.id } });
    await tx.user.update({ where: { id: user.id }, data: { currentWorkspaceId: invitation.workspaceId } });
  });
  return { workspaceId: invitation.workspaceId, workspaceName: invitation.workspace.name };
};

/** 404 unless the invitation belongs to a workspace of the caller; 403 unless they own or administer it. */
async function invitationOfCallersWorkspace(
  entities: { WorkspaceInvitation: Prisma.WorkspaceInvitationDelegate; WorkspaceMember: Prisma.WorkspaceMemberDelegate },
  userId: string,
  invitationId: string,
) {
  const invitation = await entities.WorkspaceInvitation.findFirst({ where: { id: invitationId, workspace: { members: { some: { userId } } } } });
  if (!invitation) throw new HttpError(404, "No such invitation in your workspace.");
  const { role } = await requireMembershipOf({ id: userId }, entities.WorkspaceMember, invitation.workspaceId);
  requireRole(role, "ADMIN", "Only the workspace's owners and admins can manage invitations.");
  return invitation;
}

async function requireInvitationEmailAllowance(tx: Prisma.TransactionClient, workspaceId: string, now: Date) {
  const limit = env.WORKSPACE_INVITATIONS_PER_HOUR;
  const sentLastHour = await tx.workspaceInvitationEmail.count({ where: { workspaceId, createdAt: { gt: new Date(now.getTime() - 60 * 60_000) } } });
  if (sentLastHour >= limit) {
    throw new HttpError(429, `This workspace sent ${sentLastHour} invitations in the last hour, the most it may. Try again later.`);
  }
}
