import { HttpError } from "wasp/server";
import type { PrismaClient } from "@prisma/client";

/**
 * The workspace a signed-in user works in: their personal workspace for now
 * (switching between shared workspaces comes with team invitations).
 */
export async function findCurrentWorkspace(
  workspaceMembers: PrismaClient["workspaceMember"],
  userId: string,
) {
  const membership = await workspaceMembers.findFirst({
    where: { userId },
    orderBy: [{ workspace: { isPersonal: "desc" } }, { createdAt: "asc" }],
    include: { workspace: true },
  });
  if (!membership) throw new HttpError(404, "You are not a member of any workspace.");
  return { workspace: membership.workspace, role: membership.role };
}
