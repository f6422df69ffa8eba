import { describe, expect, it } from "vitest";
import { nextWeeklyRun } from "./weeklySchedule";

describe("weekly schedule", () => {
  it("is the next Monday at 07:00 UTC, strictly later", () => {
    expect(nextWeeklyRun(new Date("2026-12-01T12:00:00Z")).toISOString()).toBe("2026-12-07T07:00:00.000Z"); // a Tuesday
    expect(nextWeeklyRun(new Date("2026-12-07T06:59:59Z")).toISOString()).toBe("2026-12-07T07:00:00.000Z");
    expect(nextWeeklyRun(new Date("2026-12-07T07:00:00Z")).toISOString()).toBe("2026-12-14T07:00:00.000Z");
    expect(nextWeeklyRun(new Date("2026-12-31T23:00:00Z")).toISOString()).toBe("2027-01-04T07:00:00.000Z");
  });
});
