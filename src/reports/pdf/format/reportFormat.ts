import { assertUnreachable } from "../../../shared/assertUnreachable";
import { formatMetricValue } from "../../../companies/format/firmographicsFormat";
import type { MetricChange, SourceKind } from "../../reportDocument";
import { formatSignedPercent } from "../../sources/factFormat";

/**
 * How a report's numbers and dates read in the PDF. Pure; independent of the reader's locale and
 * time zone so the same document always renders the same bytes of text. Signs use "-" (WinAnsi
 * has no minus sign).
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2 Mar 2026" (UTC); what it was given when it is not a date. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2 Mar 2026, 09:31 UTC". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${formatDate(iso)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** "yyyy-mm" → "Mar 2026". */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

const sign = (value: number) => (value > 0 ? "+" : value < 0 ? "-" : "");

/** A change given as a fraction, as the contract has it (0.082 → "+8.2%"): written as the sources write it. */
export const formatPercentChange = formatSignedPercent;

/** A window's change: its percentage, or its absolute change when the window starts at 0. */
export function formatMetricChange(change: MetricChange, unit: string | null): string {
  if (change.percent !== null) return formatPercentChange(change.percent);
  return `${sign(change.absolute)}${formatMetricValue(Math.abs(change.absolute), unit)}`;
}

/** A growth rate given as a fraction (0.12 → "+12.0%/yr"). */
export function formatAnnualGrowth(fraction: number | null): string {
  return fraction === null ? "—" : `${formatPercentChange(fraction)}/yr`;
}

/** A 0–10 positioning score: "7", "4.5", or a dash when unscored. */
export function formatScore(score: number | undefined): string {
  return score === undefined ? "—" : String(Number(score.toFixed(1)));
}

/** A sentiment score, -1..1: "+0.42". */
export function formatSentiment(score: number | null): string {
  return score === null ? "—" : `${sign(Number(score.toFixed(2)))}${Math.abs(score).toFixed(2)}`;
}

/** A fraction as a whole percentage: 0.416 → "42%". */
export function formatShare(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/** Costs of one report are cents or less: four decimals under a dollar. */
export function formatCostUsd(cost: number | null): string {
  if (cost === null) return "—";
  return `$${cost < 1 ? cost.toFixed(4) : cost.toFixed(2)}`;
}

/** Source numbers as a citation list: [3, 4, 5] → "3–5", [1, 4, 5] → "1, 4, 5". */
export function formatSourceNumbers(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end += 1;
    parts.push(end - start >= 2 ? `${sorted[start]}–${sorted[end]}` : sorted.slice(start, end + 1).join(", "));
    start = end + 1;
  }
  return parts.join(", ");
}

/** An upper-case enum value as words: "HIRING_SIGNAL" → "Hiring signal". */
export function humanizeEnum(value: string): string {
  const words = value.toLowerCase().split(/[_\s]+/).filter(Boolean).join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function sourceKindLabel(kind: SourceKind): string {
  switch (kind) {
    case "firmographics":
      return "Firmographics";
    case "marketDataSeries":
      return "Market-data series";
    case "competitorLink":
      return "Competitor link";
    case "segment":
      return "Segment";
    case "sentimentSummary":
      return "Sentiment summary";
    case "mention":
      return "Mention";
    case "workflowFinding":
      return "Workflow finding";
    default:
      return assertUnreachable(kind);
  }
}
