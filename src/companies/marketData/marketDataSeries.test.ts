import { describe, expect, it } from "vitest";
import { groupIntoSeries, type MarketDataPoint } from "./marketDataSeries";

const point = (metric: string, day: number, value: number, unit: string | null = "visits"): MarketDataPoint => ({
  id: `${metric}-${day}`,
  metric,
  value,
  unit,
  observedAt: new Date(Date.UTC(2026, 0, day)),
  source: "MANUAL",
});

describe("groupIntoSeries", () => {
  it("makes one date-ordered series per metric, metrics in name order", () => {
    const series = groupIntoSeries([point("Visits", 3, 30), point("Headcount", 1, 5, "people"), point("Visits", 1, 10)]);
    expect(series.map((s) => s.metric)).toEqual(["Headcount", "Visits"]);
    expect(series[1].points.map((p) => p.value)).toEqual([10, 30]);
  });

  it("labels a series with its newest unit", () => {
    const [series] = groupIntoSeries([point("ARR", 2, 1, "USD"), point("ARR", 1, 1, "usd")]);
    expect(series.unit).toBe("USD");
  });

  it("has no series without points", () => {
    expect(groupIntoSeries([])).toEqual([]);
  });
});
