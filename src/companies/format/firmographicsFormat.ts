import { assertUnreachable } from "../../shared/assertUnreachable";
import type { CompanyRole, EnrichmentStatus, SizeBand } from "../companyEnums";

/** How firmographics read on screen. Pure, shared by pages and charts. */
const DAY_MS = 24 * 60 * 60 * 1000;
export const STALE_AFTER_DAYS = 7;

export function formatEmployeeCount(count: number | null): string {
  return count === null ? "—" : count.toLocaleString("en-US");
}

/** USD, compact: 1234567 -> "$1.2M". */
export function formatRevenue(amount: number | null): string {
  if (amount === null) return "—";
  return `$${compactNumber(amount)}`;
}

function compactNumber(value: number): string {
  const magnitude = Math.abs(value);
  const scaled = (divisor: number, suffix: string) => `${Number((value / divisor).toFixed(1)).toString()}${suffix}`;
  if (magnitude >= 1e9) return scaled(1e9, "B");
  if (magnitude >= 1e6) return scaled(1e6, "M");
  if (magnitude >= 1e3) return scaled(1e3, "K");
  return Number(value.toFixed(2)).toLocaleString("en-US");
}

export function sizeBandLabel(band: SizeBand): string {
  switch (band) {
    case "MICRO":
      return "1–10";
    case "SMALL":
      return "11–50";
    case "MEDIUM":
      return "51–200";
    case "LARGE":
      return "201–1,000";
    case "ENTERPRISE":
      return "1,001+";
    default:
      return assertUnreachable(band);
  }
}

export function companyRoleLabel(role: CompanyRole): string {
  switch (role) {
    case "OWN_COMPANY":
      return "Own company";
    case "COMPETITOR":
      return "Competitor";
    case "PROSPECT":
      return "Prospect";
    case "WATCH":
      return "Watching";
    default:
      return assertUnreachable(role);
  }
}

export function enrichmentStatusLabel(status: EnrichmentStatus): string {
  switch (status) {
    case "PENDING":
      return "Waiting for enrichment";
    case "ENRICHED":
      return "Enriched";
    case "NOT_FOUND":
      return "Not found in Apollo";
    case "FAILED":
      return "Enrichment failed";
    case "SKIPPED_NO_KEY":
      return "Skipped: no Apollo key";
    default:
      return assertUnreachable(status);
  }
}

export function formatFreshness(enrichedAt: Date | string | null, now: Date): { label: string; isStale: boolean } {
  if (enrichedAt === null) return { label: "Never enriched", isStale: false };
  const ageMs = now.getTime() - new Date(enrichedAt).getTime();
  const days = Math.floor(ageMs / DAY_MS);
  const hours = Math.floor(ageMs / (60 * 60 * 1000));
  const label =
    hours < 1 ? "Updated just now" : days < 1 ? `Updated ${hours} ${hours === 1 ? "hour" : "hours"} ago` : `Updated ${days} ${days === 1 ? "day" : "days"} ago`;
  return { label, isStale: ageMs > STALE_AFTER_DAYS * DAY_MS };
}

export function formatLocation(city: string | null, state: string | null, country: string | null): string {
  const parts = [city, state, country].filter((part): part is string => Boolean(part && part.trim()));
  return parts.length === 0 ? "—" : parts.join(", ");
}

/** A metric's value with its unit: "12,345 visits", "$12.3K" for USD, "12.5%". */
export function formatMetricValue(value: number, unit: string | null): string {
  const normalisedUnit = unit?.trim() ?? "";
  if (/^(usd|\$)$/i.test(normalisedUnit)) return `$${compactNumber(value)}`;
  if (normalisedUnit === "%") return `${Number(value.toFixed(1))}%`;
  const number = Math.abs(value) >= 1e6 ? compactNumber(value) : Number(value.toFixed(2)).toLocaleString("en-US");
  return normalisedUnit ? `${number} ${normalisedUnit}` : number;
}

/** "Latest 12,345 visits · +8.2% since Jan 2026": the headline above a metric's chart. */
export function metricTrendSummary(points: { observedAt: Date | string; value: number }[], unit: string | null): string | null {
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => new Date(a.observedAt).getTime() - new Date(b.observedAt).getTime());
  const first = sorted[0];
  const latest = sorted[sorted.length - 1];
  const headline = `Latest ${formatMetricValue(latest.value, unit)}`;
  if (sorted.length < 2 || first.value === 0) return headline;
  const change = ((latest.value - first.value) / Math.abs(first.value)) * 100;
  const since = new Date(first.observedAt).toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
  return `${headline} · ${change >= 0 ? "+" : "−"}${Math.abs(change).toFixed(1)}% since ${since}`;
}
