import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Third-party keys stored for users (a workspace's Apollo key) are sealed with
 * AES-256-GCM under HYPERFORMANT_ENCRYPTION_KEY before they touch the database.
 * Format: "v1.<iv>.<auth tag>.<ciphertext>", each part base64url.
 */
const VERSION = "v1";
const IV_BYTES = 12;

export function encryptionKeyFrom(base64Key: string): Buffer {
  const key = Buffer.from(base64Key, "base64");
  if (key.length !== 32) throw new Error("HYPERFORMANT_ENCRYPTION_KEY must be 32 bytes, base64-encoded.");
  return key;
}

export function sealSecret(plaintext: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** Throws when the value was tampered with or sealed under another key. */
export function openSecret(sealed: string, key: Buffer): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("Not a sealed secret.");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** What the UI may show of a stored key: enough to recognise it, never enough to use it. */
export function maskSecret(plaintext: string): string {
  return plaintext.length <= 4 ? "••••" : `••••${plaintext.slice(-4)}`;
}
