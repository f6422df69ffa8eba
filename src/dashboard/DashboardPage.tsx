import { Link } from "react-router";
import { getDashboardSummary, useQuery } from "wasp/client/operations";
import { Alert } from "../client/components/ui/Alert";
import { Card, CardTitle } from "../client/components/ui/Card";
import { formatSignedPercent } from "../reports/sources/factFormat";
import type { DashboardSummary } from "./operations";
import { MarketMovesChart } from "./MarketMovesChart";
import { StartChecklist } from "./StartChecklist";
import { InvitationsForYouCard } from "../workspaces/invitations/InvitationsForYouCard";

export function DashboardPage() {
  const { data: summary, isLoading, error } = useQuery(getDashboardSummary);
  return (
    <section>
      <h1 className="text-2xl font-bold text-slate-900">Dashboard</h1>
      <div className="mt-4 empty:hidden"><InvitationsForYouCard /></div>
      {isLoading && <p className="mt-4 text-slate-500">Loading your workspace…</p>}
      {error && <Alert tone="error">Your dashboard could not be loaded. Reload the page to try again.</Alert>}
      {summary && <DashboardSummaryView summary={summary} />}
    </section>
  );
}

const day = (date: Date | string) => new Date(date).toLocaleDateString("en-US", { dateStyle: "medium" });

export function DashboardSummaryView({ summary, chartWidth }: { summary: DashboardSummary; chartWidth?: number }) {
  const isNew = !summary.checklist.hasCompanies || !summary.checklist.hasReport;
  return (
    <>
      <p className="mt-1 text-slate-600" data-testid="workspace-name">{summary.workspaceName}</p>
      {isNew && <StartChecklist checklist={summary.checklist} />}
      {summary.checklist.hasCompanies && (
        <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard label="Tracked companies" value={summary.companyCount} to="/app/companies" />
          <StatCard label="Competitors" value={summary.competitorCount} to="/app/companies?role=COMPETITOR" />
          <StatCard label="Market reports" value={summary.reportCount} to="/app/reports" />
          <StatCard label="Report credits left" value={summary.credits} to="/app/reports" />
        </div>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {summary.recentReports.length > 0 && (
          <Card>
            <CardTitle>Recent reports</CardTitle>
            <ul className="mt-3 space-y-2 text-sm" aria-label="Recent reports">
              {summary.recentReports.map((report) => (
                <li key={report.id} className="flex justify-between gap-2">
                  <Link to={`/app/reports/${report.id}`} className="font-medium text-indigo-700 hover:underline">{report.title}</Link>
                  <span className="whitespace-nowrap text-slate-500">{report.status.toLowerCase()} · {day(report.createdAt)}</span>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {summary.marketMoves.length > 0 && (
          <Card>
            <CardTitle>Biggest market-data moves, last 30 days</CardTitle>
            <MarketMovesChart moves={summary.marketMoves} width={chartWidth} />
          </Card>
        )}
        {summary.sentimentShifts.length > 0 && (
          <Card>
            <CardTitle>Sentiment shifts, last 30 days against the 30 before</CardTitle>
            <ul className="mt-3 space-y-2 text-sm" aria-label="Sentiment shifts">
              {summary.sentimentShifts.map((shift) => (
                <li key={shift.companyId} className="flex justify-between gap-2">
                  <Link to={`/app/companies/${shift.companyId}#sentiment`} className="text-indigo-700 hover:underline">{shift.companyName}</Link>
                  <span className={shift.delta < 0 ? "text-red-700" : "text-emerald-700"}>
                    {shift.before.toFixed(2)} → {shift.after.toFixed(2)} ({shift.delta >= 0 ? "+" : ""}{shift.delta.toFixed(2)})
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {summary.competitorChanges.length > 0 && (
          <Card>
            <CardTitle>Changes since the last reports</CardTitle>
            <ul className="mt-3 space-y-3 text-sm" aria-label="Changes since the last reports">
              {summary.competitorChanges.map((entry) => (
                <li key={entry.reportId}>
                  <Link to={`/app/reports/${entry.reportId}`} className="font-medium text-indigo-700 hover:underline">{entry.subjectName}</Link>
                  <span className="text-slate-500"> · {day(entry.completedAt)}</span>
                  <ul className="ml-4 list-disc text-slate-700">
                    {entry.changes.competitorsAdded.map((company) => <li key={`+${company.companyId}`}>New competitor: {company.name}</li>)}
                    {entry.changes.competitorsRemoved.map((company) => <li key={`-${company.companyId}`}>No longer a competitor: {company.name}</li>)}
                    {entry.changes.metricMoves.slice(0, 3).map((move) => (
                      <li key={`${move.companyId}/${move.metric}`}>{move.companyName}, {move.metric}{move.percent !== null && ` ${formatSignedPercent(move.percent)}`}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}

function StatCard({ label, value, to }: { label: string; value: number; to: string }) {
  return (
    <Link to={to}>
      <Card className="transition hover:border-indigo-300">
        <p className="text-sm text-slate-500">{label}</p>
        <p className="mt-1 text-3xl font-semibold text-slate-900">{value.toLocaleString("en-US")}</p>
      </Card>
    </Link>
  );
}
