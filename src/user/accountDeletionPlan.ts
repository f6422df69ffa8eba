/** What deleting an account does to each workspace the user is in. */

export type MembershipForDeletion = {
  workspaceId: string;
  workspaceName: string;
  isPersonal: boolean;
  role: "OWNER" | "ADMIN" | "MEMBER";
  ownerCount: number;
  memberCount: number;
};

export type AccountDeletionPlan = {
  /** Workspaces only this user is in: they go with the account. */
  workspaceIdsToDelete: string[];
  /** Shared workspaces this user is the last owner of: the deletion waits until they are handed over or deleted. */
  blockingWorkspaceNames: string[];
};

export function planAccountDeletion(memberships: MembershipForDeletion[]): AccountDeletionPlan {
  const plan: AccountDeletionPlan = { workspaceIdsToDelete: [], blockingWorkspaceNames: [] };
  for (const membership of memberships) {
    const alone = membership.memberCount <= 1;
    if (membership.isPersonal || alone) {
      plan.workspaceIdsToDelete.push(membership.workspaceId);
    } else if (membership.role === "OWNER" && membership.ownerCount <= 1) {
      plan.blockingWorkspaceNames.push(membership.workspaceName);
    }
  }
  return plan;
}

export function lastOwnerMessage(workspaceNames: string[]): string {
  const names = workspaceNames.map((name) => `"${name}"`).join(", ");
  return `You are the last owner of ${names}, shared with others. Transfer ownership to another member or delete ${workspaceNames.length === 1 ? "that workspace" : "those workspaces"} (Team page) before deleting your account.`;
}
