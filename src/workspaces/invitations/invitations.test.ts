import { describe, expect, it } from "vitest";
import { invitationEmailContent } from "./invitationEmailContent";
import { invitationStateOf, unusableInvitationMessage } from "./invitationState";
import { INVITATION_TOKEN_PATTERN, invitationExpiry, invitationTokenHash, newInvitationToken } from "./invitationToken";
import { seatLimitRefusal, seatsInUse } from "../seats";

const now = new Date("2026-12-01T12:00:00Z");

describe("invitation tokens", () => {
  it("are unguessable, match the link pattern, and only their hash is kept", () => {
    const tokens = Array.from({ length: 100 }, () => newInvitationToken());
    expect(new Set(tokens.map((token) => token.token)).size).toBe(100);
    for (const { token, tokenHash } of tokens) {
      expect(token).toMatch(INVITATION_TOKEN_PATTERN);
      expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(tokenHash).not.toContain(token);
      expect(invitationTokenHash(token)).toBe(tokenHash);
    }
  });

  it("expire 7 days after they are sent", () => {
    expect(invitationExpiry(now).toISOString()).toBe("2026-12-08T12:00:00.000Z");
  });
});

describe("invitation state", () => {
  const invitation = { acceptedAt: null, revokedAt: null, expiresAt: new Date("2026-12-02T00:00:00Z") };
  it("says which way a link can no longer be used", () => {
    expect(invitationStateOf(invitation, now)).toBe("pending");
    expect(invitationStateOf({ ...invitation, acceptedAt: now }, now)).toBe("accepted");
    expect(invitationStateOf({ ...invitation, revokedAt: now }, now)).toBe("revoked");
    expect(invitationStateOf(invitation, new Date("2026-12-02T00:00:00Z"))).toBe("expired");
    expect(unusableInvitationMessage("expired")).toContain("expired");
    expect(unusableInvitationMessage("revoked")).toContain("revoked");
    expect(unusableInvitationMessage("accepted")).toContain("already been used");
  });
});

describe("seats", () => {
  it("counts members and pending invitations against the limit, and says how to raise it", () => {
    expect(seatsInUse({ members: 3, pendingInvitations: 1 })).toBe(4);
    expect(seatLimitRefusal({ members: 2, pendingInvitations: 0, limit: 3, plan: "FREE" })).toBeUndefined();
    const refusal = seatLimitRefusal({ members: 2, pendingInvitations: 1, limit: 3, plan: "FREE" });
    expect(refusal).toContain("3 of its 3 seats");
    expect(refusal).toContain("upgrade to Pro (5 seats) on the Billing page");
    expect(seatLimitRefusal({ members: 25, pendingInvitations: 0, limit: 25, plan: "TEAM" })).toContain("Team is the largest plan");
  });
});

describe("invitation email", () => {
  it("names the inviter, the workspace and the role, links once, and escapes what users typed", () => {
    const content = invitationEmailContent({
      workspaceName: "Acme <script>",
      invitedByName: "Ada",
      role: "ADMIN",
      invitationUrl: "https://app.example/invite/abc",
      expiresAt: new Date("2026-12-08T12:00:00Z"),
    });
    expect(content.subject).toBe("Ada invited you to Acme <script> on Hyperformant");
    expect(content.text).toContain("as an admin");
    expect(content.text).toContain("https://app.example/invite/abc");
    expect(content.text).toContain("until 2026-12-08");
    expect(content.html).not.toContain("<script>");
    expect(content.html).toContain('href="https://app.example/invite/abc"');
  });
});
