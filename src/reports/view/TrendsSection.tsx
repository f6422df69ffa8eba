import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../../client/components/ChartFrame";
import { formatMetricValue } from "../../companies/format/firmographicsFormat";
import { trendWindowsDays, type MetricTrend } from "../reportDocument";
import { formatSignedPercent } from "../sources/factFormat";
import { CitationLinks } from "./Citations";

const palette = ["#f59e0b", "#4f46e5", "#0ea5e9", "#10b981", "#ef4444", "#8b5cf6", "#14b8a6", "#f97316", "#64748b", "#db2777", "#84cc16", "#0891b2"];
// The subject is first and keeps the amber; past 12 companies colours repeat.
const percent = (fraction: number | null) => (fraction === null ? "—" : formatSignedPercent(fraction));
const compactTick = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const monthYear = (time: number) => new Date(time).toLocaleDateString("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });

/** One chart per metric (the subject and its competitors as lines), and the exact changes below it. */
export function TrendsSection({ trends, chartWidth }: { trends: MetricTrend[]; chartWidth?: number }) {
  if (trends.length === 0) return <p className="text-sm text-slate-500">No market data for these companies yet.</p>;
  const metrics = [...new Set(trends.map((trend) => trend.metric))];
  return (
    <div className="space-y-8">
      {metrics.map((metric) => (
        <MetricBlock key={metric} metric={metric} trends={trends.filter((trend) => trend.metric === metric)} chartWidth={chartWidth} />
      ))}
    </div>
  );
}

function MetricBlock({ metric, trends, chartWidth }: { metric: string; trends: MetricTrend[]; chartWidth?: number }) {
  const unit = trends[0].unit;
  const series = trends.map((trend) => ({
    name: trend.companyName,
    data: trend.chart.map((point) => ({ time: new Date(`${point.t}T00:00:00Z`).getTime(), value: point.v })),
  }));
  return (
    <div data-testid="report-trend">
      <h3 className="text-sm font-semibold text-slate-900">{metric}</h3>
      <div role="img" aria-label={`${metric} over time for ${trends.length} companies`} className="mt-2">
        <ChartFrame width={chartWidth} height={240}>
          {(size) => (
            <LineChart {...size} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="time" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={monthYear} allowDuplicatedCategory={false} minTickGap={32} />
              <YAxis tickFormatter={(value: number) => `${unit === "USD" ? "$" : ""}${compactTick.format(value)}`} width={56} label={{ value: unit ?? "", angle: -90, position: "insideLeft" }} />
              <Tooltip labelFormatter={(time) => new Date(Number(time)).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" })} />
              <Legend />
              {series.map((line, index) => (
                <Line key={line.name} data={line.data} dataKey="value" name={line.name} stroke={palette[index % palette.length]} strokeWidth={index === 0 ? 2.5 : 1.5} dot={false} isAnimationActive={false} />
              ))}
            </LineChart>
          )}
        </ChartFrame>
      </div>
      <table className="mt-2 min-w-full text-left text-sm" aria-label={`${metric} changes`}>
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-1 pr-3">Company</th>
            <th className="py-1 pr-3 text-right">Latest</th>
            {trendWindowsDays.map((days) => <th key={days} className="py-1 pr-3 text-right">{days} days</th>)}
            <th className="py-1 pr-3 text-right">Growth / yr</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {trends.map((trend) => (
            <tr key={trend.companyId} className={trend.isSubject ? "font-medium" : undefined}>
              <td className="py-1 pr-3">{trend.companyName}<CitationLinks numbers={[trend.sourceNumber]} /></td>
              <td className="py-1 pr-3 text-right">{formatMetricValue(trend.latestValue, trend.unit)}</td>
              {trendWindowsDays.map((days) => {
                const change = trend.changes.find((candidate) => candidate.days === days);
                return <td key={days} className="py-1 pr-3 text-right">{change ? percent(change.percent) : "—"}</td>;
              })}
              <td className="py-1 pr-3 text-right">{percent(trend.annualGrowthRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
