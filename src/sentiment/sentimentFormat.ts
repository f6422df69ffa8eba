/** How sentiment reads on screen. Pure; no lexicon, so the web client stays small. */

/** +0.42 / −0.31 / 0.00: signed, so a glance tells the direction. */
export function formatScore(score: number): string {
  const fixed = Math.abs(score).toFixed(2);
  if (fixed === "0.00") return "0.00";
  return `${score > 0 ? "+" : "\u2212"}${fixed}`;
}

/** "1 mention", "3 mentions", "1,200 mentions". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : plural}`;
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "2026-03" -> "Mar 26". */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return new Date(Date.UTC(year, monthNumber - 1, 1)).toLocaleDateString("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });
}

export function formatPublishedAt(date: Date | string): string {
  return new Date(date).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });
}

/** A link the page may render: http(s) only, whatever a workflow stored. */
export function safeLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}
