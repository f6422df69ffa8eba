import { describe, expect, it } from "vitest";
import { sentimentWindow, summariseSentiment, type MonthlySentimentSums } from "./sentimentSeries";

describe("sentimentWindow", () => {
  it("covers the last N calendar months up to the current one, across a year's end", () => {
    const window = sentimentWindow(new Date("2026-02-15T10:00:00Z"), 4);
    expect(window.months).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(window.from).toEqual(new Date("2025-11-01T00:00:00Z"));
  });

  it("counts months in UTC", () => {
    expect(sentimentWindow(new Date("2026-03-31T23:30:00-05:00"), 1).months).toEqual(["2026-04"]);
    expect(sentimentWindow(new Date("2026-01-01T00:00:00Z"), 12).months[0]).toBe("2025-02");
  });
});

describe("summariseSentiment", () => {
  const months = ["2026-01", "2026-02", "2026-03"];
  const row = (month: string, mentionCount: number, scoreSum: number, positiveCount: number, negativeCount: number): MonthlySentimentSums => ({
    month,
    mentionCount,
    scoreSum,
    positiveCount,
    negativeCount,
  });

  it("averages each month and the window, weighting by mentions", () => {
    const { totals, series } = summariseSentiment([row("2026-01", 4, 2, 3, 1), row("2026-03", 1, -0.5, 0, 1)], months);
    expect(series).toEqual([
      { month: "2026-01", averageScore: 0.5, mentionCount: 4 },
      { month: "2026-02", averageScore: null, mentionCount: 0 },
      { month: "2026-03", averageScore: -0.5, mentionCount: 1 },
    ]);
    // (2 - 0.5) / 5, not the mean of the two monthly averages (0).
    expect(totals).toEqual({ mentionCount: 5, averageScore: 0.3, positiveShare: 0.6, negativeShare: 0.4, neutralShare: 0 });
  });

  it("counts neutral mentions as what is neither positive nor negative", () => {
    const { totals } = summariseSentiment([row("2026-02", 3, 0.1, 1, 1)], months);
    expect(totals).toMatchObject({ positiveShare: 0.3333, negativeShare: 0.3333, neutralShare: 0.3334 });
  });

  it("has zeros and no average when there are no mentions", () => {
    const { totals, series } = summariseSentiment([], months);
    expect(totals).toEqual({ mentionCount: 0, averageScore: null, positiveShare: 0, negativeShare: 0, neutralShare: 0 });
    expect(series.map((month) => month.mentionCount)).toEqual([0, 0, 0]);
  });

  it("ignores rows outside the window", () => {
    const { totals, series } = summariseSentiment([row("2025-12", 10, 10, 10, 0), row("2026-02", 2, -1, 0, 2)], months);
    expect(totals.mentionCount).toBe(2);
    expect(series.map((month) => month.month)).toEqual(months);
  });
});
