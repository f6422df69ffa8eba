import { describe, expect, it } from "vitest";
import { addDays, changeFrom, daysBetween, daysToClose, statsDay, statsJobArgs } from "./statsDays";

describe("statsDay", () => {
  it("takes calendar days and refuses the rest", () => {
    expect(statsDay.safeParse("2026-02-28").success).toBe(true);
    expect(statsDay.safeParse("2024-02-29").success).toBe(true);
    for (const bad of ["2026-02-30", "2026-13-01", "26-01-01", "2026-01-01T00:00:00Z", "yesterday"]) {
      expect(statsDay.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("job arguments are empty or a today, nothing else", () => {
    expect(statsJobArgs.parse(undefined)).toEqual({});
    expect(statsJobArgs.parse({ today: "2001-03-04" })).toEqual({ today: "2001-03-04" });
    expect(statsJobArgs.safeParse({ today: "2001-03-04", extra: 1 }).success).toBe(false);
  });
});

describe("days", () => {
  it("adds across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("lists the days between two days, both included", () => {
    expect(daysBetween("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
    expect(daysBetween("2026-12-02", "2026-12-01")).toEqual([]);
  });
});

describe("daysToClose", () => {
  const today = "2026-12-02";

  it("closes yesterday when the day before it is closed", () => {
    expect(daysToClose({ today, lastClosedDay: "2026-11-30", firstDataDay: "2025-01-01", maxDays: 400 })).toEqual(["2026-12-01"]);
  });

  it("closes nothing when yesterday is closed already (a re-run)", () => {
    expect(daysToClose({ today, lastClosedDay: "2026-12-01", firstDataDay: "2025-01-01", maxDays: 400 })).toEqual([]);
  });

  it("catches up the days missed while the server was down", () => {
    expect(daysToClose({ today, lastClosedDay: "2026-11-27", firstDataDay: null, maxDays: 400 })).toEqual(["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"]);
  });

  it("starts from the first day with data when nothing is closed", () => {
    expect(daysToClose({ today, lastClosedDay: null, firstDataDay: "2026-11-29", maxDays: 400 })).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"]);
    expect(daysToClose({ today, lastClosedDay: null, firstDataDay: null, maxDays: 400 })).toEqual([]);
  });

  it("catches up at most maxDays, the most recent", () => {
    const days = daysToClose({ today, lastClosedDay: "2020-01-01", firstDataDay: null, maxDays: 3 });
    expect(days).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"]);
  });
});

describe("changeFrom", () => {
  it("is the difference, or null without a day before", () => {
    expect(changeFrom(12, 10)).toBe(2);
    expect(changeFrom(0, 3)).toBe(-3);
    expect(changeFrom(5, null)).toBeNull();
    expect(changeFrom(5, undefined)).toBeNull();
  });
});
