import { describe, expect, it } from "vitest";
import { chartTable, dashboardOf, type BusinessRow, type StatsRow } from "./dashboardSeries";

const statsRow = (day: string, figures: Partial<StatsRow>): StatsRow => ({
  day,
  updatedAt: new Date(`${day}T12:00:00Z`),
  closedAt: null,
  totalUsers: 0, newSignups: 0, payingWorkspaces: 0, churnedSubscriptions: 0, revenueMinor: 0, refundsMinor: 0, pageViews: 0, visitors: 0,
  totalUsersChange: null, newSignupsChange: null, payingWorkspacesChange: null, churnedSubscriptionsChange: null,
  revenueMinorChange: null, refundsMinorChange: null, pageViewsChange: null, visitorsChange: null,
  ...figures,
});
const businessRow = (day: string, figures: Partial<BusinessRow>): BusinessRow => ({
  day, reportsCompleted: 0, reportsFailed: 0, medianReportSeconds: null, llmPromptTokens: 0, llmCompletionTokens: 0, llmCostUsd: 0,
  companiesTracked: 0, apolloRowsSynced: 0, workflowExecutions: {}, activeWorkspaces: 0, ...figures,
});
const presence = { payments: true, pageViews: true, reports: true, apollo: false, workflows: false };

describe("dashboardOf", () => {
  const dashboard = dashboardOf({
    today: "2026-12-02",
    days: 7,
    stats: [statsRow("2026-11-30", { totalUsers: 10, newSignups: 2, revenueMinor: 4900, refundsMinor: 1000 }), statsRow("2026-12-02", { totalUsers: 12, newSignups: 2, totalUsersChange: 2 })],
    business: [businessRow("2026-12-02", { llmPromptTokens: 100, llmCompletionTokens: 20, workflowExecutions: { FAILED: 1 } })],
    sources: [
      { day: "2026-11-30", source: "direct", views: 9, visitors: 4 },
      { day: "2026-11-30", source: "google", views: 5, visitors: 3 },
      { day: "2026-11-30", source: "a.example", views: 1, visitors: 1 },
      { day: "2026-11-30", source: "b.example", views: 1, visitors: 1 },
      { day: "2026-11-30", source: "c.example", views: 1, visitors: 1 },
      { day: "2026-12-02", source: "c.example", views: 3, visitors: 1 },
    ],
    presence,
  });

  it("has one point per day of the range, a day without a roll-up empty, not zero", () => {
    expect(dashboard.users.map((point) => point.day)).toEqual(["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(dashboard.users[5]).toEqual({ day: "2026-12-01", totalUsers: null, newSignups: null });
    expect(dashboard.users[6]).toEqual({ day: "2026-12-02", totalUsers: 12, newSignups: 2 });
    expect(dashboard.revenue[4]).toMatchObject({ revenue: 49, refunds: 10 });
  });

  it("names the four busiest sources and puts the rest together", () => {
    expect(dashboard.pageViews.sources).toEqual(["direct", "google", "c.example", "a.example", "other"]);
    expect(dashboard.pageViews.points[4].bySource).toEqual({ direct: 9, google: 5, "a.example": 1, other: 1, "c.example": 1 });
  });

  it("today's rows are the cards'; business points only for rolled-up days, tokens summed", () => {
    expect(dashboard.todayStats?.totalUsersChange).toBe(2);
    expect(dashboard.business).toHaveLength(1);
    expect(dashboard.business[0]).toMatchObject({ day: "2026-12-02", llmTokens: 120, workflowExecutions: { FAILED: 1 } });
  });

  it("charts' CSV tables hold the figures the charts draw, empty days empty", () => {
    const users = chartTable(dashboard, "users");
    expect(users.columns).toEqual(["day", "total_users", "new_signups"]);
    expect(users.rows.at(-1)).toEqual(["2026-12-02", 12, 2]);
    expect(users.rows[5]).toEqual(["2026-12-01", null, null]);
    const views = chartTable(dashboard, "page-views");
    expect(views.columns).toEqual(["day", "page_views", "visitors", "views_direct", "views_google", "views_c.example", "views_a.example", "views_other"]);
    expect(views.rows.at(-1)).toEqual(["2026-12-02", 0, 0, 0, 0, 3, 0, 0]);
    const business = chartTable(dashboard, "business");
    expect(business.columns.at(-1)).toBe("workflow_runs_failed");
    expect(business.rows[0].at(-1)).toBe(1);
  });
});
