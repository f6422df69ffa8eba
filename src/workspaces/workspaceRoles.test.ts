import { describe, expect, it } from "vitest";
import { hasRole, refuseInvitationRole, refuseLeaving, refuseRemoval, refuseRoleChange } from "./workspaceRoles";

describe("workspace roles", () => {
  it("ranks owner above admin above member", () => {
    expect(hasRole("OWNER", "ADMIN")).toBe(true);
    expect(hasRole("ADMIN", "ADMIN")).toBe(true);
    expect(hasRole("MEMBER", "ADMIN")).toBe(false);
    expect(hasRole("ADMIN", "OWNER")).toBe(false);
  });

  describe("changing a role", () => {
    it("is refused to members", () => {
      expect(refuseRoleChange({ actorRole: "MEMBER", targetRole: "MEMBER", newRole: "ADMIN", ownerCount: 1 })?.status).toBe(403);
    });
    it("lets admins move people between admin and member, never touching owners", () => {
      expect(refuseRoleChange({ actorRole: "ADMIN", targetRole: "MEMBER", newRole: "ADMIN", ownerCount: 1 })).toBeUndefined();
      expect(refuseRoleChange({ actorRole: "ADMIN", targetRole: "OWNER", newRole: "MEMBER", ownerCount: 2 })?.status).toBe(403);
      expect(refuseRoleChange({ actorRole: "ADMIN", targetRole: "MEMBER", newRole: "OWNER", ownerCount: 1 })?.status).toBe(403);
    });
    it("never demotes the last owner, even by themselves", () => {
      const refusal = refuseRoleChange({ actorRole: "OWNER", targetRole: "OWNER", newRole: "ADMIN", ownerCount: 1 });
      expect(refusal).toEqual({ status: 400, message: expect.stringContaining("last owner") });
      expect(refuseRoleChange({ actorRole: "OWNER", targetRole: "OWNER", newRole: "ADMIN", ownerCount: 2 })).toBeUndefined();
    });
  });

  it("lets owners remove anyone and admins only non-owners", () => {
    expect(refuseRemoval({ actorRole: "OWNER", targetRole: "OWNER" })).toBeUndefined();
    expect(refuseRemoval({ actorRole: "ADMIN", targetRole: "MEMBER" })).toBeUndefined();
    expect(refuseRemoval({ actorRole: "ADMIN", targetRole: "OWNER" })?.status).toBe(403);
    expect(refuseRemoval({ actorRole: "MEMBER", targetRole: "MEMBER" })?.status).toBe(403);
  });

  it("keeps the last owner and the personal workspace from being left", () => {
    expect(refuseLeaving({ role: "OWNER", ownerCount: 1, isPersonal: false })?.status).toBe(400);
    expect(refuseLeaving({ role: "OWNER", ownerCount: 2, isPersonal: false })).toBeUndefined();
    expect(refuseLeaving({ role: "MEMBER", ownerCount: 1, isPersonal: false })).toBeUndefined();
    expect(refuseLeaving({ role: "OWNER", ownerCount: 1, isPersonal: true })?.message).toContain("personal");
  });

  it("lets only owners invite owners, and members invite nobody", () => {
    expect(refuseInvitationRole("ADMIN", "ADMIN")).toBeUndefined();
    expect(refuseInvitationRole("ADMIN", "OWNER")?.status).toBe(403);
    expect(refuseInvitationRole("OWNER", "OWNER")).toBeUndefined();
    expect(refuseInvitationRole("MEMBER", "MEMBER")?.status).toBe(403);
  });
});
