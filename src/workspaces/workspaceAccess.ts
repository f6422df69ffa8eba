import { HttpError } from "wasp/server";
import type { PrismaClient, WorkspaceRole } from "@prisma/client";
import { requireUser } from "../server/operations/guards";
import { findCurrentWorkspace } from "./currentWorkspace";
import { hasRole, type Refusal } from "./workspaceRoles";

/**
 * Every tenant check of the app: who the caller is (401), the workspace they
 * work in, their role in it (403), and rows of that workspace (404: another
 * tenant's rows do not exist for the caller).
 */

type WorkspaceMembers = PrismaClient["workspaceMember"];
type SignedInUser = { id: string; currentWorkspaceId?: string | null };

/** 401 when signed out; otherwise the caller and the workspace they currently work in. */
export async function requireWorkspaceMember<U extends SignedInUser>(user: U | undefined | null, workspaceMembers: WorkspaceMembers) {
  const signedIn = requireUser(user as never) as U;
  const { workspace, role } = await findCurrentWorkspace(workspaceMembers, signedIn);
  return { user: signedIn, workspace, role };
}

/**
 * 401 when signed out, 404 unless the caller is a member of this workspace
 * (named by id, whether or not it is their current one).
 */
export async function requireMembershipOf<U extends SignedInUser>(
  user: U | undefined | null,
  workspaceMembers: WorkspaceMembers,
  workspaceId: string,
) {
  const signedIn = requireUser(user as never) as U;
  const membership = await workspaceMembers.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: signedIn.id } },
    include: { workspace: true },
  });
  if (!membership) throw new HttpError(404, "No such workspace among yours.");
  return { user: signedIn, workspace: membership.workspace, role: membership.role };
}

const roleRequirementMessages: Record<Exclude<WorkspaceRole, "MEMBER">, string> = {
  ADMIN: "Only the workspace's owners and admins can change this.",
  OWNER: "Only the workspace's owners can do this.",
};

/** 403 unless the caller's role is at least the one named (settings such as the Apollo key: ADMIN). */
export function requireRole(role: WorkspaceRole, atLeast: Exclude<WorkspaceRole, "MEMBER">, message = roleRequirementMessages[atLeast]) {
  if (!hasRole(role, atLeast)) throw new HttpError(403, message);
}

/** Owners and admins: the workspace's settings. */
export function requireWorkspaceManager(role: WorkspaceRole) {
  requireRole(role, "ADMIN");
}

/** Answers a rule's refusal with its status. */
export function throwRefusal(refusal: Refusal | undefined) {
  if (refusal) throw new HttpError(refusal.status, refusal.message);
}

/**
 * A row found in the caller's workspace, or 404 "No such <noun> in your
 * workspace." The lookup must filter on the workspace: this names the one
 * answer for a row that is not there or belongs to someone else.
 */
export function assertFoundInWorkspace<T>(row: T | null | undefined, noun: string): asserts row is T {
  if (row === null || row === undefined) throw new HttpError(404, `No such ${noun} in your workspace.`);
}

/** The same for a write that matched no row of the workspace (updateMany / deleteMany). */
export function assertCountedInWorkspace(count: number, noun: string) {
  if (count === 0) throw new HttpError(404, `No such ${noun} in your workspace.`);
}

/** A company of the workspace, or 404. */
export async function findCompanyInWorkspace(companies: PrismaClient["company"], workspaceId: string, id: string) {
  const company = await companies.findFirst({ where: { id, workspaceId } });
  assertFoundInWorkspace(company, "company");
  return company;
}
