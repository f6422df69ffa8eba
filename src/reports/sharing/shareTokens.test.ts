import { describe, expect, it } from "vitest";
import { hashShareToken, newShareToken, SHARE_TOKEN_PATTERN, shareLinkState } from "./shareTokens";

describe("share tokens", () => {
  it("are 256 random bits, URL-safe, stored only as a SHA-256 hash", () => {
    const { token, tokenHash } = newShareToken();
    expect(token).toMatch(SHARE_TOKEN_PATTERN);
    expect(tokenHash).toBe(hashShareToken(token));
    expect(tokenHash).not.toContain(token);
    expect(newShareToken().token).not.toBe(token);
  });

  it("a link is active until it expires or is revoked", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    expect(shareLinkState({ expiresAt: new Date("2026-12-02T00:00:00Z"), revokedAt: null }, now)).toBe("active");
    expect(shareLinkState({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(shareLinkState({ expiresAt: new Date("2026-12-02T00:00:00Z"), revokedAt: now }, now)).toBe("revoked");
  });
});
