import { HttpError, prisma } from "wasp/server";
import type { CreateWorkspace, DeleteWorkspace, GetMyWorkspaces, RenameWorkspace, SwitchWorkspace } from "wasp/server/operations";
import type { WorkspaceRole } from "@prisma/client";
import type { z } from "zod";
import { parseInput, requireUser } from "../server/operations/guards";
import { requireMembershipOf, requireRole, requireWorkspaceMember } from "./workspaceAccess";
import { openingCreditsEntry } from "../payment/credits/creditLedger";
import { FREE_STARTING_CREDITS } from "../payment/plans";
import { createWorkspaceInput, deleteWorkspaceInput, renameWorkspaceInput, workspaceInput } from "./workspaceSchemas";

/** Team workspaces one person may own: a bound on abuse, far above any real team's need. */
const MAX_OWNED_TEAM_WORKSPACES = 50;

export type WorkspaceSummary = { id: string; name: string; isPersonal: boolean; role: WorkspaceRole; memberCount: number };
export type MyWorkspaces = { currentWorkspaceId: string; workspaces: WorkspaceSummary[] };

/** The workspaces the caller belongs to (personal first) and the one they work in. */
export const getMyWorkspaces: GetMyWorkspaces<void, MyWorkspaces> = async (_args, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const memberships = await context.entities.WorkspaceMember.findMany({
    where: { userId: user.id },
    include: { workspace: { select: { id: true, name: true, isPersonal: true, _count: { select: { members: true } } } } },
    orderBy: [{ workspace: { isPersonal: "desc" } }, { workspace: { name: "asc" } }],
  });
  return {
    currentWorkspaceId: workspace.id,
    workspaces: memberships.map((membership) => ({
      id: membership.workspace.id,
      name: membership.workspace.name,
      isPersonal: membership.workspace.isPersonal,
      role: membership.role,
      memberCount: membership.workspace._count.members,
    })),
  };
};

/** A team workspace owned by the caller, who switches to it. */
export const createWorkspace: CreateWorkspace<z.input<typeof createWorkspaceInput>, WorkspaceSummary> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const { name } = parseInput(createWorkspaceInput, rawArgs);
  const owned = await context.entities.WorkspaceMember.count({ where: { userId: user.id, role: "OWNER", workspace: { isPersonal: false } } });
  if (owned >= MAX_OWNED_TEAM_WORKSPACES) {
    throw new HttpError(400, `You own ${owned} team workspaces, the most one person can. Delete one you no longer use first.`);
  }
  const workspace = await prisma.$transaction(async (tx) => {
    const created = await tx.workspace.create({
      data: {
        name,
        isPersonal: false,
        members: { create: { userId: user.id, role: "OWNER" } },
        ledgerEntries: { create: openingCreditsEntry(FREE_STARTING_CREDITS) },
      },
    });
    await tx.user.update({ where: { id: user.id }, data: { currentWorkspaceId: created.id } });
    return created;
  });
  return { id: workspace.id, name: workspace.name, isPersonal: false, role: "OWNER", memberCount: 1 };
};

export const renameWorkspace: RenameWorkspace<z.input<typeof renameWorkspaceInput>, { id: string; name: string }> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const input = parseInput(renameWorkspaceInput, rawArgs);
  const { role } = await requireMembershipOf(user, context.entities.WorkspaceMember, input.workspaceId);
  requireRole(role, "ADMIN", "Only the workspace's owners and admins can rename it.");
  return context.entities.Workspace.update({ where: { id: input.workspaceId }, data: { name: input.name }, select: { id: true, name: true } });
};

/** A team workspace and all its data (companies, reports, runs cascade); its members fall back to their personal workspaces. */
export const deleteWorkspace: DeleteWorkspace<z.input<typeof deleteWorkspaceInput>, { deleted: true }> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const input = parseInput(deleteWorkspaceInput, rawArgs);
  const { workspace, role } = await requireMembershipOf(user, context.entities.WorkspaceMember, input.workspaceId);
  requireRole(role, "OWNER", "Only the workspace's owners can delete it.");
  if (workspace.isPersonal) throw new HttpError(400, "Your personal workspace goes only with your account (Account page).");
  if (input.confirmName.trim() !== workspace.name) {
    throw new HttpError(400, "The name you typed does not match the workspace's.", {
      fieldErrors: { confirmName: [`Type "${workspace.name}" to confirm.`] },
    });
  }
  await context.entities.Workspace.delete({ where: { id: workspace.id } });
  return { deleted: true };
};

/** Every operation, api and job on the caller's behalf works in this workspace from now on. */
export const switchWorkspace: SwitchWorkspace<z.input<typeof workspaceInput>, { currentWorkspaceId: string }> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const { workspaceId } = parseInput(workspaceInput, rawArgs);
  await requireMembershipOf(user, context.entities.WorkspaceMember, workspaceId);
  await context.entities.User.update({ where: { id: user.id }, data: { currentWorkspaceId: workspaceId } });
  return { currentWorkspaceId: workspaceId };
};
