import type { SeriesSummary } from "../gathering/reportInputData";
import { trendWindowsDays, type ChartPoint, type MetricChange, type MetricTrend } from "../reportDocument";

const DAY_MS = 24 * 60 * 60 * 1000;
const MIN_DAYS_FOR_GROWTH_RATE = 30;

export interface TrendStatistics {
  changes: MetricChange[];
  annualGrowthRate: number | null;
}

const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;

/** Compound growth per year between two positive values; null when it is not defined. */
export function annualisedGrowth(from: number, to: number, days: number): number | null {
  if (from <= 0 || to <= 0 || days < MIN_DAYS_FOR_GROWTH_RATE) return null;
  return Math.pow(to / from, 365 / days) - 1;
}

/**
 * Changes over the 30/90/365-day windows the series reaches back to, and the
 * annual growth rate: over the last year when the series has one, otherwise
 * annualised over its whole span.
 */
export function trendStatistics(series: SeriesSummary): TrendStatistics {
  const changes: MetricChange[] = [];
  for (const days of trendWindowsDays) {
    const anchor = series.anchors.find((candidate) => candidate.days === days);
    if (!anchor) continue;
    const absolute = series.latest.value - anchor.value;
    changes.push({ days, from: anchor.value, absolute, percent: anchor.value === 0 ? null : absolute / Math.abs(anchor.value) });
  }
  const yearAnchor = series.anchors.find((anchor) => anchor.days === 365);
  const base = yearAnchor ?? series.first;
  const annualGrowthRate = annualisedGrowth(base.value, series.latest.value, daysBetween(base.at, series.latest.at));
  return { changes, annualGrowthRate };
}

export function toChartPoints(series: SeriesSummary): ChartPoint[] {
  return series.chart.map((point) => ({ t: point.at.toISOString().slice(0, 10), v: point.value }));
}

export function metricTrend(
  series: SeriesSummary,
  company: { id: string; name: string; isSubject: boolean },
  sourceNumber: number,
): MetricTrend {
  const { changes, annualGrowthRate } = trendStatistics(series);
  return {
    companyId: company.id,
    companyName: company.name,
    isSubject: company.isSubject,
    metric: series.metric,
    unit: series.unit,
    latestValue: series.latest.value,
    latestAt: series.latest.at.toISOString(),
    firstAt: series.first.at.toISOString(),
    pointCount: series.pointCount,
    changes,
    annualGrowthRate,
    chart: toChartPoints(series),
    sourceNumber,
  };
}

/**
 * The summary the database query produces, computed from raw points instead:
 * the reference the SQL is tested against, and handy for small inputs.
 */
export function summariseSeries(
  companyId: string,
  metric: string,
  points: { value: number; at: Date; unit: string | null }[],
  chartBucket: (at: Date) => string = (at) => at.toISOString().slice(0, 10),
): SeriesSummary | undefined {
  if (points.length === 0) return undefined;
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  const latest = sorted[sorted.length - 1];
  const anchors: SeriesSummary["anchors"] = [];
  for (const days of trendWindowsDays) {
    const cutoff = latest.at.getTime() - days * DAY_MS;
    let anchor: (typeof sorted)[number] | undefined;
    for (const point of sorted) if (point.at.getTime() <= cutoff) anchor = point;
    if (anchor) anchors.push({ days, value: anchor.value, at: anchor.at });
  }
  const buckets = new Map<string, { sum: number; count: number; at: Date }>();
  for (const point of sorted) {
    const key = chartBucket(point.at);
    const bucket = buckets.get(key) ?? { sum: 0, count: 0, at: new Date(`${key}T00:00:00.000Z`) };
    bucket.sum += point.value;
    bucket.count += 1;
    buckets.set(key, bucket);
  }
  return {
    companyId,
    metric,
    unit: latest.unit,
    pointCount: sorted.length,
    first: { value: sorted[0].value, at: sorted[0].at },
    latest: { value: latest.value, at: latest.at },
    anchors,
    chart: [...buckets.values()].map((bucket) => ({ value: bucket.sum / bucket.count, at: bucket.at })),
  };
}
