import type { PrismaClient } from "@prisma/client";

/** Who is in a workspace, for features that address its members (report emails, schedules). */

type WorkspaceMembers = PrismaClient["workspaceMember"];

export async function workspaceMembersWithUsers(workspaceMembers: WorkspaceMembers, workspaceId: string) {
  return workspaceMembers.findMany({
    where: { workspaceId },
    include: { user: { select: { id: true, email: true, displayName: true } } },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * The emails of those of the given users who are members of the workspace,
 * and whether all of them are: someone who left (or never belonged) is never
 * mailed the workspace's data.
 */
export async function memberEmailsAmong(workspaceMembers: WorkspaceMembers, workspaceId: string, userIds: string[]) {
  const wanted = [...new Set(userIds)];
  const members = await workspaceMembers.findMany({
    where: { workspaceId, userId: { in: wanted } },
    select: { user: { select: { email: true } } },
  });
  return {
    allAreMembers: members.length === wanted.length,
    emails: members.map((member) => member.user.email).filter((email): email is string => Boolean(email)),
  };
}
