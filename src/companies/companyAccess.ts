import { HttpError } from "wasp/server";
import type { PrismaClient } from "@prisma/client";
import { requireUser } from "../server/operations/guards";
import { findCurrentWorkspace } from "../workspaces/currentWorkspace";

type WorkspaceMembers = PrismaClient["workspaceMember"];
type Companies = PrismaClient["company"];

/** 401 when signed out; otherwise the caller and the workspace they work in. */
export async function requireWorkspaceMember<U extends { id: string }>(
  user: U | undefined | null,
  workspaceMembers: WorkspaceMembers,
) {
  const signedIn = requireUser(user as never) as U;
  const { workspace, role } = await findCurrentWorkspace(workspaceMembers, signedIn.id);
  return { user: signedIn, workspace, role };
}

/** 403 unless the caller owns or administers the workspace (settings such as the Apollo key). */
export function requireWorkspaceManager(role: "OWNER" | "ADMIN" | "MEMBER") {
  if (role === "MEMBER") throw new HttpError(403, "Only the workspace's owners and admins can change this.");
}

/** A company of the workspace, or 404: another tenant's rows do not exist for the caller. */
export async function findCompanyInWorkspace(companies: Companies, workspaceId: string, id: string) {
  const company = await companies.findFirst({ where: { id, workspaceId } });
  if (!company) throw new HttpError(404, "No such company in your workspace.");
  return company;
}
