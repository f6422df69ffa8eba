/** How a list's sync reads on the Apollo page. Pure. */
import type { ApolloListView } from "./operations";

export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1_000) return `${ms} ms`;
  const seconds = Math.round(ms / 1_000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${seconds % 60} s`;
}

export function formatInterval(minutes: number): string {
  if (minutes % (24 * 60) === 0) return minutes === 24 * 60 ? "every day" : `every ${minutes / (24 * 60)} days`;
  if (minutes % 60 === 0) return minutes === 60 ? "every hour" : `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
}

/** The intervals offered on the page (the api takes any from 15 minutes to a week). */
export const INTERVAL_CHOICES = [60, 3 * 60, 6 * 60, 12 * 60, 24 * 60] as const;

export type SyncProgress = { label: string; percent: number | null };

/** "Pass 2 · page 13 of 500", and how far the pass is. */
export function syncProgress(run: NonNullable<ApolloListView["running"]>): SyncProgress {
  if (run.totalPages === null || run.pagesDone === 0) return { label: "Starting…", percent: null };
  const page = Math.min(run.pagesDone, run.totalPages);
  const pass = run.pass > 1 ? `Pass ${run.pass} (the list changed while it was read) · ` : "";
  return { label: `${pass}page ${page} of ${run.totalPages}`, percent: Math.round((page / run.totalPages) * 100) };
}

export function statusLabel(list: Pick<ApolloListView, "lastSyncStatus" | "syncEnabled" | "running">): string {
  if (list.running) return "Syncing";
  switch (list.lastSyncStatus) {
    case "NEVER":
      return list.syncEnabled ? "Waiting for its first sync" : "Not synced";
    case "RUNNING":
      return "Syncing";
    case "SUCCEEDED":
      return "Synced";
    case "PARTIAL":
      return "Partly synced";
    case "FAILED":
      return "Last sync failed";
  }
}

export function rowChanges(list: Pick<ApolloListView, "lastRowsAdded" | "lastRowsUpdated" | "lastRowsRemoved">): string | null {
  if (list.lastRowsAdded === null) return null;
  return `+${list.lastRowsAdded.toLocaleString("en-US")} added · ${(list.lastRowsUpdated ?? 0).toLocaleString("en-US")} updated · −${(list.lastRowsRemoved ?? 0).toLocaleString("en-US")} removed`;
}
