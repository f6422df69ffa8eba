/** Percentile by nearest rank: p95 of 200 samples is the 190th smallest. */
export function percentile(samples, p) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
