import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatMetricValue, metricTrendSummary } from "../format/firmographicsFormat";
import { ChartFrame } from "../../client/components/ChartFrame";

export interface MarketDataChartPoint {
  observedAt: Date | string;
  value: number;
  source: "MANUAL" | "CSV" | "APOLLO" | "WORKFLOW";
}

const sourceLabels: Record<MarketDataChartPoint["source"], string> = {
  MANUAL: "entered by hand",
  CSV: "CSV import",
  APOLLO: "Apollo",
  WORKFLOW: "workflow",
};

const monthYear = (time: number) => new Date(time).toLocaleDateString("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });

/** One metric over time, with its latest value and change as the headline. */
export function MarketDataChart({ metric, unit, points, width }: { metric: string; unit: string | null; points: MarketDataChartPoint[]; width?: number }) {
  if (points.length === 0) return <p className="text-sm text-slate-500">No data for {metric} yet.</p>;
  const data = points
    .map((point) => ({ time: new Date(point.observedAt).getTime(), value: point.value, source: point.source }))
    .sort((a, b) => a.time - b.time);
  return (
    <div>
      <p className="text-sm text-slate-600" data-testid="metric-trend">{metricTrendSummary(points, unit)}</p>
      <div role="img" aria-label={`${metric} over time, ${data.length} points`}>
        <ChartFrame width={width} height={220}>
          {(size) => (
            <LineChart {...size} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="time" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={monthYear} />
              <YAxis tickFormatter={(value: number) => formatMetricValue(value, unit === "USD" ? "USD" : null)} width={64} />
              <Tooltip
                labelFormatter={(time) => new Date(Number(time)).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" })}
                formatter={(value, _name, item) => [
                  `${formatMetricValue(Number(value), unit)} (${sourceLabels[(item.payload as { source: MarketDataChartPoint["source"] }).source]})`,
                  metric,
                ]}
              />
              <Line type="monotone" dataKey="value" stroke="#4f46e5" strokeWidth={2} dot={data.length <= 60} isAnimationActive={false} />
            </LineChart>
          )}
        </ChartFrame>
      </div>
    </div>
  );
}
