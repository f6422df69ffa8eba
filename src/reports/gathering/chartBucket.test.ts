import { describe, expect, it } from "vitest";
import { chartBucketFor } from "./gatherReportData";

const DAY_MS = 86_400_000;
const span = (days: number) => ({ firstAt: new Date(0), latestAt: new Date(days * DAY_MS) });

describe("the charts' bucket", () => {
  it("keeps the longest series to about 150 points", () => {
    expect(chartBucketFor([span(30), span(150)])).toBe("day");
    expect(chartBucketFor([span(30), span(151)])).toBe("week");
    expect(chartBucketFor([span(3 * 365)])).toBe("week");
    expect(chartBucketFor([span(10), span(5 * 365)])).toBe("month");
  });
});
