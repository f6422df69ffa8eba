import { Link, useNavigate, useParams } from "react-router";
import { deleteReport, getReport, requestReport, useQuery } from "wasp/client/operations";
import { Alert } from "../client/components/ui/Alert";
import { Button } from "../client/components/ui/Button";
import { Card } from "../client/components/ui/Card";
import { errorMessageOf } from "../client/operationErrors";
import { useState } from "react";
import { isActiveReportStatus, reportKindLabel, reportStatusLabel } from "./reportKinds";
import { ReportDocumentView } from "./view/ReportDocumentView";
import { ReportProgress } from "./view/ReportProgress";
import { DownloadPdfButton } from "./delivery/DownloadPdfButton";
import { EmailReportPanel } from "./delivery/EmailReportPanel";
import { ShareLinksPanel } from "./sharing/ShareLinksPanel";

export function ReportPage() {
  const { reportId = "" } = useParams();
  const navigate = useNavigate();
  const [actionError, setActionError] = useState<string>();
  const { data: report, isLoading, error } = useQuery(
    getReport,
    { id: reportId },
    { refetchInterval: (current?: { status: Parameters<typeof isActiveReportStatus>[0] }) => (current && isActiveReportStatus(current.status) ? 1000 : false) },
  );

  if (isLoading) return <p className="text-slate-500">Loading the report…</p>;
  if (error || !report) {
    return <Alert tone="error">This report is not in your workspace. <Link to="/app/reports" className="underline">All reports</Link></Alert>;
  }

  async function askAgain() {
    if (!report?.subjectCompanyId) return;
    setActionError(undefined);
    try {
      const again = await requestReport({ companyId: report.subjectCompanyId, kind: report.kind });
      navigate(`/app/reports/${again.id}`);
    } catch (failure) {
      setActionError(errorMessageOf(failure));
    }
  }

  async function remove() {
    if (!window.confirm("Delete this report? This cannot be undone.")) return;
    try {
      await deleteReport({ id: reportId });
      navigate("/app/reports");
    } catch (failure) {
      setActionError(errorMessageOf(failure));
    }
  }

  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <Link to="/app/reports" className="text-sm text-indigo-700 hover:underline">← Reports</Link>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">{report.title}</h1>
          <p className="text-slate-600">
            {reportKindLabel(report.kind)} on{" "}
            {report.subjectCompanyId ? <Link to={`/app/companies/${report.subjectCompanyId}`} className="hover:underline">{report.subjectName}</Link> : report.subjectName}
            {" · "}asked {new Date(report.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
            {report.requestedByName && ` by ${report.requestedByName}`}
          </p>
        </div>
        <div className="flex gap-2">
          {report.status === "COMPLETED" && <DownloadPdfButton path={`api/reports/${report.id}/pdf`} />}
          <Button variant="ghost" onClick={() => void remove()}>Delete</Button>
        </div>
      </div>
      {actionError && <Alert tone="error">{actionError}</Alert>}

      {report.status !== "COMPLETED" && (
        <Card data-testid="report-status">
          <p className="mb-3 text-sm font-semibold text-slate-900" data-testid="report-stage">{reportStatusLabel(report.status)}</p>
          <ReportProgress status={report.status} progressPercent={report.progressPercent} />
          {report.status === "FAILED" && (
            <div className="mt-4 space-y-3">
              <Alert tone="error"><span data-testid="report-failure">{report.errorMessage ?? "This report failed."}</span></Alert>
              {report.subjectCompanyId && <Button onClick={() => void askAgain()}>Ask again</Button>}
            </div>
          )}
        </Card>
      )}
      {report.document && (
        <Card>
          <div className="grid gap-6 md:grid-cols-2">
            <EmailReportPanel reportId={report.id} />
            <ShareLinksPanel reportId={report.id} />
          </div>
        </Card>
      )}
      {report.document && <ReportDocumentView document={report.document} linkRecords />}
    </section>
  );
}
