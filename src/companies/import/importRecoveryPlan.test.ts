import { describe, expect, it } from "vitest";
import { planImportRecovery } from "./importRecoveryPlan";

const now = new Date("2026-12-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const settings = { leaseMs: 60_000, queuedGraceMs: 120_000, maxAttempts: 3 };

describe("import recovery", () => {
  it("leaves a running import that wrote within its lease, and a queued one still in its grace", () => {
    expect(planImportRecovery({ status: "RUNNING", attempts: 1, createdAt: ago(600_000), updatedAt: ago(30_000) }, now, settings)).toEqual({ action: "leave" });
    expect(planImportRecovery({ status: "QUEUED", attempts: 0, createdAt: ago(60_000), updatedAt: ago(60_000) }, now, settings)).toEqual({ action: "leave" });
  });

  it("gives a run that went quiet past its lease to a new run, counting the attempt", () => {
    expect(planImportRecovery({ status: "RUNNING", attempts: 1, createdAt: ago(600_000), updatedAt: ago(61_000) }, now, settings)).toEqual({ action: "resubmit", attempt: 2 });
  });

  it("queues again an import whose job was lost before it started", () => {
    expect(planImportRecovery({ status: "QUEUED", attempts: 0, createdAt: ago(200_000), updatedAt: ago(200_000) }, now, settings)).toEqual({ action: "resubmit", attempt: 1 });
  });

  it("leaves a finished import alone, however long ago it was written", () => {
    expect(planImportRecovery({ status: "SUCCEEDED", attempts: 3, createdAt: ago(600_000), updatedAt: ago(600_000) }, now, settings)).toEqual({ action: "leave" });
  });

  it("fails, with the reason, an import out of attempts", () => {
    const decision = planImportRecovery({ status: "RUNNING", attempts: 3, createdAt: ago(600_000), updatedAt: ago(90_000) }, now, settings);
    expect(decision).toEqual({ action: "fail", reason: expect.stringContaining("stopped 3 times") });
  });
});
