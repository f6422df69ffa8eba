import { fireEvent, screen, within } from "@testing-library/react";
import { renderInContext } from "wasp/client/test";
import { describe, expect, test, vi } from "vitest";
import { ApolloListRow } from "./ApolloListRow";
import type { ApolloListView } from "./operations";

const list = (overrides: Partial<ApolloListView> = {}): ApolloListView => ({
  id: "l1",
  name: "Founders",
  modality: "contacts",
  apolloSize: 50_250,
  listedAt: new Date("2026-12-01T10:00:00Z"),
  syncEnabled: true,
  syncIntervalMinutes: null,
  nextSyncAt: new Date("2026-12-01T16:00:00Z"),
  memberCount: 1_252,
  lastSyncedAt: new Date("2026-12-01T10:00:00Z"),
  lastSyncStatus: "SUCCEEDED",
  lastSyncError: null,
  lastSyncDurationMs: 42_000,
  lastRowsAdded: 1_254,
  lastRowsUpdated: 3,
  lastRowsRemoved: 2,
  running: null,
  ...overrides,
});

describe("an Apollo list on the Apollo page", () => {
  test("a synced list shows its last sync's result and lets a manager sync it now or change its interval", () => {
    const onSetSync = vi.fn();
    const onSyncNow = vi.fn();
    renderInContext(<ApolloListRow list={list()} canManage defaultInterval={360} onSetSync={onSetSync} onSyncNow={onSyncNow} />);
    const status = screen.getByTestId("apollo-list-status").textContent ?? "";
    expect(status).toContain("Synced");
    expect(status).toContain("took 42 s");
    expect(status).toContain("+1,254 added · 3 updated · −2 removed");
    expect(screen.getByText(/50,250 in Apollo · 1,252 stored/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Founders" }).getAttribute("href")).toBe("/app/apollo/lists/l1");
    fireEvent.click(screen.getByRole("button", { name: "Sync now" }));
    expect(onSyncNow).toHaveBeenCalledOnce();
    fireEvent.change(screen.getByLabelText("How often to sync Founders"), { target: { value: "60" } });
    expect(onSetSync).toHaveBeenCalledWith(true, 60);
    fireEvent.click(screen.getByLabelText("Sync"));
    expect(onSetSync).toHaveBeenLastCalledWith(false);
    expect(within(screen.getByLabelText("How often to sync Founders")).getByText("Default (every 6 hours)")).toBeTruthy();
  });

  test("a running sync shows its progress live, and sync now waits for it", () => {
    renderInContext(
      <ApolloListRow list={list({ running: { syncId: "s1", pass: 1, pagesDone: 125, totalPages: 500, startedAt: new Date() } })} canManage defaultInterval={360} onSetSync={vi.fn()} onSyncNow={vi.fn()} />,
    );
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("25");
    expect(screen.getByTestId("apollo-list-progress").textContent).toContain("page 125 of 500");
    expect((screen.getByRole("button", { name: "Sync now" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("a list past Apollo's cap says what was not synced; a plain member sees no controls", () => {
    const error = "Apollo serves at most 50,000 members of one list: 50,000 are stored and 250 of its 50,250 were not synced.";
    renderInContext(<ApolloListRow list={list({ lastSyncStatus: "PARTIAL", lastSyncError: error })} canManage={false} defaultInterval={360} onSetSync={vi.fn()} onSyncNow={vi.fn()} />);
    expect(screen.getByTestId("apollo-list-status").textContent).toContain("Partly synced");
    expect(screen.getByText(error)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Sync now" })).toBeNull();
    expect(screen.queryByLabelText("Sync")).toBeNull();
  });
});
