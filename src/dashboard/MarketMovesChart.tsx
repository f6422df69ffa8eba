import { Bar, BarChart, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../client/components/ChartFrame";
import type { MarketMove } from "./dashboardHome";

/** The moves as bars of their relative change, up in green, down in red. */
export function MarketMovesChart({ moves, width }: { moves: MarketMove[]; width?: number }) {
  const data = moves.map((move) => ({ label: `${move.companyName}: ${move.metric}`, change: Number((move.change * 100).toFixed(1)) }));
  return (
    <div role="img" aria-label={`Biggest market-data moves: ${data.map((datum) => `${datum.label} ${datum.change}%`).join(", ")}`} className="mt-3">
      <ChartFrame width={width} height={40 + moves.length * 36}>
        {(size) => (
          <BarChart {...size} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <XAxis type="number" tickFormatter={(value: number) => `${value}%`} />
            <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 11 }} />
            <ReferenceLine x={0} stroke="#94a3b8" />
            <Tooltip formatter={(value) => [`${value}%`, "change"]} />
            <Bar dataKey="change" isAnimationActive={false}>
              {data.map((datum) => <Cell key={datum.label} fill={datum.change >= 0 ? "#10b981" : "#ef4444"} />)}
            </Bar>
          </BarChart>
        )}
      </ChartFrame>
    </div>
  );
}
