/** Pure grouping of a company's market-data points into one series per metric, for charts. */
export type MarketDataSource = "MANUAL" | "CSV" | "APOLLO" | "WORKFLOW";

export type MarketDataPoint = {
  id: string;
  metric: string;
  value: number;
  unit: string | null;
  observedAt: Date;
  source: MarketDataSource;
};

export type MarketDataSeries = {
  metric: string;
  /** The unit of the newest point: a metric's unit can be corrected over time. */
  unit: string | null;
  points: MarketDataPoint[];
};

export function groupIntoSeries(points: MarketDataPoint[]): MarketDataSeries[] {
  const byMetric = new Map<string, MarketDataPoint[]>();
  for (const point of points) {
    const series = byMetric.get(point.metric) ?? [];
    series.push(point);
    byMetric.set(point.metric, series);
  }
  return [...byMetric.entries()]
    .map(([metric, series]) => {
      const sorted = [...series].sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime());
      return { metric, unit: sorted[sorted.length - 1].unit, points: sorted };
    })
    .sort((a, b) => a.metric.localeCompare(b.metric));
}
