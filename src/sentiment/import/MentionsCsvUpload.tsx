import { useState } from "react";
import { api } from "wasp/client/api";
import { Alert } from "../../client/components/ui/Alert";
import { errorMessageOf } from "../../client/operationErrors";
import { countOf } from "../sentimentFormat";
import type { MentionImportResult } from "./importMentionsCsvApi";

/** Uploads a CSV of one company's mentions (the company column may be left out) and says what became of each row. */
export function MentionsCsvUpload({ companyId, onImported }: { companyId: string; onImported: () => void }) {
  const [result, setResult] = useState<MentionImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  async function upload(file: File) {
    setError(null);
    setResult(null);
    setUploading(true);
    try {
      const imported = await api
        .post("api/sentiment/mentions/import", { searchParams: { companyId }, body: file, headers: { "Content-Type": "text/csv" }, timeout: 120_000 })
        .json<MentionImportResult>();
      setResult(imported);
      onImported();
    } catch (caught) {
      setError(errorMessageOf(caught, "The file could not be imported; try again."));
    } finally {
      setUploading(false);
    }
  }

  return (
    <div className="text-sm">
      <label className="text-slate-700">
        Import mentions from CSV (<code>text, source, url, author, published_at</code>; up to 20,000 rows):{" "}
        <input type="file" accept=".csv,text/csv" disabled={uploading} onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} />
      </label>
      {uploading && <p className="mt-2 text-slate-500">Importing and scoring…</p>}
      {error && <div className="mt-2"><Alert tone="error">{error}</Alert></div>}
      {result && (
        <div className="mt-2 text-slate-600" role="status">
          {countOf(result.added, "mention")} added, {result.duplicates.toLocaleString("en-US")} already there, {countOf(result.rejected, "row")} rejected.
          {result.rejectedRows.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {result.rejectedRows.slice(0, 20).map((row) => (
                <li key={row.line}>Line {row.line}: {row.reason}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
