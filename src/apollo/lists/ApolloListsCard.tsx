import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { getApolloLists, refreshApolloLists, setApolloListSync, syncApolloListNow, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { errorMessageOf } from "../../client/operationErrors";
import type { ApolloListView, ApolloListsView } from "./operations";
import { formatDuration, formatInterval, INTERVAL_CHOICES, rowChanges, statusLabel, syncProgress } from "./listSyncFormat";

const isRunning = (view?: ApolloListsView) => Boolean(view?.lists.some((list) => list.running || list.lastSyncStatus === "RUNNING"));

/** The workspace's Apollo lists: which are synced, how often, and each sync's result, live while it runs. */
export function ApolloListsCard() {
  const { data: view, refetch } = useQuery(getApolloLists, undefined, { refetchInterval: (data?: ApolloListsView) => (isRunning(data) ? 1500 : false) });
  const [error, setError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(false);
  const askedOnce = useRef(false);

  async function act(work: () => Promise<unknown>) {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      void refetch();
    }
  }

  async function refresh() {
    setRefreshing(true);
    await act(() => refreshApolloLists());
    setRefreshing(false);
  }

  // A newly connected master key: ask Apollo for the lists once, unasked.
  useEffect(() => {
    if (!askedOnce.current && view?.connected && view.masterKey !== false && view.lists.length === 0) {
      askedOnce.current = true;
      void refresh();
    }
  });

  if (!view) return null;
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <CardTitle>Lists</CardTitle>
          <p className="mt-1 text-sm text-slate-600">
            Synced lists bring their contacts and accounts in, linked to your companies (a new domain becomes a prospect). {view.plan} plan: {view.syncedCount} of {view.syncedLimit} synced lists.
          </p>
        </div>
        {view.connected && view.masterKey !== false && (
          <Button variant="secondary" onClick={refresh} disabled={refreshing}>{refreshing ? "Asking Apollo…" : "Refresh from Apollo"}</Button>
        )}
      </div>
      {!view.connected && <p className="mt-3 text-sm text-slate-600">Save an Apollo master key above to see its lists.</p>}
      {view.connected && view.masterKey === false && <p className="mt-3 text-sm text-slate-600">Lists need a master key: the saved key is a standard one.</p>}
      {error !== null && <div className="mt-3"><Alert tone="error">{errorMessageOf(error)}</Alert></div>}
      {view.lists.length > 0 && (
        <ul className="mt-4 divide-y divide-slate-200" aria-label="Apollo lists">
          {view.lists.map((list) => (
            <ListRow key={list.id} list={list} canManage={view.canManage} defaultInterval={view.defaultIntervalMinutes} act={act} />
          ))}
        </ul>
      )}
      {view.connected && view.masterKey !== false && view.lists.length === 0 && !refreshing && <p className="mt-3 text-sm text-slate-600">Apollo has no lists for this key yet.</p>}
    </Card>
  );
}

function ListRow({ list, canManage, defaultInterval, act }: { list: ApolloListView; canManage: boolean; defaultInterval: number; act: (work: () => Promise<unknown>) => Promise<void> }) {
  const progress = list.running ? syncProgress(list.running) : null;
  const changes = rowChanges(list);
  return (
    <li className="py-3" data-testid={`apollo-list-${list.name}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="font-medium text-slate-900">
            {list.memberCount > 0 || list.syncEnabled ? <Link to={`/app/apollo/lists/${list.id}`} className="text-indigo-700 hover:underline">{list.name}</Link> : list.name}
          </p>
          <p className="text-sm text-slate-500">
            {list.modality === "contacts" ? "Contacts" : "Accounts"} · {list.apolloSize.toLocaleString("en-US")} in Apollo · {list.memberCount.toLocaleString("en-US")} stored
          </p>
        </div>
        {canManage && (
          <div className="flex flex-wrap items-center gap-2">
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={list.syncEnabled} onChange={(event) => act(() => setApolloListSync({ listId: list.id, enabled: event.target.checked }))} />
              Sync
            </label>
            {list.syncEnabled && (
              <select
                aria-label={`How often to sync ${list.name}`}
                className="rounded-md border-slate-300 text-sm"
                value={list.syncIntervalMinutes ?? ""}
                onChange={(event) => act(() => setApolloListSync({ listId: list.id, enabled: true, syncIntervalMinutes: event.target.value === "" ? null : Number(event.target.value) }))}
              >
                <option value="">Default ({formatInterval(defaultInterval)})</option>
                {INTERVAL_CHOICES.map((minutes) => <option key={minutes} value={minutes}>{formatInterval(minutes)}</option>)}
              </select>
            )}
            {list.syncEnabled && (
              <Button variant="secondary" disabled={Boolean(list.running)} onClick={() => act(() => syncApolloListNow({ listId: list.id }))}>
                Sync now
              </Button>
            )}
          </div>
        )}
      </div>
      <div className="mt-2 text-sm text-slate-600" data-testid="apollo-list-status">
        <span className="font-medium">{statusLabel(list)}</span>
        {list.lastSyncedAt && !list.running && <> · {new Date(list.lastSyncedAt).toLocaleString()} · took {formatDuration(list.lastSyncDurationMs)}</>}
        {changes && !list.running && <> · {changes}</>}
        {list.syncEnabled && list.nextSyncAt && !list.running && <> · next {new Date(list.nextSyncAt).toLocaleString()}</>}
      </div>
      {progress && (
        <div className="mt-2" data-testid="apollo-list-progress">
          <div className="h-2 w-full max-w-md overflow-hidden rounded bg-slate-100" role="progressbar" aria-valuenow={progress.percent ?? 0} aria-valuemin={0} aria-valuemax={100}>
            <div className="h-2 bg-indigo-500 transition-all" style={{ width: `${progress.percent ?? 2}%` }} />
          </div>
          <p className="mt-1 text-xs text-slate-500">{progress.label}</p>
        </div>
      )}
      {list.lastSyncError && !list.running && (
        <div className="mt-2"><Alert tone={list.lastSyncStatus === "PARTIAL" ? "info" : "error"}>{list.lastSyncError}</Alert></div>
      )}
    </li>
  );
}
