import { Readable } from "node:stream";
import { parse } from "csv-parse";

/**
 * The plumbing every CSV upload shares: streams records out of an upload with
 * the physical line each starts on, maps header names (any case, with
 * aliases) to canonical columns, turns malformed records into row errors
 * instead of failing the whole file, and picks "," or ";" as the delimiter
 * from the header line.
 */
export type CsvRecord<Column extends string> =
  | { line: number; ok: true; values: Partial<Record<Column, string>> }
  | { line: number; ok: false; reason: string };

export interface CsvLayout<Column extends string> {
  /** Canonical column -> accepted header spellings (compared lower-cased, spaces and _ folded). */
  aliases: Record<Column, string[]>;
  required: Column[];
  describe: string;
  formatError: (message: string) => Error;
}

const foldHeader = (name: string) => name.trim().toLowerCase().replace(/[\s_-]+/g, " ");

type Source = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/** Yields the delimiter first (decided from the header line), then the chunks unchanged. */
async function* withDelimiterDetected(source: Source): AsyncGenerator<{ delimiter: string } | Buffer> {
  const head: Buffer[] = [];
  let headBytes = 0;
  let decided = false;
  const decide = () => {
    const firstLine = Buffer.concat(head).toString("utf8").split("\n")[0];
    const count = (character: string) => firstLine.split(character).length - 1;
    decided = true;
    return { delimiter: count(";") > count(",") ? ";" : "," };
  };
  for await (const piece of source) {
    const chunk = typeof piece === "string" ? Buffer.from(piece) : piece;
    if (decided) {
      yield chunk;
      continue;
    }
    head.push(chunk);
    headBytes += chunk.length;
    if (chunk.includes(10) || headBytes > 64 * 1024) {
      yield decide();
      yield* head;
    }
  }
  if (!decided) {
    yield decide();
    yield* head;
  }
}

/** The line a record starts on: csv-parse reports where it ends, and the raw text tells how many lines it spans. */
function startLine(endLine: number, raw: string): number {
  const record = raw.replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "");
  return endLine - (record.split("\n").length - 1);
}

export async function* readCsvRecords<Column extends string>(
  source: Source,
  layout: CsvLayout<Column>,
): AsyncGenerator<CsvRecord<Column>> {
  const chunks = withDelimiterDetected(source);
  const first = await chunks.next();
  const delimiter = first.done ? "," : (first.value as { delimiter: string }).delimiter;
  const skipped: { line: number; reason: string }[] = [];
  let lastSkippedLine = -1;
  const parser = Readable.from(chunks as AsyncGenerator<Buffer>).pipe(
    parse({
      delimiter,
      bom: true,
      info: true,
      raw: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = (error as { lines?: number } | undefined)?.lines ?? 0;
        // After a stray quote the parser can fail twice on the same line: one bad row, one error.
        if (line === lastSkippedLine) return undefined;
        lastSkippedLine = line;
        skipped.push({ line, reason: `This row is not valid CSV: ${error?.message ?? "unreadable"}` });
        return undefined;
      },
    }),
  );

  let columnIndexes: Partial<Record<Column, number>> | undefined;
  for await (const { record, info, raw } of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
    // The parser runs ahead: report a skipped record once the records before it are out.
    const line = startLine(info.lines, raw);
    while (skipped.length > 0 && skipped[0].line < line) {
      const problem = skipped.shift()!;
      yield { line: problem.line, ok: false, reason: problem.reason };
    }
    if (!columnIndexes) {
      columnIndexes = indexColumns(record, layout);
      continue;
    }
    const values: Partial<Record<Column, string>> = {};
    for (const [column, index] of Object.entries(columnIndexes) as [Column, number][]) {
      const value = record[index];
      if (value !== undefined && value !== "") values[column] = value;
    }
    yield { line, ok: true, values };
  }
  for (const problem of skipped.splice(0)) yield { line: problem.line, ok: false, reason: problem.reason };
  if (!columnIndexes) throw layout.formatError(`The file is empty: ${layout.describe}`);
}

function indexColumns<Column extends string>(header: string[], layout: CsvLayout<Column>): Partial<Record<Column, number>> {
  const folded = header.map(foldHeader);
  const indexes: Partial<Record<Column, number>> = {};
  for (const [column, aliases] of Object.entries(layout.aliases) as [Column, string[]][]) {
    const index = folded.findIndex((name) => aliases.map(foldHeader).includes(name));
    if (index >= 0) indexes[column] = index;
  }
  const missing = layout.required.filter((column) => indexes[column] === undefined);
  if (missing.length > 0) {
    const found = header.filter((name) => name.trim() !== "").map((name) => `"${name.trim()}"`).join(", ") || "none";
    const missingNames = missing.map((column) => layout.aliases[column][0]).join(", ");
    throw layout.formatError(`The file has no ${missingNames} column (found ${found}). ${layout.describe}`);
  }
  return indexes;
}
