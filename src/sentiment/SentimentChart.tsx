import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../client/components/ChartFrame";
import type { SentimentMonth } from "./sentimentSeries";
import { formatScore, monthLabel } from "./sentimentFormat";

/**
 * The monthly average score as a line on a fixed -1..1 axis (so two
 * companies' charts compare at a glance), over bars of how many mentions
 * each month had: an average of two mentions weighs less than one of two hundred.
 */
export function SentimentChart({ series, width }: { series: SentimentMonth[]; width?: number }) {
  const mentionCount = series.reduce((total, month) => total + month.mentionCount, 0);
  return (
    <div>
      <div role="img" aria-label={`Average sentiment per month over ${series.length} months, ${mentionCount} mentions`}>
        <ChartFrame width={width} height={240}>
          {(size) => (
            <ComposedChart {...size} data={series} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" tickFormatter={monthLabel} />
              <YAxis yAxisId="score" domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} tickFormatter={(value: number) => formatScore(value)} width={48} />
              <YAxis yAxisId="count" orientation="right" allowDecimals={false} width={40} />
              <ReferenceLine yAxisId="score" y={0} stroke="#94a3b8" />
              <Tooltip
                labelFormatter={(month) => monthLabel(String(month))}
                formatter={(value, name) =>
                  name === "averageScore" ? [value === null ? "no mentions" : formatScore(Number(value)), "Average score"] : [String(value), "Mentions"]
                }
              />
              <Bar yAxisId="count" dataKey="mentionCount" fill="#e0e7ff" isAnimationActive={false} />
              <Line yAxisId="score" type="monotone" dataKey="averageScore" stroke="#4f46e5" strokeWidth={2} connectNulls={false} isAnimationActive={false} />
            </ComposedChart>
          )}
        </ChartFrame>
      </div>
      <p className="mt-1 text-xs text-slate-500">Line: average score per month, −1 to +1 (left axis). Bars: mentions per month (right axis).</p>
    </div>
  );
}
