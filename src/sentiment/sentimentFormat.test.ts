import { describe, expect, it } from "vitest";
import { countOf, formatPublishedAt, formatScore, formatShare, monthLabel, safeLink } from "./sentimentFormat";

describe("sentiment formatting", () => {
  it("signs scores and never shows a negative zero", () => {
    expect([0.4231, -0.31, 0, -0.001, 1].map(formatScore)).toEqual(["+0.42", "\u22120.31", "0.00", "0.00", "+1.00"]);
  });

  it("writes shares, months and dates for people", () => {
    expect(formatShare(0.4567)).toBe("46%");
    expect([countOf(1, "mention"), countOf(0, "mention"), countOf(1_200, "row")]).toEqual(["1 mention", "0 mentions", "1,200 rows"]);
    expect(monthLabel("2026-03")).toBe("Mar 26");
    expect(formatPublishedAt("2026-03-31T23:30:00Z")).toBe("Mar 31, 2026");
  });

  it("links only http and https URLs", () => {
    expect(safeLink("https://www.g2.com/r/1")).toBe("https://www.g2.com/r/1");
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("not a url")).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});
