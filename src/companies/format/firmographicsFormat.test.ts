import { describe, expect, it } from "vitest";
import {
  companyRoleLabel,
  enrichmentStatusLabel,
  formatEmployeeCount,
  formatFreshness,
  formatLocation,
  formatMetricValue,
  formatRevenue,
  metricTrendSummary,
  sizeBandLabel,
} from "./firmographicsFormat";

describe("firmographics on screen", () => {
  it("formats counts and money", () => {
    expect(formatEmployeeCount(12_400)).toBe("12,400");
    expect(formatEmployeeCount(null)).toBe("—");
    expect(formatRevenue(1_234_567)).toBe("$1.2M");
    expect(formatRevenue(2.5e9)).toBe("$2.5B");
    expect(formatRevenue(950)).toBe("$950");
    expect(formatRevenue(null)).toBe("—");
  });

  it("names bands, roles and statuses", () => {
    expect(sizeBandLabel("LARGE")).toBe("201–1,000");
    expect(companyRoleLabel("OWN_COMPANY")).toBe("Own company");
    expect(enrichmentStatusLabel("SKIPPED_NO_KEY")).toBe("Skipped: no Apollo key");
  });

  it("tells how fresh enrichment is and when it is stale", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(formatFreshness(null, now)).toEqual({ label: "Never enriched", isStale: false });
    expect(formatFreshness(new Date("2026-11-20T12:00:00Z"), now)).toEqual({ label: "Updated 3 days ago", isStale: false });
    expect(formatFreshness(new Date("2026-11-23T09:00:00Z"), now)).toEqual({ label: "Updated 3 hours ago", isStale: false });
    expect(formatFreshness(new Date("2026-11-10T12:00:00Z"), now).isStale).toBe(true);
  });

  it("joins what is known of a location", () => {
    expect(formatLocation("Berlin", null, "Germany")).toBe("Berlin, Germany");
    expect(formatLocation(null, null, null)).toBe("—");
  });

  it("formats metric values with their units", () => {
    expect(formatMetricValue(12_345, "visits")).toBe("12,345 visits");
    expect(formatMetricValue(4.5, "stars")).toBe("4.5 stars");
    expect(formatMetricValue(12_300, "USD")).toBe("$12.3K");
    expect(formatMetricValue(12.54, "%")).toBe("12.5%");
    expect(formatMetricValue(7, null)).toBe("7");
  });

  it("summarises a metric's latest value and change", () => {
    const points = [
      { observedAt: "2026-06-01", value: 1100 },
      { observedAt: "2026-01-01", value: 1000 },
    ];
    expect(metricTrendSummary(points, "visits")).toBe("Latest 1,100 visits · +10.0% since Jan 2026");
    expect(metricTrendSummary([{ observedAt: "2026-01-01", value: 5 }], null)).toBe("Latest 5");
    expect(metricTrendSummary([], null)).toBeNull();
  });
});
