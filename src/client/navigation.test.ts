import { describe, expect, it } from "vitest";
import { isActiveLink, isAppPath, visibleNavigation } from "./navigation";

describe("app navigation", () => {
  it("shows Admin only to admins", () => {
    expect(visibleNavigation(false).map((item) => item.label)).not.toContain("Admin");
    expect(visibleNavigation(true).map((item) => item.label)).toContain("Admin");
  });

  it("lists the sections that are built (none that would show a placeholder)", () => {
    expect(visibleNavigation(true).map((item) => item.label)).toEqual([
      "Dashboard", "Companies", "Reports", "Apollo", "Team", "Billing", "Account", "Admin",
    ]);
  });

  it("marks the dashboard active only on /app, other links on their sub-pages too", () => {
    expect(isActiveLink("/app", "/app")).toBe(true);
    expect(isActiveLink("/app", "/app/companies")).toBe(false);
    expect(isActiveLink("/app/companies", "/app/companies/42")).toBe(true);
    expect(isActiveLink("/app/companies", "/app/companies-archive")).toBe(false);
  });

  it("tells app pages from public ones", () => {
    expect(isAppPath("/app")).toBe(true);
    expect(isAppPath("/app/reports")).toBe(true);
    expect(isAppPath("/admin")).toBe(true);
    expect(isAppPath("/admin/users")).toBe(true);
    expect(isAppPath("/administer")).toBe(false);
    expect(isAppPath("/apple")).toBe(false);
    expect(isAppPath("/")).toBe(false);
  });
});
