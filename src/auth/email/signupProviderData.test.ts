import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSignupProviderData, sealSignupProviderData } from "./signupProviderData";

const key = randomBytes(32);
const serialized = JSON.stringify({ hashedPassword: "$argon2id$v=19$abc", isEmailVerified: false, emailVerificationSentAt: null, passwordResetSentAt: null });

describe("signup provider data in the job table", () => {
  it("is sealed, and opens to exactly what was sealed", () => {
    const sealed = sealSignupProviderData(serialized, key);
    expect(sealed).not.toContain("argon2");
    expect(openSignupProviderData(sealed, key).serialized).toBe(serialized);
  });

  it("refuses data sealed under another key, tampered with, or not shaped like a signup's", () => {
    const sealed = sealSignupProviderData(serialized, key);
    expect(() => openSignupProviderData(sealed, randomBytes(32))).toThrow();
    expect(() => openSignupProviderData(`${sealed.slice(0, -2)}xx`, key)).toThrow();
    const verifiedAlready = sealSignupProviderData(JSON.stringify({ ...JSON.parse(serialized), emailVerificationSentAt: "2026-01-01" }), key);
    expect(() => openSignupProviderData(verifiedAlready, key)).toThrow();
  });
});
