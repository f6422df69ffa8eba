import { DownloadButton } from "../../client/components/ui/DownloadButton";

/** Downloads the filtered list as CSV (the API streams it; the browser saves it). */
export function ExportCompaniesButton({ query }: { query: Record<string, string> }) {
  return (
    <DownloadButton path="api/companies/export" searchParams={query} label="Export CSV" busyLabel="Exporting…" failure="The export failed; try again." fallbackFileName="companies.csv" timeoutMs={300_000} />
  );
}
