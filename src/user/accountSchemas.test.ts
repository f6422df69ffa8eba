import { describe, expect, it } from "vitest";
import { confirmsAccountEmail, updateProfileSchema } from "./accountSchemas";

describe("account deletion confirmation", () => {
  it("needs the account's own email, in any case", () => {
    expect(confirmsAccountEmail(" Ada@Example.com ", "ada@example.com")).toBe(true);
    expect(confirmsAccountEmail("eve@example.com", "ada@example.com")).toBe(false);
    expect(confirmsAccountEmail("", "ada@example.com")).toBe(false);
    expect(confirmsAccountEmail("ada@example.com", null)).toBe(false);
  });
});

describe("profile schema", () => {
  it("trims the display name and limits its length", () => {
    expect(updateProfileSchema.parse({ displayName: "  Ada  " })).toEqual({ displayName: "Ada" });
    expect(updateProfileSchema.safeParse({ displayName: "x".repeat(101) }).success).toBe(false);
    expect(updateProfileSchema.parse({ displayName: null })).toEqual({ displayName: null });
  });
});
