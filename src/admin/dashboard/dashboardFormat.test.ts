import { describe, expect, it } from "vitest";
import { dayLabel, formatChange, formatDuration, formatRunsByStatus, formatUsd } from "./dashboardFormat";

describe("dashboard formats", () => {
  it("writes changes with their sign, or says there is nothing to compare", () => {
    expect(formatChange(3)).toBe("+3 from yesterday");
    expect(formatChange(-1200)).toBe("−1,200 from yesterday");
    expect(formatChange(0)).toBe("no change from yesterday");
    expect(formatChange(null)).toBe("no day before to compare");
    expect(formatChange(-29, formatUsd)).toBe("−$29 from yesterday");
  });

  it("writes money, durations, days and workflow runs", () => {
    expect(formatUsd(49)).toBe("$49");
    expect(formatUsd(12.5)).toBe("$12.50");
    expect(formatDuration(42)).toBe("42s");
    expect(formatDuration(95)).toBe("1m 35s");
    expect(formatDuration(3720)).toBe("1h 2m");
    expect(dayLabel("2026-12-02")).toBe("Dec 2");
    expect(formatRunsByStatus({ FAILED: 1, SUCCEEDED: 3, RUNNING: 0 })).toBe("3 succeeded, 1 failed");
    expect(formatRunsByStatus({})).toBe("none today");
  });
});
