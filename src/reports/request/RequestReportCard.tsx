import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { getCompanyReports, requestReport, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { errorMessageOf } from "../../client/operationErrors";
import type { CompanyRole } from "../../companies/companyEnums";
import { reportKindDescription, reportKindLabel, reportKinds, reportStatusLabel, type ReportKind } from "../reportKinds";
import { WeeklyReportSchedules } from "../schedules/WeeklyReportSchedules";
import { reportIneligibility } from "./reportEligibility";

/** On a company's page: ask for a report of one kind, and see the company's recent reports. */
export function RequestReportCard({ company }: { company: { id: string; name: string; role: CompanyRole; competitorCount: number } }) {
  const navigate = useNavigate();
  const { data, refetch } = useQuery(getCompanyReports, { companyId: company.id });
  const firstEligible = reportKinds.find((kind) => !reportIneligibility(kind, company, company.competitorCount)) ?? "MARKET";
  const [kind, setKind] = useState<ReportKind>(company.role === "PROSPECT" ? "ACCOUNT_BRIEF" : firstEligible);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function ask() {
    setBusy(true);
    setError(undefined);
    try {
      const report = await requestReport({ companyId: company.id, kind });
      navigate(`/app/reports/${report.id}`);
    } catch (failure) {
      setError(errorMessageOf(failure));
      setBusy(false);
    }
  }

  return (
    <Card>
      <CardTitle>Reports</CardTitle>
      <fieldset className="mt-3 space-y-2">
        <legend className="sr-only">Kind of report</legend>
        {reportKinds.map((option) => {
          const ineligible = reportIneligibility(option, company, company.competitorCount);
          return (
            <label key={option} className={`flex gap-2 text-sm ${ineligible ? "text-slate-400" : "text-slate-700"}`}>
              <input type="radio" name="report-kind" value={option} checked={kind === option} disabled={Boolean(ineligible)} onChange={() => setKind(option)} className="mt-1" />
              <span>
                <span className="font-medium">{reportKindLabel(option)}</span>
                <span className="block text-xs">{ineligible ?? reportKindDescription(option)}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <Button className="mt-4 w-full" onClick={() => void ask()} disabled={busy}>Ask for a {reportKindLabel(kind).toLowerCase()}</Button>
      {data && <p className="mt-2 text-xs text-slate-500" data-testid="credits-left">{data.credits} report credit{data.credits === 1 ? "" : "s"} left · a completed report spends one</p>}
      {data && !data.aiWriting.configured && <p className="mt-1 text-xs text-slate-500">AI writing is off: reports hold the computed sections only.</p>}
      {error && <div className="mt-3"><Alert tone="error">{error}</Alert></div>}
      {data && <WeeklyReportSchedules companyId={company.id} kind={kind} schedules={data.schedules} onChanged={() => void refetch()} />}
      {data && data.reports.length > 0 && (
        <ul className="mt-4 space-y-1 border-t border-slate-100 pt-3 text-sm">
          {data.reports.slice(0, 5).map((report) => (
            <li key={report.id}>
              <Link to={`/app/reports/${report.id}`} className="text-indigo-700 hover:underline">{reportKindLabel(report.kind)}</Link>{" "}
              <span className="text-slate-500">· {reportStatusLabel(report.status)} · {new Date(report.createdAt).toLocaleDateString("en-US", { dateStyle: "medium" })}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
