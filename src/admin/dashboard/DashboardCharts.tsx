import type { ReactNode } from "react";
import { Area, AreaChart, Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../../client/components/ChartFrame";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { DownloadButton } from "../../client/components/ui/DownloadButton";
import { dayLabel, formatCount, formatUsd } from "./dashboardFormat";
import type { DashboardChart } from "./dashboardInputs";
import type { AdminDashboard } from "./dashboardSeries";

const HEIGHT = 240;
const SOURCE_COLOURS = ["#4f46e5", "#0ea5e9", "#10b981", "#f59e0b", "#94a3b8"];

/** A chart with its title, its data as CSV, and "no data yet" in its place when the feature has none. */
function ChartCard({ title, chart, days, hasData, emptyReason, children }: { title: string; chart: DashboardChart; days: number; hasData: boolean; emptyReason: string; children: ReactNode }) {
  return (
    <Card>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle>{title}</CardTitle>
        {hasData && (
          <DownloadButton
            path="/api/admin/stats.csv"
            searchParams={{ chart, days: String(days) }}
            label="CSV"
            busyLabel="Preparing…"
            failure="The CSV could not be downloaded."
            fallbackFileName={`hyperformant-${chart}-${days}d.csv`}
            timeoutMs={30_000}
          />
        )}
      </div>
      {hasData ? <div className="mt-4">{children}</div> : <p className="mt-4 text-sm text-slate-500">No data yet: {emptyReason}.</p>}
    </Card>
  );
}

export function UsersChart({ dashboard, width }: { dashboard: AdminDashboard; width?: number }) {
  return (
    <ChartCard title="Users" chart="users" days={dashboard.days} hasData emptyReason="">
      <div role="img" aria-label={`Users and signups per day over ${dashboard.days} days`}>
        <ChartFrame width={width} height={HEIGHT}>
          {(size) => (
            <ComposedChart {...size} data={dashboard.users} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" tickFormatter={dayLabel} minTickGap={16} />
              <YAxis yAxisId="total" allowDecimals={false} width={48} />
              <YAxis yAxisId="new" orientation="right" allowDecimals={false} width={40} />
              <Tooltip labelFormatter={(day) => dayLabel(String(day))} />
              <Legend />
              <Bar yAxisId="new" dataKey="newSignups" name="Signups" fill="#c7d2fe" isAnimationActive={false} />
              <Line yAxisId="total" dataKey="totalUsers" name="Total users" stroke="#4f46e5" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
            </ComposedChart>
          )}
        </ChartFrame>
      </div>
    </ChartCard>
  );
}

export function RevenueChart({ dashboard, width }: { dashboard: AdminDashboard; width?: number }) {
  return (
    <ChartCard title="Revenue" chart="revenue" days={dashboard.days} hasData={dashboard.presence.payments} emptyReason="no payment has been recorded">
      <div role="img" aria-label={`Revenue and refunds per day over ${dashboard.days} days`}>
        <ChartFrame width={width} height={HEIGHT}>
          {(size) => (
            <BarChart {...size} data={dashboard.revenue} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" tickFormatter={dayLabel} minTickGap={16} />
              <YAxis tickFormatter={(value: number) => formatUsd(value)} width={64} />
              <Tooltip labelFormatter={(day) => dayLabel(String(day))} formatter={(value, name) => [formatUsd(Number(value)), name]} />
              <Legend />
              <Bar dataKey="revenue" name="Revenue" fill="#10b981" isAnimationActive={false} />
              <Bar dataKey="refunds" name="Refunds" fill="#f43f5e" isAnimationActive={false} />
            </BarChart>
          )}
        </ChartFrame>
      </div>
    </ChartCard>
  );
}

export function PageViewsChart({ dashboard, width }: { dashboard: AdminDashboard; width?: number }) {
  const { sources, points } = dashboard.pageViews;
  const data = points.map((point) => ({ day: point.day, visitors: point.visitors, ...Object.fromEntries(sources.map((source) => [source, point.pageViews === null ? null : (point.bySource[source] ?? 0)])) }));
  return (
    <ChartCard title="Page views by source" chart="page-views" days={dashboard.days} hasData={dashboard.presence.pageViews} emptyReason="no page view has been counted">
      <div role="img" aria-label={`Page views per day by source over ${dashboard.days} days, sources ${sources.join(", ")}`}>
        <ChartFrame width={width} height={HEIGHT}>
          {(size) => (
            <ComposedChart {...size} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" tickFormatter={dayLabel} minTickGap={16} />
              <YAxis allowDecimals={false} width={48} />
              <Tooltip labelFormatter={(day) => dayLabel(String(day))} formatter={(value, name) => [formatCount(Number(value)), name]} />
              <Legend />
              {sources.map((source, index) => (
                <Bar key={source} dataKey={source} stackId="views" fill={SOURCE_COLOURS[index % SOURCE_COLOURS.length]} isAnimationActive={false} />
              ))}
              <Line dataKey="visitors" name="Visitors" stroke="#0f172a" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
            </ComposedChart>
          )}
        </ChartFrame>
      </div>
    </ChartCard>
  );
}

export function BusinessChart({ dashboard, width }: { dashboard: AdminDashboard; width?: number }) {
  const data = dashboard.business.map((point) => ({ ...point, workflowRuns: Object.values(point.workflowExecutions).reduce((sum, count) => sum + count, 0) }));
  return (
    <ChartCard title="Product activity" chart="business" days={dashboard.days} hasData={dashboard.business.length > 0} emptyReason="no day has been rolled up">
      <div role="img" aria-label={`Reports, active workspaces and Apollo rows per day over ${dashboard.days} days`}>
        <ChartFrame width={width} height={HEIGHT}>
          {(size) => (
            <ComposedChart {...size} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" tickFormatter={dayLabel} minTickGap={16} />
              <YAxis yAxisId="count" allowDecimals={false} width={40} />
              <YAxis yAxisId="rows" orientation="right" allowDecimals={false} width={56} />
              <Tooltip labelFormatter={(day) => dayLabel(String(day))} />
              <Legend />
              <Bar yAxisId="count" dataKey="reportsCompleted" name="Reports completed" stackId="reports" fill="#4f46e5" isAnimationActive={false} />
              <Bar yAxisId="count" dataKey="reportsFailed" name="Reports failed" stackId="reports" fill="#f43f5e" isAnimationActive={false} />
              <Line yAxisId="count" dataKey="activeWorkspaces" name="Active workspaces" stroke="#10b981" strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line yAxisId="count" dataKey="workflowRuns" name="Workflow runs" stroke="#f59e0b" strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line yAxisId="rows" dataKey="apolloRowsSynced" name="Apollo rows synced" stroke="#0ea5e9" strokeDasharray="4 2" dot={false} isAnimationActive={false} />
            </ComposedChart>
          )}
        </ChartFrame>
      </div>
    </ChartCard>
  );
}

export function LlmCostChart({ dashboard, width }: { dashboard: AdminDashboard; width?: number }) {
  return (
    <ChartCard title="LLM cost and companies tracked" chart="business" days={dashboard.days} hasData={dashboard.business.length > 0} emptyReason="no day has been rolled up">
      <div role="img" aria-label={`LLM cost and companies tracked per day over ${dashboard.days} days`}>
        <ChartFrame width={width} height={HEIGHT}>
          {(size) => (
            <AreaChart {...size} data={dashboard.business} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" tickFormatter={dayLabel} minTickGap={16} />
              <YAxis yAxisId="cost" tickFormatter={(value: number) => formatUsd(value)} width={56} />
              <YAxis yAxisId="companies" orientation="right" allowDecimals={false} width={48} />
              <Tooltip labelFormatter={(day) => dayLabel(String(day))} />
              <Legend />
              <Area yAxisId="cost" dataKey="llmCostUsd" name="LLM cost (USD)" stroke="#a855f7" fill="#f3e8ff" isAnimationActive={false} />
              <Area yAxisId="companies" dataKey="companiesTracked" name="Companies tracked" stroke="#0f172a" fill="none" isAnimationActive={false} />
            </AreaChart>
          )}
        </ChartFrame>
      </div>
    </ChartCard>
  );
}
