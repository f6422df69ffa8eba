import { describe, expect, it } from "vitest";
import {
  formatAnnualGrowth,
  formatCostUsd,
  formatDate,
  formatDateTime,
  formatMetricChange,
  formatMonth,
  formatPercentChange,
  formatScore,
  formatSentiment,
  formatShare,
  formatSourceNumbers,
  humanizeEnum,
} from "./reportFormat";

describe("report formats", () => {
  it("writes dates in UTC, whatever the machine's zone", () => {
    expect(formatDate("2026-03-02T23:30:00-05:00")).toBe("3 Mar 2026");
    expect(formatDate("2025-12-31")).toBe("31 Dec 2025");
    expect(formatDateTime("2026-03-02T09:05:00Z")).toBe("2 Mar 2026, 09:05 UTC");
    expect(formatDate("not a date")).toBe("not a date");
    expect(formatMonth("2026-01")).toBe("Jan 2026");
  });

  it("signs changes and growth rates", () => {
    expect(formatPercentChange(0.0824)).toBe("+8.2%");
    expect(formatPercentChange(-0.03)).toBe("-3.0%");
    expect(formatPercentChange(0)).toBe("0.0%");
    expect(formatAnnualGrowth(0.12)).toBe("+12.0%/yr");
    expect(formatAnnualGrowth(null)).toBe("—");
    expect(formatMetricChange({ days: 30, from: 0, absolute: 1200, percent: null }, "visits")).toBe("+1,200 visits");
    expect(formatMetricChange({ days: 90, from: 10, absolute: -2, percent: -0.2 }, "USD")).toBe("-20.0%");
  });

  it("writes scores, sentiment, shares and costs", () => {
    expect(formatScore(7)).toBe("7");
    expect(formatScore(4.56)).toBe("4.6");
    expect(formatScore(undefined)).toBe("—");
    expect(formatSentiment(0.4249)).toBe("+0.42");
    expect(formatSentiment(-0.001)).toBe("0.00");
    expect(formatSentiment(null)).toBe("—");
    expect(formatShare(0.416)).toBe("42%");
    expect(formatCostUsd(0.01234)).toBe("$0.0123");
    expect(formatCostUsd(2.5)).toBe("$2.50");
  });

  it("compresses runs of source numbers", () => {
    expect(formatSourceNumbers([5, 3, 4, 4])).toBe("3–5");
    expect(formatSourceNumbers([1, 4, 5])).toBe("1, 4, 5");
    expect(formatSourceNumbers([])).toBe("");
  });

  it("turns enum values into words", () => {
    expect(humanizeEnum("HIRING_SIGNAL")).toBe("Hiring signal");
    expect(humanizeEnum("news")).toBe("News");
  });
});
