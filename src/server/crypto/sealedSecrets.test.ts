import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encryptionKeyFrom, maskSecret, openSecret, sealSecret } from "./sealedSecrets";

const key = randomBytes(32);

describe("sealed secrets", () => {
  it("round-trips and never stores the plaintext", () => {
    const sealed = sealSecret("apollo-key-1234567890", key);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain("apollo-key");
    expect(openSecret(sealed, key)).toBe("apollo-key-1234567890");
  });

  it("seals the same value differently each time", () => {
    expect(sealSecret("same", key)).not.toBe(sealSecret("same", key));
  });

  it("refuses a tampered value and a different key", () => {
    const sealed = sealSecret("apollo-key", key);
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3], "base64url");
    flipped[0] ^= 1;
    expect(() => openSecret([...parts.slice(0, 3), flipped.toString("base64url")].join("."), key)).toThrow();
    expect(() => openSecret(sealed, randomBytes(32))).toThrow();
    expect(() => openSecret("plain text", key)).toThrow("Not a sealed secret.");
  });

  it("accepts only a 32-byte key and masks keys for display", () => {
    expect(encryptionKeyFrom(key.toString("base64"))).toEqual(key);
    expect(() => encryptionKeyFrom(randomBytes(16).toString("base64"))).toThrow(/32 bytes/);
    expect(maskSecret("abcdefgh1234")).toBe("••••1234");
    expect(maskSecret("abc")).toBe("••••");
  });
});
