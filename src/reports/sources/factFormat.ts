/**
 * How numbers and dates are written in sources: exact and unabbreviated, so a
 * claim that quotes them can be checked against them (src/reports/writing).
 */
const integerFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

export function formatSignedNumber(value: number): string {
  return `${value > 0 ? "+" : value < 0 ? "-" : ""}${formatNumber(Math.abs(value))}`;
}

export function formatUsd(value: number): string {
  return `$${integerFormat.format(value)}`;
}

/** 0.1234 -> "12.3%". */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

export function formatSignedPercent(fraction: number): string {
  return `${fraction > 0 ? "+" : ""}${formatPercent(fraction)}`;
}

/** yyyy-mm-dd, in UTC. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A value with its unit: USD as dollars, others as "<n> <unit>". */
export function formatMetricValue(value: number, unit: string | null): string {
  if (unit === "USD") return formatUsd(value);
  if (unit === "%") return `${formatNumber(value)}%`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
