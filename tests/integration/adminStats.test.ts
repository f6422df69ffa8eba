import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rollUpDay } from "../../src/analytics/stats/rollUpDay";
import { plausibleTrafficOf } from "../../src/analytics/plausible/plausibleClient";
import { startPlausibleStandIn } from "../stand-ins/plausible/plausibleStandIn";
import { queryRows, testDatabase } from "./support/database";
import { callOperation, getText, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";

/**
 * The stats roll-ups (closeYesterdaysStats, refreshTodaysStats) on hand-made
 * data with known answers, on days in 1999 that no other test writes to, and
 * the admin dashboard and its CSV on today's figures.
 */
const D1 = "1999-03-01";
const D2 = "1999-03-02"; // nothing happens
const D3 = "1999-03-03";
const D4 = "1999-03-04";
const marker = `stats-${randomUUID().slice(0, 8)}`;
const at = (day: string, time: string) => `${day} ${time}`;
const boss = useJobQueue();

const insert = (table: string, row: Record<string, unknown>) => {
  const columns = Object.keys(row);
  return queryRows(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`, Object.values(row));
};
const ids = { users: [] as string[], workspaces: [] as string[] };

async function user(createdAt: string) {
  const id = randomUUID();
  ids.users.push(id);
  await insert("User", { id, email: `${marker}-${ids.users.length}@example.test`, createdAt, updatedAt: createdAt, lastActiveAt: createdAt });
}
async function workspace() {
  const id = randomUUID();
  ids.workspaces.push(id);
  await insert("Workspace", { id, name: marker, createdAt: at(D1, "00:00:00"), updatedAt: at(D1, "00:00:00") });
  return id;
}
const subscription = (workspaceId: string, createdAt: string, status: string, canceledAt: string | null = null) =>
  insert("BillingSubscription", {
    id: randomUUID(), workspaceId, createdAt, updatedAt: createdAt, providerSubscriptionId: `sub_${randomUUID()}`, providerCustomerId: `cus_${marker}`,
    plan: "PRO", interval: "MONTH", priceId: "price_pro_monthly", status, canceledAt, stateAsOf: canceledAt ?? createdAt,
  });
const ledger = (workspaceId: string, createdAt: string, kind: string, amountMinor: number | null, currency: string | null) =>
  insert("BillingLedgerEntry", { id: randomUUID(), workspaceId, createdAt, kind, amountMinor, currency, description: marker, dedupeKey: `${marker}:${randomUUID()}` });
const report = (workspaceId: string, createdAt: string, ended: { completedAt?: string; failedAt?: string }, usage: { prompt: number; completion: number; cost: number }) =>
  insert("MarketReport", {
    id: randomUUID(), workspaceId, createdAt, updatedAt: ended.completedAt ?? ended.failedAt, title: marker, status: ended.completedAt ? "COMPLETED" : "FAILED",
    completedAt: ended.completedAt ?? null, failedAt: ended.failedAt ?? null, promptTokens: usage.prompt, completionTokens: usage.completion, costUsd: usage.cost,
  });
const company = (workspaceId: string, createdAt: string, archivedAt: string | null = null) =>
  insert("Company", { id: randomUUID(), workspaceId, createdAt, updatedAt: createdAt, name: marker, domain: `${randomUUID().slice(0, 8)}.example`, archivedAt });
const workflowRun = (workspaceId: string, createdAt: string, status: string) =>
  insert("WorkflowExecution", { id: randomUUID(), workspaceId, createdAt, updatedAt: createdAt, workflowKey: "market-research", status });
const pageView = (day: string, source: string, visitorHash: string) =>
  insert("PageViewEvent", { id: randomUUID(), day, path: "/", source, visitorHash, createdAt: at(day, "12:00:00") });

const statsOf = async (day: string) => (await queryRows(`SELECT * FROM "DailyStats" WHERE day = $1::date`, [day]))[0];
const businessOf = async (day: string) => (await queryRows(`SELECT * FROM "DailyBusinessMetrics" WHERE day = $1::date`, [day]))[0];
const sourcesOf = (day: string) => queryRows(`SELECT source, views, visitors FROM "PageViewSource" WHERE day = $1::date ORDER BY source`, [day]);
const deleteHistory = () =>
  Promise.all(["DailyStats", "DailyBusinessMetrics", "PageViewSource", "PageViewEvent"].map((table) => queryRows(`DELETE FROM "${table}" WHERE day < '2000-01-01'`)));

beforeAll(async () => {
  await deleteHistory();
  await user(at(D1, "10:00:00"));
  await user(at(D1, "23:59:59.999"));
  await user(at(D3, "00:00:00"));
  const [w1, w2] = [await workspace(), await workspace()];
  await subscription(w1, at(D1, "12:00:00"), "ACTIVE");
  await subscription(w2, at(D1, "13:00:00"), "CANCELED", at(D3, "09:00:00"));
  await subscription(w2, at(D3, "08:00:00"), "INCOMPLETE"); // never paid: not paying
  await ledger(w1, at(D1, "12:00:00"), "PAYMENT", 4900, "usd");
  await ledger(w2, at(D1, "13:00:00"), "PAYMENT", 1900, "usd");
  await ledger(w1, at(D1, "12:00:00"), "PLAN_CREDITS", null, null); // credits, no money
  await ledger(w2, at(D3, "10:00:00"), "REFUND", -1900, "usd");
  await ledger(w1, at(D3, "11:00:00"), "PAYMENT", 1000, "eur"); // not the billing currency
  // Three reports completed on D1 after 120 s, 360 s and 60 s: the median is 120 s. One fails on D3.
  await report(w1, at(D1, "10:00:00"), { completedAt: at(D1, "10:02:00") }, { prompt: 1000, completion: 200, cost: 0.05 });
  await report(w1, at(D1, "11:00:00"), { completedAt: at(D1, "11:06:00") }, { prompt: 500, completion: 100, cost: 0.02 });
  await report(w1, at(D1, "12:00:00"), { completedAt: at(D1, "12:01:00") }, { prompt: 0, completion: 0, cost: 0 });
  await report(w1, at(D3, "07:00:00"), { failedAt: at(D3, "07:05:00") }, { prompt: 300, completion: 0, cost: 0.01 });
  await company(w1, at(D1, "09:00:00"));
  await company(w1, at(D1, "09:30:00"), at(D3, "10:00:00"));
  await company(w2, at(D3, "10:00:00"));
  await workflowRun(w1, at(D3, "12:00:00"), "SUCCEEDED");
  await workflowRun(w1, at(D3, "12:30:00"), "FAILED");
  await workflowRun(w1, at(D3, "13:00:00"), "SUCCEEDED");
  // D1: visitor a views 2 pages direct and 1 from google, visitor b 1 direct. D3: visitor c twice.
  await pageView(D1, "direct", "visitor-a");
  await pageView(D1, "direct", "visitor-a");
  await pageView(D1, "google", "visitor-a");
  await pageView(D1, "direct", "visitor-b");
  await pageView(D3, "direct", "visitor-c");
  await pageView(D3, "direct", "visitor-c");
}, 60_000);

afterAll(async () => {
  await deleteHistory();
  await queryRows(`DELETE FROM "SystemConfig" WHERE key = 'analytics.pageViewsPrunedBefore' AND value #>> '{}' < '2000-01-01'`);
  await queryRows(`DELETE FROM "Workspace" WHERE id = ANY($1::text[])`, [ids.workspaces]);
  await queryRows(`DELETE FROM "BillingLedgerEntry" WHERE description = $1`, [marker]);
  await queryRows(`DELETE FROM "User" WHERE id = ANY($1::text[])`, [ids.users]);
});

describe("stats roll-ups on hand-made days", { timeout: 120_000 }, () => {
  it("closes each day with the figures the rows give, and each change from the day before", async () => {
    const job = await runJob(boss, "closeYesterdaysStats", { today: D4 });
    expect(job.state).toBe("completed");
    expect((job.output as { closedDays: string[] }).closedDays).toEqual(expect.arrayContaining([D1, D2, D3]));

    expect(await statsOf(D1)).toMatchObject({ totalUsers: 2, newSignups: 2, payingWorkspaces: 2, churnedSubscriptions: 0, revenueMinor: 6800, refundsMinor: 0, pageViews: 4, visitors: 2 });
    expect(await sourcesOf(D1)).toEqual([{ source: "direct", views: 3, visitors: 2 }, { source: "google", views: 1, visitors: 1 }]);
    const d1 = await businessOf(D1);
    expect(d1).toMatchObject({ reportsCompleted: 3, reportsFailed: 0, medianReportSeconds: 120, llmPromptTokens: 1500, llmCompletionTokens: 300, companiesTracked: 2, apolloRowsSynced: 0, workflowExecutions: {}, activeWorkspaces: 1 });
    expect(d1.llmCostUsd).toBeCloseTo(0.07, 10);

    // A day with no events: zeros, totals carried, and its changes from D1.
    expect(await statsOf(D2)).toMatchObject({
      totalUsers: 2, newSignups: 0, payingWorkspaces: 2, revenueMinor: 0, refundsMinor: 0, pageViews: 0, visitors: 0,
      totalUsersChange: 0, newSignupsChange: -2, payingWorkspacesChange: 0, revenueMinorChange: -6800, pageViewsChange: -4, visitorsChange: -2,
    });
    expect(await sourcesOf(D2)).toEqual([]);
    expect(await businessOf(D2)).toMatchObject({ reportsCompleted: 0, reportsFailed: 0, medianReportSeconds: null, llmCostUsd: 0, companiesTracked: 2, workflowExecutions: {}, activeWorkspaces: 0 });

    // A refund, a churned subscription, a payment in another currency (not counted), an archived company.
    expect(await statsOf(D3)).toMatchObject({
      totalUsers: 3, newSignups: 1, payingWorkspaces: 1, churnedSubscriptions: 1, revenueMinor: 0, refundsMinor: 1900, pageViews: 2, visitors: 1,
      totalUsersChange: 1, payingWorkspacesChange: -1, churnedSubscriptionsChange: 1, refundsMinorChange: 1900, pageViewsChange: 2, visitorsChange: 1,
    });
    const d3 = await businessOf(D3);
    expect(d3).toMatchObject({ reportsCompleted: 0, reportsFailed: 1, medianReportSeconds: null, llmPromptTokens: 300, companiesTracked: 2, workflowExecutions: { SUCCEEDED: 2, FAILED: 1 }, activeWorkspaces: 2 });
    for (const day of [D1, D2, D3]) expect((await statsOf(day)).closedAt, day).not.toBeNull();
    expect(await statsOf(D4)).toBeUndefined();
  });

  it("a re-run closes nothing new and a day rolled up again gives the same numbers", async () => {
    const before = await Promise.all([statsOf(D3), businessOf(D3), sourcesOf(D3)]);
    const rerun = await runJob(boss, "closeYesterdaysStats", { today: D4 });
    expect(rerun.output).toMatchObject({ closedDays: [] });
    const again = await runJob(boss, "refreshTodaysStats", { today: D3 });
    expect(again.state).toBe("completed");
    const after = await Promise.all([statsOf(D3), businessOf(D3), sourcesOf(D3)]);
    const figures = ({ updatedAt: _updated, ...row }: Record<string, unknown>) => row;
    expect(figures(after[0])).toEqual(figures(before[0]));
    expect(figures(after[1])).toEqual(figures(before[1]));
    expect(after[2]).toEqual(before[2]);
  });

  it("days missed while the server was down are closed by the next run, today left open", async () => {
    const job = await runJob(boss, "refreshTodaysStats", { today: "1999-03-06" });
    expect(job.output).toEqual({ closedDays: [D4, "1999-03-05"], refreshedDay: "1999-03-06" });
    expect((await statsOf(D4)).closedAt).not.toBeNull();
    expect((await statsOf("1999-03-05")).closedAt).not.toBeNull();
    expect(await statsOf("1999-03-06")).toMatchObject({ closedAt: null, totalUsers: 3, totalUsersChange: 0 });
  });

  it("prunes raw page views past retention and keeps the figures rolled up from them", async () => {
    const job = await runJob(boss, "closeYesterdaysStats", { today: "1999-04-10" });
    expect(job.state).toBe("completed");
    expect((job.output as { prunedPageViews: number }).prunedPageViews).toBeGreaterThanOrEqual(6);
    expect(await queryRows(`SELECT 1 FROM "PageViewEvent" WHERE day < '2000-01-01'`)).toEqual([]);
    await runJob(boss, "refreshTodaysStats", { today: D1 });
    expect(await statsOf(D1)).toMatchObject({ pageViews: 4, visitors: 2 });
    expect(await sourcesOf(D1)).toEqual([{ source: "direct", views: 3, visitors: 2 }, { source: "google", views: 1, visitors: 1 }]);
  });

  it("with Plausible configured, a day's traffic is Plausible's, not our own events'", async () => {
    const day = "1999-05-01";
    await pageView(day, "direct", "visitor-d");
    const standIn = await startPlausibleStandIn({
      apiKey: "plausible-key",
      siteId: "hyperformant.app",
      days: { [day]: { visitors: 7, sources: { "Direct / None": { visitors: 3, pageviews: 5 }, Google: { visitors: 4, pageviews: 6 } } } },
    });
    const pool = testDatabase();
    try {
      const traffic = await plausibleTrafficOf({ baseUrl: standIn.url, apiKey: "plausible-key", siteId: "hyperformant.app" }, day);
      await rollUpDay(pool, day, { close: true, externalTraffic: traffic });
    } finally {
      await standIn.close();
    }
    expect(await statsOf(day)).toMatchObject({ pageViews: 11, visitors: 7 });
    const sources = await sourcesOf(day);
    expect(sources).toHaveLength(2);
    expect(sources).toEqual(expect.arrayContaining([{ source: "direct", views: 5, visitors: 3 }, { source: "Google", views: 6, visitors: 4 }]));
  });

  it("refuses bad arguments and writes nothing", async () => {
    const rowsBefore = await queryRows(`SELECT count(*)::int AS n FROM "DailyStats" WHERE day < '2000-01-01'`);
    for (const args of [{ today: "1999-02-30" }, { today: "yesterday" }, { today: D4, extra: true }]) {
      for (const queue of ["closeYesterdaysStats", "refreshTodaysStats"]) {
        const job = await runJob(boss, queue, args);
        expect(job.state, `${queue} ${JSON.stringify(args)}`).toBe("failed");
      }
    }
    expect(await queryRows(`SELECT count(*)::int AS n FROM "DailyStats" WHERE day < '2000-01-01'`)).toEqual(rowsBefore);
  });
});

describe("the admin dashboard", { timeout: 120_000 }, () => {
  let admin: { sessionId: string };
  let member: { sessionId: string };
  beforeAll(async () => {
    [admin, member] = await Promise.all([signUpVerifiedUser("stats-admin", process.env.HF_TEST_STATS_ADMIN_EMAIL), signUpVerifiedUser("stats-member")]);
  }, 60_000);

  it("after a refresh shows today's signups, counted from the users table", async () => {
    const refreshed = await callOperation<{ refreshedDay: string }>("refresh-admin-stats", undefined, admin.sessionId);
    expect(refreshed.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(refreshed.body.refreshedDay).toBe(today);
    const [{ signups }] = await queryRows<{ signups: number }>(`SELECT count(*)::int AS signups FROM "User" WHERE "createdAt" >= $1::date`, [today]);
    const response = await callOperation<{ todayStats: { newSignups: number }; users: { day: string }[] }>("get-admin-dashboard", { days: 7 }, admin.sessionId);
    expect(response.status).toBe(200);
    expect(response.body.users).toHaveLength(7);
    expect(response.body.users.at(-1)?.day).toBe(today);
    // Other files sign users up meanwhile: at least those there were at the refresh, at most those there are now.
    expect(response.body.todayStats.newSignups).toBeGreaterThanOrEqual(2);
    expect(response.body.todayStats.newSignups).toBeLessThanOrEqual(signups);
  });

  it("downloads each chart's data as CSV, for admins only", async () => {
    const users = await getText("/api/admin/stats.csv?chart=users&days=7", admin.sessionId);
    expect(users.status).toBe(200);
    expect(users.headers.get("content-type")).toMatch(/text\/csv/);
    expect(users.headers.get("content-disposition")).toMatch(/attachment; filename="hyperformant-users-7d-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = users.text.trim().split("\n");
    expect(lines[0]).toBe("day,total_users,new_signups");
    expect(lines).toHaveLength(8);
    for (const chart of ["revenue", "page-views", "business"]) {
      const csv = await getText(`/api/admin/stats.csv?chart=${chart}&days=30`, admin.sessionId);
      expect(csv.status, chart).toBe(200);
      expect(csv.text.split("\n")[0], chart).toMatch(/^day,/);
    }
    expect((await getText("/api/admin/stats.csv?chart=users&days=7")).status).toBe(401);
    expect((await getText("/api/admin/stats.csv?chart=users&days=7", member.sessionId)).status).toBe(403);
    const bad = await getText("/api/admin/stats.csv?chart=pie&days=12", admin.sessionId);
    expect(bad.status).toBe(400);
    expect(Object.keys(JSON.parse(bad.text).data.fieldErrors).sort()).toEqual(["chart", "days"]);
  });
});
