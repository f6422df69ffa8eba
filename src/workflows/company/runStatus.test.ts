import { describe, expect, it } from "vitest";
import { durationLabel, isActiveRun, runSummary } from "./runStatus";

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 10, 0, seconds));
const run = (overrides: object) => ({ id: "r", workflow: "market-research", label: "Market research", status: "SUCCEEDED" as const, createdAt: at(0), startedAt: at(2), finishedAt: at(14), errorMessage: null, resultsCount: 2, ...overrides });

describe("workflow run status", () => {
  it("durations read as seconds, minutes or hours", () => {
    expect(durationLabel(400)).toBe("400 ms");
    expect(durationLabel(12_400)).toBe("12 s");
    expect(durationLabel(60_000)).toBe("1 min");
    expect(durationLabel(184_000)).toBe("3 min 4 s");
    expect(durationLabel(7_500_000)).toBe("2 h 5 min");
    expect(durationLabel(-5)).toBe("0 ms");
    expect(durationLabel(999.6)).toBe("1 s");
  });

  it("an ended run says how long it took and what it brought; an active one how long it has run", () => {
    expect(runSummary(run({}), at(20))).toBe("took 12 s · 2 results");
    expect(runSummary(run({ resultsCount: 1 }), at(20))).toBe("took 12 s · 1 result");
    expect(runSummary(run({ status: "FAILED", startedAt: null }), at(20))).toBe("took 14 s");
    expect(runSummary(run({ status: "QUEUED", startedAt: null, finishedAt: null }), at(20))).toBe("waiting for n8n");
    expect(runSummary(run({ status: "RUNNING", finishedAt: null }), at(32))).toBe("for 30 s");
    expect(isActiveRun({ status: "RUNNING" })).toBe(true);
    expect(isActiveRun({ status: "TIMED_OUT" })).toBe(false);
  });
});
