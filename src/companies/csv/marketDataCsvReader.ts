import { metricName, metricUnit, observedAtField } from "../marketData/marketDataSchemas";
import { readCsvRecords, type CsvLayout } from "../../server/uploads/csvRecords";

export class MarketDataCsvFormatError extends Error {}

export interface MarketDataCsvPoint {
  metric: string;
  value: number;
  unit: string | null;
  observedAt: Date;
}

export type MarketDataCsvRecord = { line: number; ok: true; point: MarketDataCsvPoint } | { line: number; ok: false; reason: string };

type Column = "metric" | "value" | "unit" | "observedAt";

const layout: CsvLayout<Column> = {
  aliases: {
    metric: ["metric", "metric name"],
    value: ["value", "amount"],
    unit: ["unit", "units"],
    observedAt: ["observed_at", "observed at", "observedat", "observed", "date"],
  },
  required: ["metric", "value", "observedAt"],
  describe: "A market-data import needs a header row with metric, value and observed_at columns, and optionally unit.",
  formatError: (message) => new MarketDataCsvFormatError(message),
};

/**
 * A number as people type it: "1234.5", "1,234.5" (commas as thousands
 * separators, in groups of three), "-3". Anything else, "12%" included, is
 * refused: the unit column says what the number counts.
 */
export function parseMetricValue(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replaceAll(",", ""));
  return Number.isFinite(value) ? value : undefined;
}

export async function* readMarketDataCsv(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  { maxRows = 5_000 }: { maxRows?: number } = {},
): AsyncGenerator<MarketDataCsvRecord> {
  let rows = 0;
  for await (const record of readCsvRecords(source, layout)) {
    rows += 1;
    if (rows > maxRows) {
      yield { line: record.line, ok: false, reason: `The file has more than ${maxRows.toLocaleString("en-US")} rows; split it and import the rest separately.` };
      return;
    }
    if (!record.ok) {
      yield record;
      continue;
    }
    const { line, values } = record;
    const metric = metricName.safeParse(values.metric ?? "");
    if (!metric.success) {
      yield { line, ok: false, reason: metric.error.issues[0].message };
      continue;
    }
    const value = parseMetricValue(values.value ?? "");
    if (value === undefined) {
      yield { line, ok: false, reason: `"${values.value ?? ""}" is not a number: write it like 1234.5 or 1,234.5, without units.` };
      continue;
    }
    const unit = metricUnit.safeParse(values.unit ?? "");
    if (!unit.success) {
      yield { line, ok: false, reason: unit.error.issues[0].message };
      continue;
    }
    const dateText = values.observedAt ?? "";
    const observedAt = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(dateText)
      ? observedAtField.safeParse(dateText)
      : undefined;
    if (!observedAt?.success) {
      yield {
        line,
        ok: false,
        reason: observedAt ? observedAt.error.issues[0].message : `"${dateText}" is not a date: use YYYY-MM-DD, for example 2026-03-31.`,
      };
      continue;
    }
    yield { line, ok: true, point: { metric: metric.data, value, unit: unit.data || null, observedAt: observedAt.data } };
  }
}
