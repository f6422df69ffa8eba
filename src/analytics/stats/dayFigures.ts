import type { Sql } from "../../server/db/sql";

/** The currency revenue is counted in (the plans' prices are in it). */
export const BILLING_CURRENCY = "usd";

export type AccountFigures = {
  totalUsers: number;
  newSignups: number;
  payingWorkspaces: number;
  churnedSubscriptions: number;
  revenueMinor: number;
  refundsMinor: number;
};

export type BusinessFigures = {
  reportsCompleted: number;
  reportsFailed: number;
  medianReportSeconds: number | null;
  llmPromptTokens: number;
  llmCompletionTokens: number;
  llmCostUsd: number;
  companiesTracked: number;
  apolloRowsSynced: number;
  workflowExecutions: Record<string, number>;
  activeWorkspaces: number;
};

// $1 is the day; each figure counts rows of [$1, $1 + 1) or, for totals, everything before its end.
const inDay = (column: string) => `"${column}" >= $1::date AND "${column}" < $1::date + 1`;

/**
 * Users, subscriptions and money of one UTC day. A workspace is paying at the
 * day's end while it has a subscription begun by then that is not cancelled by
 * then, never-paid (incomplete, trialing) and on-hold (unpaid, paused) ones
 * left out; a subscription churns on the day it is cancelled. Revenue is the
 * day's payments in the ledger, refunds what it paid back (both positive).
 */
export async function accountFiguresOf(sql: Sql, day: string): Promise<AccountFigures> {
  const [row] = await sql<AccountFigures>(
    `SELECT
       (SELECT count(*) FROM "User" WHERE "createdAt" < $1::date + 1)::int AS "totalUsers",
       (SELECT count(*) FROM "User" WHERE ${inDay("createdAt")})::int AS "newSignups",
       (SELECT count(DISTINCT "workspaceId") FROM "BillingSubscription"
         WHERE "createdAt" < $1::date + 1
           AND status NOT IN ('INCOMPLETE', 'INCOMPLETE_EXPIRED', 'TRIALING', 'UNPAID', 'PAUSED')
           AND NOT (status = 'CANCELED' AND coalesce("canceledAt", "stateAsOf") < $1::date + 1))::int AS "payingWorkspaces",
       (SELECT count(*) FROM "BillingSubscription" WHERE status = 'CANCELED' AND ${inDay("canceledAt")})::int AS "churnedSubscriptions",
       (SELECT coalesce(sum("amountMinor"), 0) FROM "BillingLedgerEntry"
         WHERE "amountMinor" > 0 AND currency = $2 AND ${inDay("createdAt")})::int AS "revenueMinor",
       (SELECT coalesce(-sum("amountMinor"), 0) FROM "BillingLedgerEntry"
         WHERE "amountMinor" < 0 AND currency = $2 AND ${inDay("createdAt")})::int AS "refundsMinor"`,
    [day, BILLING_CURRENCY],
  );
  return row;
}

/**
 * What the product did on one UTC day: reports that ended (LLM usage counted
 * with them, failed ones too), the median time from request to completion,
 * companies tracked at its end (archived ones left out), Apollo rows added or
 * updated by syncs that finished, workflow runs started, by status, and the
 * workspaces that started anything.
 */
export async function businessFiguresOf(sql: Sql, day: string): Promise<BusinessFigures> {
  const endedReports = `(status = 'COMPLETED' AND ${inDay("completedAt")}) OR (status = 'FAILED' AND ${inDay("failedAt")})`;
  const [row] = await sql<BusinessFigures>(
    `SELECT
       (SELECT count(*) FROM "MarketReport" WHERE status = 'COMPLETED' AND ${inDay("completedAt")})::int AS "reportsCompleted",
       (SELECT count(*) FROM "MarketReport" WHERE status = 'FAILED' AND ${inDay("failedAt")})::int AS "reportsFailed",
       (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "completedAt" - "createdAt"))
          FROM "MarketReport" WHERE status = 'COMPLETED' AND ${inDay("completedAt")})::float8 AS "medianReportSeconds",
       (SELECT coalesce(sum("promptTokens"), 0) FROM "MarketReport" WHERE ${endedReports})::int AS "llmPromptTokens",
       (SELECT coalesce(sum("completionTokens"), 0) FROM "MarketReport" WHERE ${endedReports})::int AS "llmCompletionTokens",
       (SELECT coalesce(sum("costUsd"), 0) FROM "MarketReport" WHERE ${endedReports})::float8 AS "llmCostUsd",
       (SELECT count(*) FROM "Company" WHERE "createdAt" < $1::date + 1 AND ("archivedAt" IS NULL OR "archivedAt" >= $1::date + 1))::int AS "companiesTracked",
       (SELECT coalesce(sum("rowsAdded" + "rowsUpdated"), 0) FROM "ApolloListSync" WHERE ${inDay("finishedAt")})::int AS "apolloRowsSynced",
       (SELECT coalesce(jsonb_object_agg(status, runs), '{}'::jsonb)
          FROM (SELECT status, count(*)::int AS runs FROM "WorkflowExecution" WHERE ${inDay("createdAt")} GROUP BY status) AS by_status) AS "workflowExecutions",
       (SELECT count(DISTINCT "workspaceId") FROM (
          SELECT "workspaceId" FROM "MarketReport" WHERE ${inDay("createdAt")}
          UNION ALL SELECT "workspaceId" FROM "Company" WHERE ${inDay("createdAt")}
          UNION ALL SELECT "workspaceId" FROM "CompanyImport" WHERE ${inDay("createdAt")}
          UNION ALL SELECT "workspaceId" FROM "ApolloListSync" WHERE ${inDay("createdAt")}
          UNION ALL SELECT "workspaceId" FROM "WorkflowExecution" WHERE ${inDay("createdAt")}
        ) AS started)::int AS "activeWorkspaces"`,
    [day],
  );
  return row;
}
