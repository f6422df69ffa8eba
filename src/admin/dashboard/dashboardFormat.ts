/** "Dec 2" for a YYYY-MM-DD day. */
export const dayLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

export const formatCount = (value: number) => value.toLocaleString("en-US");

export const formatUsd = (value: number) => value.toLocaleString("en-US", { style: "currency", currency: "USD", minimumFractionDigits: value % 1 === 0 ? 0 : 2 });

/** A change from the day before: "+3", "−2", "no change", or nothing to compare with. */
export function formatChange(change: number | null, format: (value: number) => string = formatCount): string {
  if (change === null) return "no day before to compare";
  if (change === 0) return "no change from yesterday";
  return `${change > 0 ? "+" : "−"}${format(Math.abs(change))} from yesterday`;
}

/** 95 -> "1m 35s", 3720 -> "1h 2m". */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${whole % 60}s`;
  return `${Math.floor(whole / 3600)}h ${Math.floor((whole % 3600) / 60)}m`;
}

/** Workflow runs by status, busiest first: "3 succeeded, 1 failed". */
export function formatRunsByStatus(runs: Record<string, number>): string {
  const entries = Object.entries(runs).filter(([, count]) => count > 0).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  if (entries.length === 0) return "none today";
  return entries.map(([status, count]) => `${count} ${status.toLowerCase().replace(/_/g, " ")}`).join(", ");
}
