import { HttpError } from "wasp/server";
import type { PrismaClient } from "@prisma/client";

type WorkspaceMembers = PrismaClient["workspaceMember"];

/**
 * The workspace a signed-in user works in: the one they last switched to, or
 * their personal workspace when they never switched or were since removed
 * from it (or it was deleted).
 */
export async function findCurrentWorkspace(
  workspaceMembers: WorkspaceMembers,
  user: { id: string; currentWorkspaceId?: string | null },
) {
  if (user.currentWorkspaceId) {
    const chosen = await workspaceMembers.findUnique({
      where: { workspaceId_userId: { workspaceId: user.currentWorkspaceId, userId: user.id } },
      include: { workspace: true },
    });
    if (chosen) return { workspace: chosen.workspace, role: chosen.role };
  }
  const fallback = await workspaceMembers.findFirst({
    where: { userId: user.id },
    orderBy: [{ workspace: { isPersonal: "desc" } }, { createdAt: "asc" }],
    include: { workspace: true },
  });
  if (!fallback) throw new HttpError(404, "You are not a member of any workspace.");
  return { workspace: fallback.workspace, role: fallback.role };
}
