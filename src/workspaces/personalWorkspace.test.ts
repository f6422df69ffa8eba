import { describe, expect, it } from "vitest";
import { personalWorkspaceName } from "./personalWorkspace";

describe("personal workspace name", () => {
  it("uses the local part of the email", () => {
    expect(personalWorkspaceName("ada.lovelace@example.com")).toBe("ada.lovelace's workspace");
  });

  it("falls back when there is no email", () => {
    expect(personalWorkspaceName(null)).toBe("My workspace");
    expect(personalWorkspaceName("@example.com")).toBe("My workspace");
  });
});
