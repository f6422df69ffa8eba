import type { PrismaClient } from "@prisma/client";
import { invitationExpiry, newInvitationToken } from "../../workspaces/invitations/invitationToken";
import { createPersonalWorkspace } from "../../workspaces/personalWorkspace";
import { createVerifiedDemoUser } from "./demoUsers";

export const DEMO_TEAM_NAME = "Northwind Insights (demo)";
const DAY_MS = 24 * 60 * 60 * 1000;

/** Colleagues of the demo user; they sign in with the demo password too. */
export const demoColleagues = [
  { email: "maya.admin@hyperformant.app", displayName: "Maya Chen", role: "ADMIN", joinedDaysAgo: 40 },
  { email: "sam.analyst@hyperformant.app", displayName: "Sam Okafor", role: "MEMBER", joinedDaysAgo: 12 },
] as const;

/**
 * The demo team: the demo user owns it and works in it, two colleagues are
 * members, and one invitation is pending (its link was never mailed, so
 * nobody can use it), so the Team page shows every part of itself.
 */
export async function seedDemoTeam(prisma: PrismaClient, ownerId: string, password: string) {
  const now = Date.now();
  const team = await prisma.workspace.create({
    data: { name: DEMO_TEAM_NAME, isPersonal: false, members: { create: { userId: ownerId, role: "OWNER", createdAt: new Date(now - 90 * DAY_MS) } } },
  });
  await prisma.user.update({ where: { id: ownerId }, data: { currentWorkspaceId: team.id } });
  for (const colleague of demoColleagues) {
    const user = await createVerifiedDemoUser(colleague.email, colleague.displayName, password);
    await createPersonalWorkspace(prisma, { id: user.id, email: colleague.email });
    await prisma.workspaceMember.create({ data: { workspaceId: team.id, userId: user.id, role: colleague.role, createdAt: new Date(now - colleague.joinedDaysAgo * DAY_MS) } });
    await prisma.user.update({ where: { id: user.id }, data: { currentWorkspaceId: team.id } });
  }
  const sentAt = new Date(now - 2 * DAY_MS);
  const invitation = await prisma.workspaceInvitation.create({
    data: { workspaceId: team.id, email: "jordan.lee@example.com", role: "MEMBER", tokenHash: newInvitationToken().tokenHash, expiresAt: invitationExpiry(sentAt), invitedById: ownerId, createdAt: sentAt },
  });
  await prisma.workspaceInvitationEmail.create({ data: { invitationId: invitation.id, workspaceId: team.id, status: "SENT", sentAt, createdAt: sentAt } });
  return team;
}
