import type { DailyStatsChanges, DailyStatsFigures } from "../../analytics/stats/dailyStatsRow";
import type { BusinessFigures } from "../../analytics/stats/dayFigures";
import { addDays, daysBetween } from "../../analytics/stats/statsDays";
import type { DashboardChart } from "./dashboardInputs";

export type StatsRow = DailyStatsFigures & DailyStatsChanges & { day: string; updatedAt: Date; closedAt: Date | null };
export type BusinessRow = BusinessFigures & { day: string };
export type SourceRow = { day: string; source: string; views: number; visitors: number };
/** Whether each feature has ever produced a figure: without, its charts say "no data yet" rather than show zeros. */
export type DataPresence = { payments: boolean; pageViews: boolean; reports: boolean; apollo: boolean; workflows: boolean };

// Page views by source chart: the busiest sources by name, the rest together.
const NAMED_SOURCES = 4;
export const OTHER_SOURCES = "other";

export type UsersPoint = { day: string; totalUsers: number | null; newSignups: number | null };
export type RevenuePoint = { day: string; revenue: number | null; refunds: number | null; payingWorkspaces: number | null; churnedSubscriptions: number | null };
export type PageViewsPoint = { day: string; pageViews: number | null; visitors: number | null; bySource: Record<string, number> };
export type BusinessPoint = Omit<BusinessRow, "llmPromptTokens" | "llmCompletionTokens"> & { llmTokens: number };

export type AdminDashboard = {
  today: string;
  days: number;
  /** Today's figures so far with their change from yesterday; null until the first roll-up of the day. */
  todayStats: StatsRow | null;
  todayBusiness: BusinessRow | null;
  presence: DataPresence;
  users: UsersPoint[];
  revenue: RevenuePoint[];
  pageViews: { sources: string[]; points: PageViewsPoint[] };
  /** Days without a roll-up are absent (a gap in the chart), not zeros. */
  business: BusinessPoint[];
};

const toMajor = (minor: number) => minor / 100;

/**
 * The dashboard from the roll-up rows of the last `days` days up to today:
 * one point per day, a day never rolled up left empty (null) so the charts
 * show a gap, not a made-up zero.
 */
export function dashboardOf(input: { today: string; days: number; stats: StatsRow[]; business: BusinessRow[]; sources: SourceRow[]; presence: DataPresence }): AdminDashboard {
  const days = daysBetween(addDays(input.today, -(input.days - 1)), input.today);
  const statsOf = new Map(input.stats.map((row) => [row.day, row]));
  const businessOf = new Map(input.business.map((row) => [row.day, row]));
  const sourceNames = busiestSources(input.sources);
  const sourcesOf = new Map<string, Record<string, number>>();
  for (const row of input.sources) {
    const bucket = sourceNames.includes(row.source) ? row.source : OTHER_SOURCES;
    const bySource = sourcesOf.get(row.day) ?? {};
    bySource[bucket] = (bySource[bucket] ?? 0) + row.views;
    sourcesOf.set(row.day, bySource);
  }
  const hasOther = input.sources.some((row) => !sourceNames.includes(row.source));
  return {
    today: input.today,
    days: input.days,
    todayStats: statsOf.get(input.today) ?? null,
    todayBusiness: businessOf.get(input.today) ?? null,
    presence: input.presence,
    users: days.map((day) => {
      const row = statsOf.get(day);
      return { day, totalUsers: row?.totalUsers ?? null, newSignups: row?.newSignups ?? null };
    }),
    revenue: days.map((day) => {
      const row = statsOf.get(day);
      return {
        day,
        revenue: row ? toMajor(row.revenueMinor) : null,
        refunds: row ? toMajor(row.refundsMinor) : null,
        payingWorkspaces: row?.payingWorkspaces ?? null,
        churnedSubscriptions: row?.churnedSubscriptions ?? null,
      };
    }),
    pageViews: {
      sources: hasOther ? [...sourceNames, OTHER_SOURCES] : sourceNames,
      points: days.map((day) => {
        const row = statsOf.get(day);
        return { day, pageViews: row?.pageViews ?? null, visitors: row?.visitors ?? null, bySource: sourcesOf.get(day) ?? {} };
      }),
    },
    business: days.flatMap((day) => {
      const row = businessOf.get(day);
      if (!row) return [];
      const { llmPromptTokens, llmCompletionTokens, ...rest } = row;
      return [{ ...rest, llmTokens: llmPromptTokens + llmCompletionTokens }];
    }),
  };
}

function busiestSources(rows: SourceRow[]): string[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.source, (totals.get(row.source) ?? 0) + row.views);
  return [...totals.entries()]
    .sort(([nameA, a], [nameB, b]) => b - a || nameA.localeCompare(nameB))
    .slice(0, NAMED_SOURCES)
    .map(([name]) => name);
}

type Cell = string | number | null;

/** Each chart's data as CSV columns and rows, the figures exactly as the chart draws them. */
export function chartTable(dashboard: AdminDashboard, chart: DashboardChart): { columns: string[]; rows: Cell[][] } {
  switch (chart) {
    case "users":
      return { columns: ["day", "total_users", "new_signups"], rows: dashboard.users.map((point) => [point.day, point.totalUsers, point.newSignups]) };
    case "revenue":
      return {
        columns: ["day", "revenue_usd", "refunds_usd", "paying_workspaces", "churned_subscriptions"],
        rows: dashboard.revenue.map((point) => [point.day, point.revenue, point.refunds, point.payingWorkspaces, point.churnedSubscriptions]),
      };
    case "page-views": {
      const { sources, points } = dashboard.pageViews;
      return {
        columns: ["day", "page_views", "visitors", ...sources.map((source) => `views_${source}`)],
        rows: points.map((point) => [point.day, point.pageViews, point.visitors, ...sources.map((source) => (point.pageViews === null ? null : (point.bySource[source] ?? 0)))]),
      };
    }
    case "business": {
      const statuses = [...new Set(dashboard.business.flatMap((point) => Object.keys(point.workflowExecutions)))].sort();
      return {
        columns: [
          "day",
          "reports_completed",
          "reports_failed",
          "median_report_seconds",
          "llm_tokens",
          "llm_cost_usd",
          "companies_tracked",
          "apollo_rows_synced",
          "active_workspaces",
          ...statuses.map((status) => `workflow_runs_${status.toLowerCase()}`),
        ],
        rows: dashboard.business.map((point) => [
          point.day,
          point.reportsCompleted,
          point.reportsFailed,
          point.medianReportSeconds,
          point.llmTokens,
          point.llmCostUsd,
          point.companiesTracked,
          point.apolloRowsSynced,
          point.activeWorkspaces,
          ...statuses.map((status) => point.workflowExecutions[status] ?? 0),
        ]),
      };
    }
  }
}
