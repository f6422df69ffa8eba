import { DownloadButton } from "../../client/components/ui/DownloadButton";

/** Downloads a report's PDF from `path` (the report's own, or a share link's) and saves it. */
export function DownloadPdfButton({ path }: { path: string }) {
  return <DownloadButton path={path} label="Download PDF" busyLabel="Making the PDF…" failure="The PDF could not be made; try again." fallbackFileName="report.pdf" timeoutMs={60_000} />;
}
