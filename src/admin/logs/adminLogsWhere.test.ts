import { describe, expect, it } from "vitest";
import { adminLogsWhere } from "./adminLogsWhere";
import { getAdminLogsInput } from "./logInputs";

describe("adminLogsWhere", () => {
  it("is every row without filters", () => {
    expect(adminLogsWhere(getAdminLogsInput.parse({}))).toEqual({});
  });

  it("filters level, source, workspace, request and days, both included", () => {
    const workspaceId = "00000000-0000-4000-8000-000000000001";
    expect(adminLogsWhere(getAdminLogsInput.parse({ level: "ERROR", source: "apollo", workspaceId, requestId: "req-1", from: "2026-12-01", to: "2026-12-01" }))).toEqual({
      level: "ERROR",
      source: "apollo",
      workspaceId,
      requestId: "req-1",
      createdAt: { gte: new Date("2026-12-01T00:00:00Z"), lt: new Date("2026-12-02T00:00:00Z") },
    });
  });

  it("refuses bad filters", () => {
    expect(getAdminLogsInput.safeParse({ level: "FATAL" }).success).toBe(false);
    expect(getAdminLogsInput.safeParse({ workspaceId: "mine" }).success).toBe(false);
    expect(getAdminLogsInput.safeParse({ from: "2026-12-02", to: "2026-12-01" }).success).toBe(false);
  });
});
