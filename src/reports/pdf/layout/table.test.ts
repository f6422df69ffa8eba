import { describe, expect, it } from "vitest";
import { fitColumnWidths } from "./table";

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("fitColumnWidths", () => {
  it("shares the width by weight when every share holds its longest word", () => {
    expect(fitColumnWidths([10, 10], [1, 3], 100)).toEqual([25, 75]);
  });

  it("gives a column its minimum and takes the difference from the others' spare width", () => {
    const widths = fitColumnWidths([40, 10, 10], [1, 1, 2], 100);
    expect(widths[0]).toBe(40);
    expect(widths[1]).toBeGreaterThanOrEqual(10);
    expect(widths[2]).toBeGreaterThan(widths[1]);
    expect(sum(widths)).toBeCloseTo(100);
  });

  it("shrinks the minimums alike when even they do not fit", () => {
    expect(fitColumnWidths([60, 60], [1, 1], 100)).toEqual([50, 50]);
  });
});
