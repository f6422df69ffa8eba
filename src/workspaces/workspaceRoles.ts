import type { WorkspaceRole } from "@prisma/client";

/** Pure rules of who may do what in a workspace: no Wasp, no database. */

const RANK: Record<WorkspaceRole, number> = { OWNER: 3, ADMIN: 2, MEMBER: 1 };

export const workspaceRoles: readonly WorkspaceRole[] = ["OWNER", "ADMIN", "MEMBER"];

export function hasRole(role: WorkspaceRole, atLeast: WorkspaceRole): boolean {
  return RANK[role] >= RANK[atLeast];
}

/** A refusal with the HTTP status it is answered with. */
export type Refusal = { status: 400 | 403; message: string };

export function roleLabel(role: WorkspaceRole): string {
  switch (role) {
    case "OWNER":
      return "owner";
    case "ADMIN":
      return "admin";
    case "MEMBER":
      return "member";
  }
}

/** Who may give whom which role: owners anything; admins only among admins and members. */
export function refuseRoleChange(change: {
  actorRole: WorkspaceRole;
  targetRole: WorkspaceRole;
  newRole: WorkspaceRole;
  ownerCount: number;
}): Refusal | undefined {
  const { actorRole, targetRole, newRole, ownerCount } = change;
  if (!hasRole(actorRole, "ADMIN")) return { status: 403, message: "Only the workspace's owners and admins can change roles." };
  if (actorRole !== "OWNER" && (targetRole === "OWNER" || newRole === "OWNER")) {
    return { status: 403, message: "Only an owner can change an owner's role or make someone an owner." };
  }
  if (targetRole === "OWNER" && newRole !== "OWNER" && ownerCount <= 1) {
    return { status: 400, message: "This is the workspace's last owner: transfer ownership to someone else first." };
  }
  return undefined;
}

/** Removing someone else from the workspace. */
export function refuseRemoval(removal: { actorRole: WorkspaceRole; targetRole: WorkspaceRole }): Refusal | undefined {
  if (!hasRole(removal.actorRole, "ADMIN")) return { status: 403, message: "Only the workspace's owners and admins can remove members." };
  if (removal.actorRole !== "OWNER" && removal.targetRole === "OWNER") {
    return { status: 403, message: "Only an owner can remove an owner." };
  }
  return undefined;
}

/** Leaving a workspace oneself. */
export function refuseLeaving(leaving: { role: WorkspaceRole; ownerCount: number; isPersonal: boolean }): Refusal | undefined {
  if (leaving.isPersonal) return { status: 400, message: "Your personal workspace is yours for good: it cannot be left." };
  if (leaving.role === "OWNER" && leaving.ownerCount <= 1) {
    return { status: 400, message: "You are this workspace's last owner: transfer ownership or delete the workspace first." };
  }
  return undefined;
}

/** Inviting with a role: admins may invite admins and members, only owners may invite owners. */
export function refuseInvitationRole(actorRole: WorkspaceRole, invitedRole: WorkspaceRole): Refusal | undefined {
  if (!hasRole(actorRole, "ADMIN")) return { status: 403, message: "Only the workspace's owners and admins can invite people." };
  if (invitedRole === "OWNER" && actorRole !== "OWNER") return { status: 403, message: "Only an owner can invite another owner." };
  return undefined;
}
