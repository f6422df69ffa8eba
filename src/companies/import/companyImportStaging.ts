import type { PrismaClient } from "@prisma/client";
import { readCompanyCsv } from "../csv";
import { limitBytes } from "../../server/uploads/byteLimit";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
/** Rejected rows kept for the page to list; the count covers them all. */
export const MAX_REPORTED_ROW_ERRORS = 500;
const STAGING_BATCH_SIZE = 1_000;

/** A file with more rows than an import takes: nothing of it is imported. */
export class TooManyRowsError extends Error {
  constructor() {
    super(`The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows; split it and import the parts separately.`);
  }
}

export interface RowError {
  line: number;
  reason: string;
}

export interface StagingSummary {
  totalRows: number;
  validRows: number;
  errorCount: number;
  rowErrors: RowError[];
}

type Prisma = Pick<PrismaClient, "companyImportRow">;

/**
 * Streams an uploaded CSV into CompanyImportRow, a batch at a time: memory
 * holds one batch and the first rejected rows, whatever the file's size.
 * Throws CompanyCsvFormatError, UploadTooLargeError or TooManyRowsError for a file that cannot
 * be imported at all; the caller then drops the import and its staged rows.
 */
export async function stageCompanyCsv(
  prisma: Prisma,
  importId: string,
  body: AsyncIterable<Buffer | string>,
): Promise<StagingSummary> {
  const summary: StagingSummary = { totalRows: 0, validRows: 0, errorCount: 0, rowErrors: [] };
  let batch: { importId: string; line: number; domain: string; name?: string; role?: never; tags: string[] }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await prisma.companyImportRow.createMany({ data: batch });
    batch = [];
  };
  for await (const record of readCompanyCsv(limitBytes(body, MAX_IMPORT_BYTES), { maxRows: MAX_IMPORT_ROWS })) {
    summary.totalRows += 1;
    if (summary.totalRows > MAX_IMPORT_ROWS) throw new TooManyRowsError();
    if (!record.ok) {
      summary.errorCount += 1;
      if (summary.rowErrors.length < MAX_REPORTED_ROW_ERRORS) summary.rowErrors.push({ line: record.line, reason: record.reason });
      continue;
    }
    summary.validRows += 1;
    batch.push({ importId, line: record.line, ...record.row, role: record.row.role as never });
    if (batch.length >= STAGING_BATCH_SIZE) await flush();
  }
  await flush();
  return summary;
}
