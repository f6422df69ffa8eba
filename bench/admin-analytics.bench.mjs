// Admin analytics at scale (issue 17): 2 years of daily stats, 1,000,000 raw page views (the 30 days
// kept before pruning) and 100,000 users. Measured: the roll-up (a month of missed days, then one
// ordinary day), the dashboard's queries through the server beside the same SQL run directly through
// `pg`, and the page-view api under a steady open-loop load. Targets: dashboard queries together
// under 100 ms, the daily roll-up under 30 s, page views at 1,000/s with p99 under 50 ms.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { callOperation, createBenchUser, database, logLineCount, serverResponseTimes, serverUrl } from "./lib/benchServer.mjs";
import { recordResults } from "./lib/results.mjs";
import { percentile, round } from "./lib/statistics.mjs";
import { sendAtRate } from "./lib/openLoop.mjs";
import { dashboardQueries } from "../src/admin/dashboard/dashboardQueries.ts";

const USERS = 100_000;
const PAGE_VIEWS = 1_000_000;
const RETAINED_DAYS = 30;
const HISTORY_DAYS = 730;
const DASHBOARD_CALLS = 30;
const VIEW_RATE_PER_S = 1_000;
const VIEW_SECONDS = 10;
const logPath = process.env.BENCH_SERVER_LOG;

