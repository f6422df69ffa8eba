import { mentionRecord, type MentionRecord } from "../mentions/mentionRecord";
import { readMentionCsv, type MentionCsvOptions } from "./mentionCsvReader";

export interface RejectedRow {
  line: number;
  reason: string;
}

export interface MentionImportPlan {
  totalRows: number;
  /** Good rows, scored and keyed, each mention once. */
  records: MentionRecord[];
  /** Good rows repeating an earlier row of the same file. */
  duplicatesInFile: number;
  rejected: number;
  /** The first rejected rows, for the page to list; `rejected` counts them all. */
  rejectedRows: RejectedRow[];
}

export const MAX_REPORTED_REJECTED_ROWS = 100;

/**
 * Reads a whole upload into the rows to insert, before anything is written:
 * a file that fails half-way (too big, too many rows) leaves nothing behind.
 * Memory is bounded by the upload's byte limit.
 */
export async function planMentionImport(source: AsyncIterable<Buffer | string>, options: MentionCsvOptions): Promise<MentionImportPlan> {
  const plan: MentionImportPlan = { totalRows: 0, records: [], duplicatesInFile: 0, rejected: 0, rejectedRows: [] };
  const seenKeys = new Set<string>();
  for await (const row of readMentionCsv(source, options)) {
    plan.totalRows += 1;
    if (!row.ok) {
      plan.rejected += 1;
      if (plan.rejectedRows.length < MAX_REPORTED_REJECTED_ROWS) plan.rejectedRows.push({ line: row.line, reason: row.reason });
      continue;
    }
    const record = mentionRecord(row.mention);
    if (seenKeys.has(record.dedupeKey)) {
      plan.duplicatesInFile += 1;
      continue;
    }
    seenKeys.add(record.dedupeKey);
    plan.records.push(record);
  }
  return plan;
}
