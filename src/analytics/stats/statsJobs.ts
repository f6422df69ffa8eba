import { env } from "wasp/server";
import type { CloseYesterdaysStats, RefreshTodaysStats } from "wasp/server/jobs";
import { hotPathPool, pooledSql } from "../../server/db/sql";
import { logger } from "../../server/logging/logger";
import { pruneRawPageViews } from "./dayTraffic";
import { externalTrafficOf } from "./externalTraffic";
import { rollUpDay } from "./rollUpDay";
import { addDays, daysToClose, statsJobArgs, utcDayOf, type StatsJobArgs } from "./statsDays";

// A server down for longer is caught up for this many of the most recent days.
const MAX_CATCH_UP_DAYS = 400;

const pool = hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (stats roll-up)"));
const sql = pooledSql(pool);

function todayOf(rawArgs: unknown, job: string): string {
  const parsed = statsJobArgs.safeParse(rawArgs ?? {});
  // A job has no caller to answer 400 to: refuse loudly and change nothing.
  if (!parsed.success) throw new Error(`${job} got invalid arguments: ${parsed.error.message}`);
  return parsed.data.today ?? utcDayOf(new Date());
}

const retainedFromDay = (today: string) => addDays(today, -env.PAGE_VIEW_RETENTION_DAYS);

/** Closes every day before today not closed yet (yesterday, and any the server missed), oldest first. */
async function closeDaysBefore(today: string): Promise<string[]> {
  const [{ lastClosedDay, firstDataDay }] = await sql<{ lastClosedDay: string | null; firstDataDay: string | null }>(
    `SELECT (SELECT to_char(max(day), 'YYYY-MM-DD') FROM "DailyStats" WHERE "closedAt" IS NOT NULL AND day < $1::date) AS "lastClosedDay",
            (SELECT to_char(min("createdAt"), 'YYYY-MM-DD') FROM "User") AS "firstDataDay"`,
    [today],
  );
  const days = daysToClose({ today, lastClosedDay, firstDataDay, maxDays: MAX_CATCH_UP_DAYS });
  for (const day of days) {
    await rollUpDay(pool, day, { close: true, externalTraffic: await externalTrafficOf(day) });
  }
  return days;
}

/**
 * pg-boss job, every day at 00:05 UTC: closes yesterday (and any day missed
 * while the server was down), then prunes raw page views past their retention.
 */
export const closeYesterdaysStats: CloseYesterdaysStats<StatsJobArgs, { closedDays: string[]; prunedPageViews: number }> = async (rawArgs) => {
  const today = todayOf(rawArgs, "closeYesterdaysStats");
  const closedDays = await closeDaysBefore(today);
  const prunedPageViews = await pruneRawPageViews(sql, retainedFromDay(today));
  logger.info({ job: "closeYesterdaysStats", today, closedDays: closedDays.length, prunedPageViews }, "closed daily stats");
  return { closedDays, prunedPageViews };
};

/** Today's figures so far, after closing any day left open: the intraday job, and an admin's "refresh now". */
export async function refreshStatsOf(today: string): Promise<{ closedDays: string[]; refreshedDay: string }> {
  const closedDays = await closeDaysBefore(today);
  await rollUpDay(pool, today, { close: false, externalTraffic: await externalTrafficOf(today) });
  return { closedDays, refreshedDay: today };
}

/** pg-boss job, every 15 minutes: today's figures so far. */
export const refreshTodaysStats: RefreshTodaysStats<StatsJobArgs, { closedDays: string[]; refreshedDay: string }> = async (rawArgs) =>
  refreshStatsOf(todayOf(rawArgs, "refreshTodaysStats"));
