import { Link } from "react-router";
import { getDashboardSummary, useQuery } from "wasp/client/operations";
import { Card } from "../client/components/ui/Card";
import { Alert } from "../client/components/ui/Alert";
import type { DashboardSummary } from "./operations";

export function DashboardPage() {
  const { data: summary, isLoading, error } = useQuery(getDashboardSummary);
  return (
    <section>
      <h1 className="text-2xl font-bold text-slate-900">Dashboard</h1>
      {isLoading && <p className="mt-4 text-slate-500">Loading your workspace…</p>}
      {error && <Alert tone="error">Your dashboard could not be loaded. Reload the page to try again.</Alert>}
      {summary && <DashboardSummaryView summary={summary} />}
    </section>
  );
}

export function DashboardSummaryView({ summary }: { summary: DashboardSummary }) {
  return (
    <>
      <p className="mt-1 text-slate-600" data-testid="workspace-name">{summary.workspaceName}</p>
      <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="Tracked companies" value={summary.companyCount} to="/app/companies" />
        <StatCard label="Competitors" value={summary.competitorCount} to="/app/companies" />
        <StatCard label="Market reports" value={summary.reportCount} to="/app/reports" />
        <StatCard label="Running workflows" value={summary.runningWorkflowCount} to="/app/workflows" />
      </div>
      <p className="mt-6 text-sm text-slate-500">Credits left: {summary.credits}</p>
    </>
  );
}

function StatCard({ label, value, to }: { label: string; value: number; to: string }) {
  return (
    <Link to={to}>
      <Card className="transition hover:border-indigo-300">
        <p className="text-sm text-slate-500">{label}</p>
        <p className="mt-1 text-3xl font-semibold text-slate-900">{value}</p>
      </Card>
    </Link>
  );
}
