import { createHmac, timingSafeEqual } from "node:crypto";

/** Signed requests older or newer than this are refused, so a captured one cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;
export const SIGNATURE_HEADER = "x-hyperformant-signature";

/**
 * The signature both directions carry (app → n8n triggers, n8n → app
 * callbacks): `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`,
 * as Stripe signs its webhooks, so the timestamp is covered with the body.
 */
export function signatureHeader(secret: string, rawBody: string | Buffer, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${hmacOf(secret, timestampSeconds, rawBody)}`;
}

function hmacOf(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  return createHmac("sha256", secret).update(`${timestampSeconds}.`).update(rawBody).digest("hex");
}

export type SignatureCheck = { ok: true; timestampSeconds: number } | { ok: false; reason: string };

/** Checks a signature header against the raw body: well formed, the right HMAC (compared in constant time), and fresh. */
export function verifySignature(secret: string, rawBody: Buffer, header: string | undefined, nowSeconds: number): SignatureCheck {
  if (!header) return { ok: false, reason: "The request is not signed." };
  const parts = new Map(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) return { ok: false, reason: "The signature header is malformed." };
  const expected = Buffer.from(hmacOf(secret, timestamp, rawBody), "hex");
  if (!timingSafeEqual(expected, Buffer.from(given, "hex"))) return { ok: false, reason: "The signature does not match the body." };
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: "The signature's timestamp is outside the 5-minute window." };
  return { ok: true, timestampSeconds: timestamp };
}
