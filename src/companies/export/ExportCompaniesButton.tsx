import { useState } from "react";
import { Button } from "../../client/components/ui/Button";
import { errorMessageOf } from "../../client/operationErrors";
import { downloadFile } from "../../client/downloadFile";

/** Downloads the filtered list as CSV (the API streams it; the browser saves it). */
export function ExportCompaniesButton({ query }: { query: Record<string, string> }) {
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setExporting(true);
    setError(null);
    try {
      await downloadFile("api/companies/export", { searchParams: query, timeoutMs: 300_000, fallbackFileName: "companies.csv" });
    } catch (caught) {
      setError(errorMessageOf(caught, "The export failed; try again."));
    } finally {
      setExporting(false);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={download} disabled={exporting}>
        {exporting ? "Exporting…" : "Export CSV"}
      </Button>
      {error && <span className="text-sm text-red-600">{error}</span>}
    </span>
  );
}
