import { describe, expect, it } from "vitest";
import { planRecovery, type StalledReport } from "./recoveryPlan";
import { analysingProgress, stageProgress } from "./reportProgress";

const now = new Date("2026-12-01T12:00:00.000Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const settings = { timeoutMs: 5 * 60_000, leaseMs: 30_000, maxAttempts: 3, queuedGraceMs: 2 * 60_000 };
const report = (overrides: Partial<StalledReport>): StalledReport => ({
  id: "r1",
  status: "ANALYSING",
  attempts: 1,
  createdAt: minutesAgo(2),
  startedAt: minutesAgo(1),
  leaseHolder: "run-1",
  leaseExpiresAt: minutesAgo(0.5),
  ...overrides,
});

describe("recovery of reports that have not ended", () => {
  it("leaves a report whose run is alive", () => {
    expect(planRecovery(report({ leaseExpiresAt: new Date(now.getTime() + 10_000) }), now, settings)).toEqual({ action: "leave" });
  });

  it("gives a report whose run died another run, counting the attempt", () => {
    expect(planRecovery(report({}), now, settings)).toEqual({ action: "resubmit", attempt: 2 });
  });

  it("fails a report out of attempts or out of time, with the reason", () => {
    expect(planRecovery(report({ attempts: 3 }), now, settings)).toMatchObject({ action: "fail", reason: expect.stringMatching(/interrupted 3 times/) });
    expect(planRecovery(report({ startedAt: minutesAgo(6) }), now, settings)).toMatchObject({ action: "fail", reason: expect.stringMatching(/took longer than 5 minutes .* analysing/) });
  });

  it("fails even a live run once it is two leases past its deadline, so nothing runs for ever", () => {
    const stuck = report({ startedAt: minutesAgo(6.5), leaseExpiresAt: new Date(now.getTime() + 10_000) });
    expect(planRecovery(stuck, now, settings)).toMatchObject({ action: "fail" });
    expect(planRecovery(report({ startedAt: minutesAgo(5.5), leaseExpiresAt: new Date(now.getTime() + 10_000) }), now, settings)).toEqual({ action: "leave" });
  });

  it("queues again a report nobody claimed after the grace period (its job was lost), not before", () => {
    const queued = { status: "QUEUED", attempts: 0, startedAt: null, leaseHolder: null, leaseExpiresAt: null };
    expect(planRecovery(report({ ...queued, createdAt: minutesAgo(1) }), now, settings)).toEqual({ action: "leave" });
    expect(planRecovery(report({ ...queued, createdAt: minutesAgo(3) }), now, settings)).toEqual({ action: "resubmit", attempt: 1 });
  });
});

describe("the progress bar while analysing", () => {
  it("moves from the start of analysing towards rendering, ever slower, never reaching it", () => {
    const values = [0, 1_000, 5_000, 15_000, 60_000, 600_000].map((elapsed) => analysingProgress(elapsed));
    expect(values[0]).toBe(stageProgress.ANALYSING);
    for (let index = 1; index < values.length; index += 1) expect(values[index]).toBeGreaterThanOrEqual(values[index - 1]);
    expect(values[1]).toBeGreaterThan(values[0]);
    expect(values[values.length - 1]).toBeLessThan(stageProgress.RENDERING);
  });
});
