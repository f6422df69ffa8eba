import { useState } from "react";
import type { AuthUser } from "wasp/auth";
import { getAdminDashboard, getAdminOverview, refreshAdminStats, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { useActionRunner } from "../../client/useActionRunner";
import { AdminArea } from "../AdminArea";
import { BusinessChart, LlmCostChart, PageViewsChart, RevenueChart, UsersChart } from "./DashboardCharts";
import { dashboardRanges, type DashboardRange } from "./dashboardInputs";
import { StatCards } from "./StatCards";

export function AdminDashboardPage({ user }: { user: AuthUser }) {
  return <AdminArea user={user}><AdminDashboard /></AdminArea>;
}

function AdminDashboard() {
  const [days, setDays] = useState<DashboardRange>(30);
  const { data: dashboard, isLoading, error, refetch } = useQuery(getAdminDashboard, { days });
  const refresh = useActionRunner("The stats could not be refreshed.");
  const [refreshing, setRefreshing] = useState(false);

  async function refreshNow() {
    setRefreshing(true);
    if (await refresh.run(() => refreshAdminStats())) await refetch();
    setRefreshing(false);
  }

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold text-slate-900">Dashboard</h2>
        <div className="flex flex-wrap items-center gap-2">
          <div role="group" aria-label="Range" className="inline-flex rounded-md ring-1 ring-slate-300">
            {dashboardRanges.map((range) => (
              <button
                key={range}
                type="button"
                aria-pressed={range === days}
                onClick={() => setDays(range)}
                className={`px-3 py-1.5 text-sm ${range === days ? "bg-indigo-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"} first:rounded-l-md last:rounded-r-md`}
              >
                {range} days
              </button>
            ))}
          </div>
          <Button variant="secondary" onClick={() => void refreshNow()} disabled={refreshing}>
            {refreshing ? "Refreshing…" : "Refresh now"}
          </Button>
        </div>
      </div>
      {refresh.error && <Alert tone="error">{refresh.error}</Alert>}
      {dashboard?.todayStats && (
        <p className="mt-1 text-xs text-slate-500">
          Today so far, as of {new Date(dashboard.todayStats.updatedAt).toLocaleTimeString("en-US", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC; refreshed every 15 minutes.
        </p>
      )}
      {isLoading && <p className="mt-4 text-slate-500">Loading…</p>}
      {error && <Alert tone="error">The dashboard could not be loaded.</Alert>}
      {dashboard && (
        <>
          <StatCards dashboard={dashboard} />
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <UsersChart dashboard={dashboard} />
            <RevenueChart dashboard={dashboard} />
            <PageViewsChart dashboard={dashboard} />
            <BusinessChart dashboard={dashboard} />
            <LlmCostChart dashboard={dashboard} />
            <UnreadMessagesCard />
          </div>
        </>
      )}
    </>
  );
}

function UnreadMessagesCard() {
  const { data: overview } = useQuery(getAdminOverview);
  return (
    <Card>
      <CardTitle>Unread contact messages</CardTitle>
      {!overview || overview.unreadContactMessages.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No unread messages.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {overview.unreadContactMessages.map((message) => (
            <li key={message.id} className="py-3 text-sm">
              <p className="font-medium">
                {message.name} &lt;{message.email}&gt;
              </p>
              <p className="mt-1 line-clamp-3 whitespace-pre-line text-slate-600">{message.message}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
