import type { Sql } from "../../server/db/sql";
import { dailyStatsFigures } from "../../analytics/stats/dailyStatsRow";
import { addDays } from "../../analytics/stats/statsDays";
import { dashboardOf, type AdminDashboard, type BusinessRow, type DataPresence, type SourceRow, type StatsRow } from "./dashboardSeries";

const statsColumns = ["day", "updatedAt", "closedAt", ...dailyStatsFigures.flatMap((figure) => [figure, `${figure}Change`])];

/** The dashboard's queries: each reads one table's rows of the range by its primary key, or asks whether a feature has data. */
export const dashboardQueries = {
  stats: `SELECT ${statsColumns.map((column) => (column === "day" ? `to_char(day, 'YYYY-MM-DD') AS day` : `"${column}"`)).join(", ")}
          FROM "DailyStats" WHERE day BETWEEN $1::date AND $2::date ORDER BY day`,
  business: `SELECT to_char(day, 'YYYY-MM-DD') AS day, "reportsCompleted", "reportsFailed", "medianReportSeconds", "llmPromptTokens", "llmCompletionTokens",
               "llmCostUsd", "companiesTracked", "apolloRowsSynced", "workflowExecutions", "activeWorkspaces"
             FROM "DailyBusinessMetrics" WHERE day BETWEEN $1::date AND $2::date ORDER BY day`,
  sources: `SELECT to_char(day, 'YYYY-MM-DD') AS day, source, views, visitors FROM "PageViewSource" WHERE day BETWEEN $1::date AND $2::date`,
  presence: `SELECT EXISTS (SELECT 1 FROM "BillingLedgerEntry" WHERE "amountMinor" IS NOT NULL) AS payments,
                    EXISTS (SELECT 1 FROM "PageViewSource") OR EXISTS (SELECT 1 FROM "PageViewEvent") AS "pageViews",
                    EXISTS (SELECT 1 FROM "MarketReport") AS reports,
                    EXISTS (SELECT 1 FROM "ApolloListSync") AS apollo,
                    EXISTS (SELECT 1 FROM "WorkflowExecution") AS workflows`,
} as const;

export async function loadDashboard(sql: Sql, today: string, days: number): Promise<AdminDashboard> {
  const range = [addDays(today, -(days - 1)), today];
  const [stats, business, sources, [presence]] = await Promise.all([
    sql<StatsRow>(dashboardQueries.stats, range),
    sql<BusinessRow>(dashboardQueries.business, range),
    sql<SourceRow>(dashboardQueries.sources, range),
    sql<DataPresence>(dashboardQueries.presence),
  ]);
  return dashboardOf({ today, days, stats, business, sources, presence });
}
