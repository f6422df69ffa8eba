/** Pure progress maths for the import panel. */
export interface RowError {
  line: number;
  reason: string;
}

type ImportStatus = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";

export function isImportFinished(status: ImportStatus): boolean {
  return status === "SUCCEEDED" || status === "FAILED";
}

/** Share of the staged rows merged so far; a finished import with nothing to merge is 100%. */
export function importProgressPercent(companyImport: { status: ImportStatus; validRows: number; processedRows: number }): number {
  if (companyImport.status === "SUCCEEDED") return 100;
  if (companyImport.validRows === 0) return 0;
  return Math.min(100, Math.floor((companyImport.processedRows / companyImport.validRows) * 100));
}
