import { useState } from "react";
import { Link } from "react-router";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import type { ApolloListView } from "./operations";
import { formatDuration, formatInterval, INTERVAL_CHOICES, rowChanges, statusLabel, syncProgress } from "./listSyncFormat";

/** One Apollo list: its sizes, sync controls for owners and admins, the last sync's result, and live progress while one runs. */
export function ApolloListRow({
  list,
  canManage,
  defaultInterval,
  onSetSync,
  onSyncNow,
}: {
  list: ApolloListView;
  canManage: boolean;
  defaultInterval: number;
  onSetSync: (enabled: boolean, syncIntervalMinutes?: number | null) => Promise<void> | void;
  onSyncNow: () => void;
}) {
  // The box shows what was asked for until the server has answered (and the list is read again).
  const [wanted, setWanted] = useState<boolean | null>(null);
  const setSync = (enabled: boolean) => {
    setWanted(enabled);
    void Promise.resolve(onSetSync(enabled)).finally(() => setWanted(null));
  };
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
              <input type="checkbox" checked={wanted ?? list.syncEnabled} onChange={(event) => setSync(event.target.checked)} />
              Sync
            </label>
            {list.syncEnabled && (
              <select
                aria-label={`How often to sync ${list.name}`}
                className="rounded-md border-slate-300 text-sm"
                value={list.syncIntervalMinutes ?? ""}
                onChange={(event) => onSetSync(true, event.target.value === "" ? null : Number(event.target.value))}
              >
                <option value="">Default ({formatInterval(defaultInterval)})</option>
                {INTERVAL_CHOICES.map((minutes) => <option key={minutes} value={minutes}>{formatInterval(minutes)}</option>)}
              </select>
            )}
            {list.syncEnabled && (
              <Button variant="secondary" disabled={Boolean(list.running)} onClick={onSyncNow}>
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
