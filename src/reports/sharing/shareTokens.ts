import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, URL-safe: the part of a share link nobody can guess. Only its hash is stored. */
export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashShareToken(token) };
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** What a share token looks like (base64url of 32 bytes): anything else is not one of ours. */
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type ShareLinkState = "active" | "expired" | "revoked";

export function shareLinkState(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): ShareLinkState {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}
