import type pg from "pg";
import { inPgTransaction, type Sql } from "../../server/db/sql";
import { dailyStatsFigures, dailyStatsRowOf, type DailyStatsFigures } from "./dailyStatsRow";
import { accountFiguresOf, businessFiguresOf } from "./dayFigures";
import { replaceTraffic, rollUpRawTraffic, type DayTraffic } from "./dayTraffic";
import { addDays } from "./statsDays";

export type RollUpOptions = {
  /** The day is over: mark its rows closed. */
  close: boolean;
  /** The day's traffic as Plausible counted it, used instead of the raw page views. */
  externalTraffic?: DayTraffic;
};

const statsColumns = dailyStatsFigures.flatMap((figure) => [figure, `${figure}Change`]);

/**
 * Computes one UTC day's DailyStats, DailyBusinessMetrics and PageViewSource
 * rows from the data and writes them in one transaction, under a lock on the
 * day so two roll-ups of it cannot interleave. Running it again for the same
 * day and data writes the same numbers.
 */
export async function rollUpDay(pool: pg.Pool, day: string, options: RollUpOptions): Promise<void> {
  await inPgTransaction(pool, async (sql) => {
    await sql(`SELECT pg_advisory_xact_lock(hashtext('stats-day:' || $1::text))`, [day]);
    const traffic = await trafficOfDay(sql, day, options);
    const [account, business, previous] = await Promise.all([accountFiguresOf(sql, day), businessFiguresOf(sql, day), statsOfDay(sql, addDays(day, -1))]);
    const row = dailyStatsRowOf(account, traffic, previous);
    const values = statsColumns.map((column) => row[column as keyof typeof row]);
    await sql(
      `INSERT INTO "DailyStats" (day, "updatedAt", "closedAt", ${statsColumns.map((column) => `"${column}"`).join(", ")})
       VALUES ($1::date, (now() AT TIME ZONE 'UTC'), CASE WHEN $2::boolean THEN (now() AT TIME ZONE 'UTC') END, ${statsColumns.map((_, index) => `$${index + 3}`).join(", ")})
       ON CONFLICT (day) DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt", "closedAt" = coalesce("DailyStats"."closedAt", EXCLUDED."closedAt"),
         ${statsColumns.map((column) => `"${column}" = EXCLUDED."${column}"`).join(", ")}`,
      [day, options.close, ...values],
    );
    await sql(
      `INSERT INTO "DailyBusinessMetrics" (day, "updatedAt", "closedAt", "reportsCompleted", "reportsFailed", "medianReportSeconds", "llmPromptTokens",
         "llmCompletionTokens", "llmCostUsd", "companiesTracked", "apolloRowsSynced", "workflowExecutions", "activeWorkspaces")
       VALUES ($1::date, (now() AT TIME ZONE 'UTC'), CASE WHEN $2::boolean THEN (now() AT TIME ZONE 'UTC') END, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12)
       ON CONFLICT (day) DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt", "closedAt" = coalesce("DailyBusinessMetrics"."closedAt", EXCLUDED."closedAt"),
         "reportsCompleted" = EXCLUDED."reportsCompleted", "reportsFailed" = EXCLUDED."reportsFailed", "medianReportSeconds" = EXCLUDED."medianReportSeconds",
         "llmPromptTokens" = EXCLUDED."llmPromptTokens", "llmCompletionTokens" = EXCLUDED."llmCompletionTokens", "llmCostUsd" = EXCLUDED."llmCostUsd",
         "companiesTracked" = EXCLUDED."companiesTracked", "apolloRowsSynced" = EXCLUDED."apolloRowsSynced",
         "workflowExecutions" = EXCLUDED."workflowExecutions", "activeWorkspaces" = EXCLUDED."activeWorkspaces"`,
      [
        day,
        options.close,
        business.reportsCompleted,
        business.reportsFailed,
        business.medianReportSeconds,
        business.llmPromptTokens,
        business.llmCompletionTokens,
        business.llmCostUsd,
        business.companiesTracked,
        business.apolloRowsSynced,
        JSON.stringify(business.workflowExecutions),
        business.activeWorkspaces,
      ],
    );
  });
}

async function trafficOfDay(sql: Sql, day: string, options: RollUpOptions): Promise<{ pageViews: number; visitors: number }> {
  if (options.externalTraffic) {
    await replaceTraffic(sql, day, options.externalTraffic);
    return options.externalTraffic;
  }
  const rolledUp = await rollUpRawTraffic(sql, day);
  if (rolledUp) return rolledUp;
  // Pruned: what the day was rolled up to before.
  const kept = await statsOfDay(sql, day);
  if (kept) return kept;
  const [fromSources] = await sql<{ pageViews: number; visitors: number }>(
    `SELECT coalesce(sum(views), 0)::int AS "pageViews", coalesce(sum(visitors), 0)::int AS visitors FROM "PageViewSource" WHERE day = $1::date`,
    [day],
  );
  return fromSources;
}

async function statsOfDay(sql: Sql, day: string): Promise<DailyStatsFigures | null> {
  const [row] = await sql<DailyStatsFigures>(
    `SELECT ${dailyStatsFigures.map((figure) => `"${figure}"`).join(", ")} FROM "DailyStats" WHERE day = $1::date`,
    [day],
  );
  return row ?? null;
}
