import { useEffect, useRef, useState } from "react";
import { getApolloLists, refreshApolloLists, setApolloListSync, syncApolloListNow, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { useActionRunner } from "../../client/useActionRunner";
import type { ApolloListsView } from "./operations";
import { ApolloListRow } from "./ApolloListRow";

const isRunning = (view?: ApolloListsView) => Boolean(view?.lists.some((list) => list.running || list.lastSyncStatus === "RUNNING"));

/** The workspace's Apollo lists: which are synced, how often, and each sync's result, live while it runs. */
export function ApolloListsCard() {
  const { data: view, refetch } = useQuery(getApolloLists, undefined, { refetchInterval: (data?: ApolloListsView) => (isRunning(data) ? 1500 : false) });
  const { error, run } = useActionRunner();
  const [refreshing, setRefreshing] = useState(false);
  const askedOnce = useRef(false);

  /** An action, then the lists read again (whether it worked or not). */
  async function act(work: () => Promise<unknown>) {
    await run(work);
    await refetch();
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
      {error && <div className="mt-3"><Alert tone="error">{error}</Alert></div>}
      {view.lists.length > 0 && (
        <ul className="mt-4 divide-y divide-slate-200" aria-label="Apollo lists">
          {view.lists.map((list) => (
            <ApolloListRow
              key={list.id}
              list={list}
              canManage={view.canManage}
              defaultInterval={view.defaultIntervalMinutes}
              onSetSync={(enabled, syncIntervalMinutes) => act(() => setApolloListSync({ listId: list.id, enabled, syncIntervalMinutes }))}
              onSyncNow={() => act(() => syncApolloListNow({ listId: list.id }))}
            />
          ))}
        </ul>
      )}
      {view.connected && view.masterKey !== false && view.lists.length === 0 && !refreshing && <p className="mt-3 text-sm text-slate-600">Apollo has no lists for this key yet.</p>}
    </Card>
  );
}

