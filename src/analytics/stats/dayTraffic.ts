import type { Sql } from "../../server/db/sql";

export type SourceTraffic = { source: string; views: number; visitors: number };
/** A day's page views and visitors, in all and by source. */
export type DayTraffic = { pageViews: number; visitors: number; sources: SourceTraffic[] };

// The day before which raw page views have been pruned (a YYYY-MM-DD string); it only moves forward.
const PRUNED_BEFORE_KEY = "analytics.pageViewsPrunedBefore";

/**
 * Rolls the day's raw page views up into PageViewSource and returns the
 * day's figures. A day whose raw events were pruned keeps what was rolled
 * up before: null.
 */
export async function rollUpRawTraffic(sql: Sql, day: string): Promise<Omit<DayTraffic, "sources"> | null> {
  const [{ pruned }] = await sql<{ pruned: boolean }>(
    `SELECT coalesce((SELECT value #>> '{}' FROM "SystemConfig" WHERE key = $2) > $1::text, false) AS pruned`,
    [day, PRUNED_BEFORE_KEY],
  );
  if (pruned) return null;
  const [totals] = await sql<{ pageViews: number; visitors: number }>(
    `SELECT count(*)::int AS "pageViews", count(DISTINCT "visitorHash")::int AS visitors FROM "PageViewEvent" WHERE day = $1::date`,
    [day],
  );
  await sql(`DELETE FROM "PageViewSource" WHERE day = $1::date`, [day]);
  await sql(
    `INSERT INTO "PageViewSource" (day, source, views, visitors)
     SELECT $1::date, source, count(*)::int, count(DISTINCT "visitorHash")::int FROM "PageViewEvent" WHERE day = $1::date GROUP BY source`,
    [day],
  );
  return totals;
}

/** Writes a day's traffic as another source (Plausible) counted it. */
export async function replaceTraffic(sql: Sql, day: string, traffic: DayTraffic): Promise<void> {
  await sql(`DELETE FROM "PageViewSource" WHERE day = $1::date`, [day]);
  if (traffic.sources.length === 0) return;
  await sql(
    `INSERT INTO "PageViewSource" (day, source, views, visitors)
     SELECT $1::date, source, views, visitors FROM unnest($2::text[], $3::int[], $4::int[]) AS t(source, views, visitors)`,
    [day, traffic.sources.map((row) => row.source), traffic.sources.map((row) => row.views), traffic.sources.map((row) => row.visitors)],
  );
}

/**
 * Deletes raw page views of the days before `beforeDay` (all rolled up by
 * then) and, in the same statement, records that those days are pruned, so
 * rolling one up again keeps its figures instead of counting zero.
 */
export async function pruneRawPageViews(sql: Sql, beforeDay: string): Promise<number> {
  const rows = await sql<{ n: number }>(
    `WITH marker AS (
       INSERT INTO "SystemConfig" (key, value, "updatedAt") VALUES ($2, to_jsonb($1::text), (now() AT TIME ZONE 'UTC'))
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = EXCLUDED."updatedAt"
         WHERE ("SystemConfig".value #>> '{}') < ($1::text)
     ), gone AS (DELETE FROM "PageViewEvent" WHERE day < $1::date RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [beforeDay, PRUNED_BEFORE_KEY],
  );
  return rows[0].n;
}
