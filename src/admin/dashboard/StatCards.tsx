import { Card } from "../../client/components/ui/Card";
import { formatChange, formatCount, formatDuration, formatRunsByStatus, formatUsd } from "./dashboardFormat";
import type { AdminDashboard } from "./dashboardSeries";

type StatCard = { label: string; value: string; detail: string };
const NO_DATA = "no data yet";

/** Today's figures so far, each with its change from yesterday; a feature with no data says so. */
export function StatCards({ dashboard }: { dashboard: AdminDashboard }) {
  const stats = dashboard.todayStats;
  const business = dashboard.todayBusiness;
  if (!stats || !business) {
    return <p className="mt-4 text-sm text-slate-500">Today has not been rolled up yet: the next refresh is within 15 minutes, or refresh now.</p>;
  }
  const { presence } = dashboard;
  const cards: StatCard[] = [
    { label: "Users", value: formatCount(stats.totalUsers), detail: formatChange(stats.totalUsersChange) },
    { label: "Signups today", value: formatCount(stats.newSignups), detail: formatChange(stats.newSignupsChange) },
    presence.payments
      ? { label: "Paying workspaces", value: formatCount(stats.payingWorkspaces), detail: formatChange(stats.payingWorkspacesChange) }
      : { label: "Paying workspaces", value: NO_DATA, detail: "no payment has been recorded" },
    presence.payments
      ? { label: "Revenue today", value: formatUsd(stats.revenueMinor / 100), detail: `${formatUsd(stats.refundsMinor / 100)} refunded · ${formatCount(stats.churnedSubscriptions)} churned` }
      : { label: "Revenue today", value: NO_DATA, detail: "no payment has been recorded" },
    presence.pageViews
      ? { label: "Page views today", value: formatCount(stats.pageViews), detail: formatChange(stats.pageViewsChange) }
      : { label: "Page views today", value: NO_DATA, detail: "no page view has been counted" },
    presence.pageViews
      ? { label: "Visitors today", value: formatCount(stats.visitors), detail: formatChange(stats.visitorsChange) }
      : { label: "Visitors today", value: NO_DATA, detail: "no page view has been counted" },
    presence.reports
      ? {
          label: "Reports today",
          value: `${formatCount(business.reportsCompleted)} completed`,
          detail: `${formatCount(business.reportsFailed)} failed · median ${business.medianReportSeconds === null ? "n/a" : formatDuration(business.medianReportSeconds)}`,
        }
      : { label: "Reports today", value: NO_DATA, detail: "no report has been requested" },
    presence.reports
      ? { label: "LLM usage today", value: formatUsd(business.llmCostUsd), detail: `${formatCount(business.llmPromptTokens + business.llmCompletionTokens)} tokens` }
      : { label: "LLM usage today", value: NO_DATA, detail: "no report has been requested" },
    { label: "Companies tracked", value: formatCount(business.companiesTracked), detail: `${formatCount(business.activeWorkspaces)} active workspaces today` },
    presence.apollo
      ? { label: "Apollo rows synced today", value: formatCount(business.apolloRowsSynced), detail: "added or updated by list syncs" }
      : { label: "Apollo rows synced today", value: NO_DATA, detail: "no Apollo list has been synced" },
    presence.workflows
      ? { label: "Workflow runs today", value: formatCount(Object.values(business.workflowExecutions).reduce((sum, count) => sum + count, 0)), detail: formatRunsByStatus(business.workflowExecutions) }
      : { label: "Workflow runs today", value: NO_DATA, detail: "no workflow has run" },
  ];
  return (
    <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {cards.map((card) => (
        <Card key={card.label} data-testid="stat-card">
          <p className="text-sm text-slate-500">{card.label}</p>
          <p className="mt-1 text-2xl font-semibold text-slate-900">{card.value}</p>
          <p className="mt-1 text-xs text-slate-500">{card.detail}</p>
        </Card>
      ))}
    </div>
  );
}
