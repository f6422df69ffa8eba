import { useState } from "react";
import { Link } from "react-router";
import { deleteReport, getReports, useQuery } from "wasp/client/operations";
import { Alert } from "../client/components/ui/Alert";
import { Button } from "../client/components/ui/Button";
import { Card } from "../client/components/ui/Card";
import { SelectField, TextField } from "../client/components/ui/Field";
import { errorMessageOf } from "../client/operationErrors";
import type { ReportListItem } from "./operations";
import { isActiveReportStatus, reportKindLabel, reportKinds, reportStatusLabel, reportStatuses, type ReportKind, type ReportStatus } from "./reportKinds";

const PAGE_SIZE = 25;

export function ReportsPage() {
  const [status, setStatus] = useState<ReportStatus | "">("");
  const [kind, setKind] = useState<ReportKind | "">("");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [actionError, setActionError] = useState<string>();
  const filters = { ...(status ? { status } : {}), ...(kind ? { kind } : {}), ...(search.trim() ? { search: search.trim() } : {}), page, pageSize: PAGE_SIZE };
  const { data, isLoading, error, refetch } = useQuery(getReports, filters, {
    refetchInterval: (current?: { reports: ReportListItem[] }) => (current?.reports.some((report) => isActiveReportStatus(report.status)) ? 2000 : false),
  });

  async function remove(report: ReportListItem) {
    if (!window.confirm(`Delete "${report.title}"? This cannot be undone.`)) return;
    setActionError(undefined);
    try {
      await deleteReport({ id: report.id });
      await refetch();
    } catch (failure) {
      setActionError(errorMessageOf(failure));
    }
  }

  const lastPage = data ? Math.max(1, Math.ceil(data.totalCount / PAGE_SIZE)) : 1;
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Reports</h1>
        <p className="mt-1 text-slate-600">Ask for a report on any company's page; every report of the workspace is listed here.</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Search" placeholder="Company or title" value={search} onChange={(event) => { setSearch(event.target.value); setPage(1); }} />
        <SelectField label="Kind" value={kind} onChange={(event) => { setKind(event.target.value as ReportKind | ""); setPage(1); }}>
          <option value="">All kinds</option>
          {reportKinds.map((option) => <option key={option} value={option}>{reportKindLabel(option)}</option>)}
        </SelectField>
        <SelectField label="Status" value={status} onChange={(event) => { setStatus(event.target.value as ReportStatus | ""); setPage(1); }}>
          <option value="">All statuses</option>
          {reportStatuses.map((option) => <option key={option} value={option}>{reportStatusLabel(option)}</option>)}
        </SelectField>
      </div>
      {actionError && <Alert tone="error">{actionError}</Alert>}
      {error && <Alert tone="error">The reports could not be loaded. Reload the page to try again.</Alert>}
      {isLoading && <p className="text-slate-500">Loading reports…</p>}
      {data && data.totalCount === 0 && (
        <Card>
          <p className="text-slate-600">No reports{status || kind || search ? " match these filters" : " yet"}.</p>
          <Link to="/app/companies" className="mt-2 inline-block text-sm font-semibold text-indigo-700 hover:underline">Pick a company to report on →</Link>
        </Card>
      )}
      {data && data.totalCount > 0 && (
        <Card className="overflow-x-auto p-0">
          <table className="min-w-full text-left text-sm" aria-label="Reports">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-3">Subject</th>
                <th className="px-4 py-3">Kind</th>
                <th className="px-4 py-3">Status</th>
                <th className="px-4 py-3">Asked</th>
                <th className="px-4 py-3 text-right">Credits</th>
                <th className="px-4 py-3"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.reports.map((report) => (
                <tr key={report.id}>
                  <td className="px-4 py-3">
                    <Link to={`/app/reports/${report.id}`} className="font-medium text-indigo-700 hover:underline">{report.subjectName}</Link>
                    {report.summary && <p className="max-w-md truncate text-xs text-slate-500">{report.summary}</p>}
                  </td>
                  <td className="px-4 py-3">{reportKindLabel(report.kind)}</td>
                  <td className="px-4 py-3" data-testid="report-list-status">
                    {reportStatusLabel(report.status)}
                    {isActiveReportStatus(report.status) && ` · ${report.progressPercent}%`}
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap">{new Date(report.createdAt).toLocaleDateString("en-US", { dateStyle: "medium" })}</td>
                  <td className="px-4 py-3 text-right">{report.creditsSpent}</td>
                  <td className="px-4 py-3 text-right">
                    <Button variant="ghost" onClick={() => void remove(report)} aria-label={`Delete ${report.title}`}>Delete</Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="flex items-center justify-between border-t border-slate-100 px-4 py-3 text-sm text-slate-600">
            <span>{data.totalCount} report{data.totalCount === 1 ? "" : "s"}</span>
            <div className="flex gap-2">
              <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>Previous</Button>
              <Button variant="secondary" disabled={page >= lastPage} onClick={() => setPage(page + 1)}>Next</Button>
            </div>
          </div>
        </Card>
      )}
    </section>
  );
}
