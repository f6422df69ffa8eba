import { describe, expect, it } from "vitest";
import { planSyncRecovery } from "./syncRecoveryPlan";

const now = new Date("2026-12-02T10:00:00Z");
const settings = { queuedGraceMs: 10 * 60_000, maxAttempts: 3 };
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("recovering a list sync", () => {
  it("leaves a live run and a freshly queued sync alone", () => {
    expect(planSyncRecovery({ attempts: 1, leaseToken: "t", leaseExpiresAt: new Date(now.getTime() + 5_000), updatedAt: ago(1_000) }, now, settings)).toEqual({ action: "leave" });
    expect(planSyncRecovery({ attempts: 1, leaseToken: null, leaseExpiresAt: null, updatedAt: ago(60_000) }, now, settings)).toEqual({ action: "leave" });
  });

  it("gives a dead run's sync another attempt, and a sync never picked up", () => {
    expect(planSyncRecovery({ attempts: 1, leaseToken: "t", leaseExpiresAt: ago(1), updatedAt: ago(61_000) }, now, settings)).toEqual({ action: "resubmit", attempt: 2 });
    expect(planSyncRecovery({ attempts: 2, leaseToken: null, leaseExpiresAt: null, updatedAt: ago(11 * 60_000) }, now, settings)).toEqual({ action: "resubmit", attempt: 3 });
  });

  it("fails with the reason after the last attempt", () => {
    const decision = planSyncRecovery({ attempts: 3, leaseToken: "t", leaseExpiresAt: ago(1), updatedAt: ago(61_000) }, now, settings);
    expect(decision).toMatchObject({ action: "fail" });
    expect(decision.action === "fail" && decision.reason).toContain("stopped 3 times");
  });
});
