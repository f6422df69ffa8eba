import { useParams } from "react-router";
import { getSharedReport, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { errorMessageOf } from "../../client/operationErrors";
import { DownloadPdfButton } from "../delivery/DownloadPdfButton";
import { reportKindLabel } from "../reportKinds";
import { ReportDocumentView } from "../view/ReportDocumentView";

/** /share/:token: one report, read-only, for whoever holds the link (signed in or not). */
export function SharedReportPage() {
  const { token = "" } = useParams();
  const { data, isLoading, error } = useQuery(getSharedReport, { token }, { retry: false });
  if (isLoading) return <p className="mx-auto max-w-5xl px-4 py-10 text-slate-500">Loading the report…</p>;
  if (error || !data) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <Alert tone="error">{errorMessageOf(error, "This share link does not work.")}</Alert>
      </div>
    );
  }
  const { document } = data;
  return (
    <section className="mx-auto max-w-5xl space-y-6 px-4 py-10">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-500">Shared from {document.workspaceName} · link expires {new Date(data.expiresAt).toLocaleDateString("en-US", { dateStyle: "medium" })}</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">{document.title}</h1>
          <p className="text-slate-600">{reportKindLabel(document.kind)} on {document.subject.name}{document.completedAt && ` · ${new Date(document.completedAt).toLocaleDateString("en-US", { dateStyle: "medium" })}`}</p>
        </div>
        <DownloadPdfButton path={`api/shared-reports/${token}/pdf`} />
      </div>
      <ReportDocumentView document={document} linkRecords={false} />
    </section>
  );
}
