import { describe, expect, it } from "vitest";
import { lastOwnerMessage, planAccountDeletion, type MembershipForDeletion } from "./accountDeletionPlan";

const membership = (overrides: Partial<MembershipForDeletion>): MembershipForDeletion => ({
  workspaceId: "w",
  workspaceName: "W",
  isPersonal: false,
  role: "OWNER",
  ownerCount: 1,
  memberCount: 1,
  ...overrides,
});

describe("account deletion plan", () => {
  it("deletes the personal workspace and team workspaces the user is alone in", () => {
    const plan = planAccountDeletion([
      membership({ workspaceId: "personal", isPersonal: true }),
      membership({ workspaceId: "solo-team" }),
    ]);
    expect(plan).toEqual({ workspaceIdsToDelete: ["personal", "solo-team"], blockingWorkspaceNames: [] });
  });

  it("waits when the user is the last owner of a workspace shared with others", () => {
    const plan = planAccountDeletion([membership({ workspaceName: "Acme", memberCount: 3, ownerCount: 1 })]);
    expect(plan).toEqual({ workspaceIdsToDelete: [], blockingWorkspaceNames: ["Acme"] });
  });

  it("leaves shared workspaces with another owner, and those the user is only a member or admin of", () => {
    const plan = planAccountDeletion([
      membership({ workspaceId: "co-owned", memberCount: 2, ownerCount: 2 }),
      membership({ workspaceId: "member", role: "MEMBER", memberCount: 4, ownerCount: 1 }),
      membership({ workspaceId: "admin", role: "ADMIN", memberCount: 4, ownerCount: 1 }),
    ]);
    expect(plan).toEqual({ workspaceIdsToDelete: [], blockingWorkspaceNames: [] });
  });

  it("names each blocking workspace and what to do", () => {
    expect(lastOwnerMessage(["Acme", "Beta"])).toBe(
      'You are the last owner of "Acme", "Beta", shared with others. Transfer ownership to another member or delete those workspaces (Team page) before deleting your account.',
    );
  });
});
