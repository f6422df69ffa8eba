import { useState } from "react";
import { Button } from "./Button";
import { errorMessageOf } from "../../operationErrors";
import { downloadFile } from "../../downloadFile";

/** Downloads what an api streams at `path` (with the session's credentials) and saves it, saying why when it fails. */
export function DownloadButton({
  path,
  searchParams,
  label,
  busyLabel,
  failure,
  fallbackFileName,
  timeoutMs,
}: {
  path: string;
  searchParams?: Record<string, string>;
  label: string;
  busyLabel: string;
  failure: string;
  fallbackFileName: string;
  timeoutMs: number;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      await downloadFile(path, { searchParams, timeoutMs, fallbackFileName });
    } catch (caught) {
      setError(errorMessageOf(caught, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={() => void download()} disabled={busy}>{busy ? busyLabel : label}</Button>
      {error && <span className="text-sm text-red-600">{error}</span>}
    </span>
  );
}
