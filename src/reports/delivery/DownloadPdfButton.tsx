import { useState } from "react";
import { Button } from "../../client/components/ui/Button";
import { errorMessageOf } from "../../client/operationErrors";
import { downloadFile } from "../../client/downloadFile";

/** Downloads a report's PDF from `path` (the report's own, or a share link's) and saves it. */
export function DownloadPdfButton({ path }: { path: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      await downloadFile(path, { timeoutMs: 60_000, fallbackFileName: "report.pdf" });
    } catch (caught) {
      setError(errorMessageOf(caught, "The PDF could not be made; try again."));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={() => void download()} disabled={busy}>{busy ? "Making the PDF…" : "Download PDF"}</Button>
      {error && <span className="text-sm text-red-600">{error}</span>}
    </span>
  );
}
