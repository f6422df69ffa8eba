import { describe, expect, it } from "vitest";
import { formatDuration, formatInterval, rowChanges, statusLabel, syncProgress } from "./listSyncFormat";

describe("a list's sync on the Apollo page", () => {
  it("says durations and intervals in words", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(420)).toBe("420 ms");
    expect(formatDuration(42_400)).toBe("42 s");
    expect(formatDuration(125_000)).toBe("2 min 5 s");
    expect(formatInterval(360)).toBe("every 6 hours");
    expect(formatInterval(60)).toBe("every hour");
    expect(formatInterval(1440)).toBe("every day");
    expect(formatInterval(45)).toBe("every 45 minutes");
  });

  it("shows live progress, and says when a second pass runs", () => {
    const startedAt = new Date();
    expect(syncProgress({ syncId: "s", pass: 1, pagesDone: 0, totalPages: null, startedAt })).toEqual({ label: "Starting…", percent: null });
    expect(syncProgress({ syncId: "s", pass: 1, pagesDone: 125, totalPages: 500, startedAt })).toEqual({ label: "page 125 of 500", percent: 25 });
    expect(syncProgress({ syncId: "s", pass: 2, pagesDone: 3, totalPages: 3, startedAt }).label).toContain("Pass 2");
  });

  it("labels each state and the rows a sync changed", () => {
    expect(statusLabel({ lastSyncStatus: "NEVER", syncEnabled: false, running: null })).toBe("Not synced");
    expect(statusLabel({ lastSyncStatus: "PARTIAL", syncEnabled: true, running: null })).toBe("Partly synced");
    expect(statusLabel({ lastSyncStatus: "SUCCEEDED", syncEnabled: true, running: { syncId: "s", pass: 1, pagesDone: 1, totalPages: 2, startedAt: new Date() } })).toBe("Syncing");
    expect(rowChanges({ lastRowsAdded: null, lastRowsUpdated: null, lastRowsRemoved: null })).toBe(null);
    expect(rowChanges({ lastRowsAdded: 1200, lastRowsUpdated: 3, lastRowsRemoved: 0 })).toBe("+1,200 added · 3 updated · −0 removed");
  });
});
