import { useEffect, useRef, useState } from "react";
import { api } from "wasp/client/api";
import { getCompanyImport, useQuery } from "wasp/client/operations";
import type { CompanyImport } from "wasp/entities";
import { Alert } from "../../client/components/ui/Alert";
import { errorMessageOf } from "../../client/operationErrors";
import { importProgressPercent, isImportFinished, type RowError } from "./importProgress";

/** Upload a CSV, then watch the import job's progress live. */
export function CompanyImportPanel({ onImported }: { onImported: () => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);

  async function upload(file: File) {
    setUploading(true);
    setUploadError(null);
    setImportId(null);
    try {
      const { importId: startedImportId } = await api
        .post("api/companies/import", {
          body: file,
          headers: { "Content-Type": "text/csv" },
          searchParams: { fileName: file.name },
          timeout: 120_000,
        })
        .json<{ importId: string }>();
      setImportId(startedImportId);
    } catch (error) {
      setUploadError(errorMessageOf(error, "The file could not be uploaded; try again."));
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = "";
    }
  }

  return (
    <div>
      <p className="text-sm text-slate-600">
        A CSV with a <code>domain</code> column and optionally <code>name</code>, <code>role</code> (own company, competitor,
        prospect, watch) and <code>tags</code> (separated by ;). Up to 10,000 rows; duplicates are merged.
      </p>
      <div className="mt-3 flex items-center gap-3">
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          aria-label="CSV file to import"
          disabled={uploading}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
          className="text-sm"
        />
        {uploading && <span className="text-sm text-slate-500">Checking rows…</span>}
      </div>
      {uploadError && <div className="mt-3"><Alert tone="error">{uploadError}</Alert></div>}
      {importId && <ImportProgress importId={importId} onFinished={onImported} />}
    </div>
  );
}

function ImportProgress({ importId, onFinished }: { importId: string; onFinished: () => void }) {
  const [finished, setFinished] = useState(false);
  const { data: companyImport } = useQuery(getCompanyImport, { id: importId }, { refetchInterval: finished ? false : 1000 });
  useEffect(() => {
    if (companyImport && isImportFinished(companyImport.status) && !finished) {
      setFinished(true);
      onFinished();
    }
  }, [companyImport, finished, onFinished]);
  if (!companyImport) return <p className="mt-3 text-sm text-slate-500">Starting the import…</p>;
  return <ImportProgressView companyImport={companyImport} />;
}

export function ImportProgressView({ companyImport }: { companyImport: CompanyImport }) {
  const percent = importProgressPercent(companyImport);
  const rowErrors = companyImport.rowErrors as unknown as RowError[];
  return (
    <div className="mt-4 space-y-3" data-testid="import-progress">
      <div>
        <div className="flex justify-between text-sm text-slate-700">
          <span>
            {companyImport.status === "SUCCEEDED" ? "Import finished" : companyImport.status === "FAILED" ? "Import stopped" : "Importing…"}
          </span>
          <span className="tabular-nums">{percent}%</span>
        </div>
        <div className="mt-1 h-2 rounded bg-slate-100" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label="Import progress">
          <div className="h-2 rounded bg-indigo-600 transition-all" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <p className="text-sm text-slate-600" data-testid="import-summary">
        {companyImport.totalRows.toLocaleString("en-US")} rows read · {companyImport.createdCount.toLocaleString("en-US")} added ·{" "}
        {companyImport.mergedCount.toLocaleString("en-US")} merged into existing companies ·{" "}
        {companyImport.errorCount.toLocaleString("en-US")} rejected
      </p>
      {companyImport.failureReason && <Alert tone="error">{companyImport.failureReason}</Alert>}
      {rowErrors.length > 0 && (
        <details open className="text-sm">
          <summary className="cursor-pointer text-slate-700">Rejected rows</summary>
          <ul className="mt-2 max-h-48 overflow-y-auto text-slate-600" aria-label="Rejected rows">
            {rowErrors.map((rowError) => (
              <li key={rowError.line}>
                Line {rowError.line}: {rowError.reason}
              </li>
            ))}
          </ul>
          {companyImport.errorCount > rowErrors.length && (
            <p className="mt-1 text-slate-500">…and {companyImport.errorCount - rowErrors.length} more.</p>
          )}
        </details>
      )}
    </div>
  );
}
