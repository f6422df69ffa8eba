import { api, apiNamespace, job, type Spec } from "@wasp.sh/spec";
import { recordPageView } from "./pageViews/recordPageViewApi" with { type: "ref" };
import { analyticsApiMiddleware } from "./pageViews/pageViewMiddleware" with { type: "ref" };
import { closeYesterdaysStats, refreshTodaysStats } from "./stats/statsJobs" with { type: "ref" };

export const analyticsSpec: Spec = [
  apiNamespace("/api/analytics", { middlewareConfigFn: analyticsApiMiddleware }),
  // Cookieless page views from the web client (src/analytics/pageViews/reportPageView.ts).
  api("POST", "/api/analytics/page-views", recordPageView, { auth: false, entities: [] }),
  // Every day at 00:05 UTC: close yesterday's DailyStats and DailyBusinessMetrics (and any day
  // missed while the server was down), then prune raw page views past PAGE_VIEW_RETENTION_DAYS.
  job(closeYesterdaysStats, { executor: "PgBoss", entities: [], schedule: { cron: "5 0 * * *" } }),
  // Every 15 minutes: today's figures so far.
  job(refreshTodaysStats, { executor: "PgBoss", entities: [], schedule: { cron: "*/15 * * * *" } }),
];
