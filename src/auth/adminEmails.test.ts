import { describe, expect, it } from "vitest";
import { isAdminEmail, parseAdminEmails } from "./adminEmails";

describe("ADMIN_EMAILS", () => {
  it("parses a comma-separated list, ignoring case, spaces and empty entries", () => {
    expect([...parseAdminEmails(" Ada@Example.com, ,grace@example.com,")]).toEqual(["ada@example.com", "grace@example.com"]);
  });

  it("matches emails case-insensitively", () => {
    expect(isAdminEmail("ADA@example.com", "ada@example.com")).toBe(true);
    expect(isAdminEmail("eve@example.com", "ada@example.com")).toBe(false);
  });

  it("makes nobody an admin when unset or when the email is missing", () => {
    expect(isAdminEmail("ada@example.com", undefined)).toBe(false);
    expect(isAdminEmail(null, "ada@example.com")).toBe(false);
  });
});
