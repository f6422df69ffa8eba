import { describe, expect, it } from "vitest";
import { getAdminWorkflowRunsInput } from "./ledgerInputs";
import { adminWorkflowRunsWhere, runTimings } from "./ledgerRows";

describe("the workflow ledger", () => {
  it("filters by status, workflow, workspace and the UTC days started (both included)", () => {
    expect(adminWorkflowRunsWhere(getAdminWorkflowRunsInput.parse({}))).toEqual({});
    expect(adminWorkflowRunsWhere(getAdminWorkflowRunsInput.parse({ status: "FAILED", workflow: "market-research", workspaceId: "7b0c9a3e-2f7d-4a5e-9c1b-3d2e1f0a9b8c", from: "2026-12-01", to: "2026-12-02" }))).toEqual({
      status: "FAILED",
      workflowKey: "market-research",
      workspaceId: "7b0c9a3e-2f7d-4a5e-9c1b-3d2e1f0a9b8c",
      createdAt: { gte: new Date("2026-12-01T00:00:00Z"), lt: new Date("2026-12-03T00:00:00Z") },
    });
    expect(getAdminWorkflowRunsInput.safeParse({ from: "2026-12-02", to: "2026-12-01" }).success).toBe(false);
    expect(getAdminWorkflowRunsInput.safeParse({ workflow: "ping" }).success).toBe(false);
  });

  it("times the wait before n8n started and the run itself", () => {
    const createdAt = new Date("2026-12-02T10:00:00Z");
    expect(runTimings({ createdAt, startedAt: new Date("2026-12-02T10:00:03Z"), finishedAt: new Date("2026-12-02T10:01:00Z") })).toEqual({ waitMs: 3_000, durationMs: 57_000 });
    expect(runTimings({ createdAt, startedAt: null, finishedAt: new Date("2026-12-02T10:00:05Z") })).toEqual({ waitMs: null, durationMs: 5_000 });
    expect(runTimings({ createdAt, startedAt: new Date("2026-12-02T10:00:01Z"), finishedAt: null })).toEqual({ waitMs: 1_000, durationMs: null });
  });
});
