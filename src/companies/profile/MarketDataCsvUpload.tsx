import { useState } from "react";
import { api } from "wasp/client/api";
import { Alert } from "../../client/components/ui/Alert";
import { errorMessageOf } from "../../client/operationErrors";

interface MarketDataImportResult {
  imported: number;
  errorCount: number;
  rowErrors: { line: number; reason: string }[];
}

export function MarketDataCsvUpload({ companyId, onImported }: { companyId: string; onImported: () => void }) {
  const [result, setResult] = useState<MarketDataImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File) {
    setError(null);
    setResult(null);
    try {
      const imported = await api
        .post(`api/companies/${companyId}/market-data/import`, { body: file, headers: { "Content-Type": "text/csv" }, timeout: 60_000 })
        .json<MarketDataImportResult>();
      setResult(imported);
      onImported();
    } catch (caught) {
      setError(errorMessageOf(caught, "The file could not be imported; try again."));
    }
  }

  return (
    <div className="text-sm">
      <label className="text-slate-700">
        Import points from CSV (<code>metric, value, unit, observed_at</code>):{" "}
        <input type="file" accept=".csv,text/csv" onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} />
      </label>
      {error && <div className="mt-2"><Alert tone="error">{error}</Alert></div>}
      {result && (
        <div className="mt-2 text-slate-600" role="status">
          {result.imported} points imported, {result.errorCount} rows rejected.
          {result.rowErrors.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {result.rowErrors.slice(0, 20).map((rowError) => (
                <li key={rowError.line}>Line {rowError.line}: {rowError.reason}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
