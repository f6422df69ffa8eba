// Written out (not derived from dailyStatsFigures) so the benchmark can run these statements as they are.
const figures = ["totalUsers", "newSignups", "payingWorkspaces", "churnedSubscriptions", "revenueMinor", "refundsMinor", "pageViews", "visitors"];
export const dashboardStatsColumns = ["day", "updatedAt", "closedAt", ...figures.flatMap((figure) => [figure, `${figure}Change`])];

/** The dashboard's queries: each reads one table's rows of the range by its primary key, or asks whether a feature has data. */
export const dashboardQueries = {
  stats: `SELECT ${dashboardStatsColumns.map((column) => (column === "day" ? `to_char(day, 'YYYY-MM-DD') AS day` : `"${column}"`)).join(", ")}
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