const pool = database();
const admin = await createBenchUser(pool, "analytics-admin");
await pool.query(`UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [admin.userId]);

console.log(`seeding ${USERS.toLocaleString()} users, ${PAGE_VIEWS.toLocaleString()} page views and ${HISTORY_DAYS} days of stats…`);
const today = (await pool.query(`SELECT to_char((now() AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day`)).rows[0].day;
await pool.query(
  `INSERT INTO "User" (id, email, "createdAt", "updatedAt", "lastActiveAt")
   SELECT gen_random_uuid(), 'bench-user-' || n || '@bench.test', (now() AT TIME ZONE 'UTC') - ((n % ${HISTORY_DAYS}) || ' days')::interval - ((n % 86400) || ' seconds')::interval,
          (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC') - ((n % 90) || ' days')::interval
   FROM generate_series(1, ${USERS}) AS n`,
);
await pool.query(
  `INSERT INTO "PageViewEvent" (id, day, path, source, "visitorHash", "createdAt")
   SELECT gen_random_uuid(), $1::date - (n % ${RETAINED_DAYS}), '/page-' || (n % 40),
          (ARRAY['direct', 'google.com', 'news.ycombinator.com', 'linkedin.com', 'newsletter', 'g2.com'])[1 + n % 6],
          md5((n % 150000)::text), ($1::date - (n % ${RETAINED_DAYS}))::timestamp + ((n % 86000) || ' seconds')::interval
   FROM generate_series(1, ${PAGE_VIEWS}) AS n`,
  [today],
);
// Two years closed before the retained month, as the roll-up leaves them.
await pool.query(
  `INSERT INTO "DailyStats" (day, "updatedAt", "closedAt", "totalUsers", "newSignups", "payingWorkspaces", "churnedSubscriptions", "revenueMinor", "refundsMinor", "pageViews", visitors,
     "totalUsersChange", "newSignupsChange", "payingWorkspacesChange", "churnedSubscriptionsChange", "revenueMinorChange", "refundsMinorChange", "pageViewsChange", "visitorsChange")
   SELECT $1::date - n, now(), now(), ${USERS} - n * 130, 130, 400, 2, 980000, 4900, 33000 + n, 9000, 130, 0, 1, 0, 100, 0, 10, 5
   FROM generate_series(${RETAINED_DAYS + 1}, ${RETAINED_DAYS + HISTORY_DAYS}) AS n`,
  [today],
);
await pool.query(
  `INSERT INTO "DailyBusinessMetrics" (day, "updatedAt", "closedAt", "reportsCompleted", "reportsFailed", "medianReportSeconds", "llmPromptTokens", "llmCompletionTokens", "llmCostUsd",
     "companiesTracked", "apolloRowsSynced", "workflowExecutions", "activeWorkspaces")
   SELECT $1::date - n, now(), now(), 40, 2, 95.5, 800000, 120000, 3.2, 25000, 12000, '{"SUCCEEDED": 30, "FAILED": 1}', 300
   FROM generate_series(${RETAINED_DAYS + 1}, ${RETAINED_DAYS + HISTORY_DAYS}) AS n`,
  [today],
);
await pool.query(
  `INSERT INTO "PageViewSource" (day, source, views, visitors)
   SELECT $1::date - n, source, 5500, 1500
   FROM generate_series(${RETAINED_DAYS + 1}, ${RETAINED_DAYS + HISTORY_DAYS}) AS n, unnest(ARRAY['direct', 'google.com', 'news.ycombinator.com', 'linkedin.com', 'newsletter', 'g2.com']) AS source`,
  [today],
);
await pool.query(`VACUUM ANALYZE "User", "PageViewEvent", "DailyStats", "DailyBusinessMetrics", "PageViewSource"`);

// The roll-up: first the month the server "missed" (every retained day, then today), then one ordinary day.
let started = performance.now();
const catchUp = await callOperation("refresh-admin-stats", undefined, admin.sessionId);
const catchUpMs = performance.now() - started;
if (catchUp.closedDays.length !== RETAINED_DAYS) throw new Error(`the catch-up closed ${catchUp.closedDays.length} days, not ${RETAINED_DAYS}`);
const yesterday = catchUp.closedDays.at(-1);
await pool.query(`UPDATE "DailyStats" SET "closedAt" = NULL WHERE day = $1::date`, [yesterday]);
started = performance.now();
const daily = await callOperation("refresh-admin-stats", undefined, admin.sessionId);
const dailyMs = performance.now() - started;
if (daily.closedDays.length !== 1) throw new Error(`the daily roll-up closed ${daily.closedDays.length} days, not 1`);
const [{ events: yesterdayEvents }] = (await pool.query(`SELECT count(*)::int AS events FROM "PageViewEvent" WHERE day = $1::date`, [yesterday])).rows;
const [{ views: rolledUpViews }] = (await pool.query(`SELECT "pageViews" AS views FROM "DailyStats" WHERE day = $1::date`, [yesterday])).rows;
if (rolledUpViews !== yesterdayEvents) throw new Error(`yesterday rolled up to ${rolledUpViews} views, not its ${yesterdayEvents} events`);

// The dashboard over 90 days through the server, and each of its queries straight through pg.
for (let warm = 0; warm < 5; warm += 1) await callOperation("get-admin-dashboard", { days: 90 }, admin.sessionId);
const fromLine = logLineCount(logPath);
const roundTrips = [];
for (let call = 0; call < DASHBOARD_CALLS; call += 1) {
  const sent = performance.now();
  await callOperation("get-admin-dashboard", { days: 90 }, admin.sessionId);
  roundTrips.push(performance.now() - sent);
}
const serverTimes = serverResponseTimes(logPath, "/operations/get-admin-dashboard", fromLine);
const rangeStart = (await pool.query(`SELECT to_char($1::date - 89, 'YYYY-MM-DD') AS day`, [today])).rows[0].day;
const direct = {};
for (const [name, text] of Object.entries(dashboardQueries)) {
  const params = name === "presence" ? [] : [rangeStart, today];
  const samples = [];
  for (let run = 0; run < DASHBOARD_CALLS + 5; run += 1) {
    const sent = performance.now();
    await pool.query(text, params);
    if (run >= 5) samples.push(performance.now() - sent);
  }
  direct[name] = percentile(samples, 50);
}
const directTotalMs = Object.values(direct).reduce((sum, ms) => sum + ms, 0);

// The users table's first page and a search, over 100,000 users (server time).
const usersFrom = logLineCount(logPath);
for (let call = 0; call < 10; call += 1) {
  await callOperation("get-admin-users", { page: 1 + call, pageSize: 25 }, admin.sessionId);
  await callOperation("get-admin-users", { search: `user-${call}42`, sort: "email", direction: "asc" }, admin.sessionId);
}
const usersTimes = serverResponseTimes(logPath, "/operations/get-admin-users", usersFrom);

// The page-view api: a steady 1,000 a second for 10 s after a 2 s warm-up at that rate, each from its own
// address (so the per-IP cap never applies), open loop: latency counts from when each view was due.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const run = randomUUID().slice(0, 8);
function reportView(index) {
  const body = JSON.stringify({ path: `/bench-pv-${run}/${index % 20}`, referrer: index % 3 === 0 ? "https://www.google.com/" : undefined });
  const ip = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  return new Promise((resolve, reject) => {
    const request = http.request(`${serverUrl}/api/analytics/page-views`, {
      method: "POST",
      agent,
      timeout: 30_000,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-forwarded-for": ip, "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" },
    }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
    });
    request.on("timeout", () => request.destroy(new Error("no answer within 30 s")));
    request.on("error", reject);
    request.end(body);
  });
}
const viewsAtRate = (count, rate, offset) => sendAtRate({ count, rate, send: (index) => reportView(offset + index) });
// Warm-up at the full rate for 2 s (sockets opened, code optimised, the pool's connections made): steady state is measured.
const WARM_UP_VIEWS = 2 * VIEW_RATE_PER_S;
await viewsAtRate(WARM_UP_VIEWS, VIEW_RATE_PER_S, 1_000_000);
const views = await viewsAtRate(VIEW_RATE_PER_S * VIEW_SECONDS, VIEW_RATE_PER_S, 0);
const [{ stored }] = (await pool.query(`SELECT count(*)::int AS stored FROM "PageViewEvent" WHERE path LIKE $1`, [`/bench-pv-${run}/%`])).rows;
const accepted = views.statuses.get(204) ?? 0;
const warmUpStored = WARM_UP_VIEWS;

const dashboardServerP50 = percentile(serverTimes, 50);
const figures = {
  users: USERS,
  raw_page_views: PAGE_VIEWS,
  stats_days: HISTORY_DAYS + RETAINED_DAYS + 1,
  rollup_catch_up_30_days_s: round(catchUpMs / 1000, 2),
  rollup_daily_s: round(dailyMs / 1000, 2),
  rollup_daily_events: yesterdayEvents,
  dashboard_90d_server_p50_ms: round(dashboardServerP50, 2),
  dashboard_90d_server_p95_ms: round(percentile(serverTimes, 95), 2),
  dashboard_90d_round_trip_p50_ms: round(percentile(roundTrips, 50), 2),
  dashboard_direct_pg_stats_ms: round(direct.stats, 2),
  dashboard_direct_pg_business_ms: round(direct.business, 2),
  dashboard_direct_pg_sources_ms: round(direct.sources, 2),
  dashboard_direct_pg_presence_ms: round(direct.presence, 2),
  dashboard_direct_pg_total_ms: round(directTotalMs, 2),
  ratio_vs_direct_pg: round(dashboardServerP50 / directTotalMs, 2),
  admin_users_page_server_p50_ms: round(percentile(usersTimes, 50), 2),
  admin_users_page_server_p95_ms: round(percentile(usersTimes, 95), 2),
  page_views_sent: views.latencies.length,
  page_views_rate_per_s: round(views.ratePerS, 1),
  page_views_p50_ms: round(percentile(views.latencies, 50), 2),
  page_views_p99_ms: round(percentile(views.latencies, 99), 2),
  page_views_slowest_ms_per_second: views.slowestPerSecond.map((ms) => Math.round(ms)).join(" "),
  page_views_stored: stored - warmUpStored,
  page_views_non_204: views.latencies.length - accepted,
  target_dashboard_under_100_ms: dashboardServerP50 < 100,
  target_daily_rollup_under_30_s: dailyMs < 30_000,
  target_page_views_1000_per_s_p99_under_50_ms: views.ratePerS >= 950 && percentile(views.latencies, 99) < 50,
};
recordResults("admin-analytics", figures);
await pool.end();
if (stored - warmUpStored !== accepted || accepted !== views.latencies.length) {
  console.error(`page views: ${accepted} accepted, ${stored - warmUpStored} stored, of ${views.latencies.length} sent`);
  process.exit(1);
}
