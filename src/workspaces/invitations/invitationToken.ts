import { createHash, randomBytes } from "node:crypto";

/** An invitation link's secret: 32 random bytes; only its SHA-256 is stored. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: invitationTokenHash(token) };
}

export function invitationTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The shape of a token we hand out (43 base64url characters), checked before any lookup. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const INVITATION_LIFETIME_DAYS = 7;

export function invitationExpiry(from: Date): Date {
  return new Date(from.getTime() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}
