import { describe, expect, it } from "vitest";
import { linearScale, niceTicks, timeTicks } from "./chartScales";
import { overlapArea, placeLabels } from "./labelPlacement";

describe("niceTicks", () => {
  it("spans the values with round steps", () => {
    expect(niceTicks(3.2, 97.5)).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(niceTicks(-0.8, 0.6, 5)).toEqual({ min: -1, max: 1, ticks: [-1, -0.5, 0, 0.5, 1] });
    expect(niceTicks(4.12, 4.87).ticks).toEqual([4, 4.2, 4.4, 4.6, 4.8, 5]);
  });

  it("widens a flat series so it still has an axis", () => {
    const flat = niceTicks(50, 50);
    expect(flat.min).toBeLessThan(50);
    expect(flat.max).toBeGreaterThan(50);
    expect(niceTicks(0, 0).ticks.length).toBeGreaterThan(1);
  });
});

describe("timeTicks", () => {
  it("puts a year of data on month boundaries, steps aligned to January", () => {
    const ticks = timeTicks(Date.UTC(2025, 2, 2), Date.UTC(2026, 2, 1), 6);
    expect(ticks.map((tick) => tick.label)).toEqual(["May 2025", "Jul 2025", "Sep 2025", "Nov 2025", "Jan 2026", "Mar 2026"]);
  });

  it("puts five years on year boundaries", () => {
    const ticks = timeTicks(Date.UTC(2021, 2, 2), Date.UTC(2026, 2, 1), 6);
    expect(ticks.map((tick) => tick.label)).toEqual(["2022", "2023", "2024", "2025", "2026"]);
  });

  it("uses days for a short span", () => {
    const ticks = timeTicks(Date.UTC(2026, 1, 1), Date.UTC(2026, 1, 22), 6);
    expect(ticks.map((tick) => tick.label)).toEqual(["1 Feb", "8 Feb", "15 Feb", "22 Feb"]);
  });
});

describe("linearScale", () => {
  it("maps a domain onto a range, inverted for a y axis", () => {
    const y = linearScale(0, 10, 200, 100);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(100);
    expect(linearScale(5, 5, 0, 10)(5)).toBe(5);
  });
});

describe("placeLabels", () => {
  const bounds = { x: 0, y: 0, width: 200, height: 200 };
  const point = (x: number, y: number) => ({ x, y, radius: 3, labelWidth: 40, labelHeight: 8 });

  it("puts a label to the right of its point when there is room", () => {
    const [rect] = placeLabels([point(50, 50)], bounds);
    expect(rect.x).toBeGreaterThan(50);
  });

  it("keeps labels of neighbouring points apart", () => {
    const rects = placeLabels([point(50, 50), point(60, 52), point(55, 60)], bounds);
    for (let i = 0; i < rects.length; i += 1) for (let j = i + 1; j < rects.length; j += 1) expect(overlapArea(rects[i], rects[j])).toBe(0);
  });

  it("moves a label inside the chart near its right edge", () => {
    const [rect] = placeLabels([point(195, 100)], bounds);
    expect(rect.x + rect.width).toBeLessThanOrEqual(200);
  });
});
