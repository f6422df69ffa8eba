import { useState } from "react";
import type { AuthUser } from "wasp/auth";
import { getAdminLogs, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Card } from "../../client/components/ui/Card";
import { Pagination } from "../../client/components/ui/Pagination";
import { AdminArea } from "../AdminArea";
import { logLevels } from "./logInputs";
import { workspaceIdFilterOf, WORKSPACE_ID_HINT } from "../workspaceIdFilter";

const PAGE_SIZE = 50;
const levelColours: Record<string, string> = { DEBUG: "text-slate-500", INFO: "text-sky-700", WARN: "text-amber-700", ERROR: "text-red-700" };
type Filters = { level: "any" | (typeof logLevels)[number]; source: string; workspaceId: string; requestId: string; from: string; to: string };

export function AdminLogsPage({ user }: { user: AuthUser }) {
  return <AdminArea user={user}><AdminLogs /></AdminArea>;
}

function AdminLogs() {
  const [filters, setFilters] = useState<Filters>({ level: "any", source: "", workspaceId: "", requestId: "", from: "", to: "" });
  const [page, setPage] = useState(1);
  const workspaceFilter = workspaceIdFilterOf(filters.workspaceId);
  const workspaceIdValid = workspaceFilter.valid;
  const args = {
    level: filters.level,
    ...(filters.source ? { source: filters.source } : {}),
    ...workspaceFilter.args,
    ...(filters.requestId.trim() ? { requestId: filters.requestId.trim() } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    page,
    pageSize: PAGE_SIZE,
  };
  const { data, isLoading, error } = useQuery(getAdminLogs, args);
  const change = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setPage(1);
  };
  const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5";

  return (
    <>
      <Card>
        <form className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter logs" onSubmit={(event) => event.preventDefault()}>
          <label className="text-sm text-slate-700">Level
            <select value={filters.level} onChange={(event) => change({ level: event.target.value as Filters["level"] })} className={input}>
              <option value="any">Any</option>
              {logLevels.map((level) => <option key={level} value={level}>{level.toLowerCase()}</option>)}
            </select>
          </label>
          <label className="text-sm text-slate-700">Source
            <select value={filters.source} onChange={(event) => change({ source: event.target.value })} className={input}>
              <option value="">Any</option>
              {data?.sources.map((source) => <option key={source} value={source}>{source}</option>)}
            </select>
          </label>
          <label className="text-sm text-slate-700">Workspace id
            <input value={filters.workspaceId} onChange={(event) => change({ workspaceId: event.target.value })} className={input} aria-invalid={!workspaceIdValid} />
          </label>
          <label className="text-sm text-slate-700">Request id
            <input value={filters.requestId} onChange={(event) => change({ requestId: event.target.value })} className={input} />
          </label>
          <label className="text-sm text-slate-700">From
            <input type="date" value={filters.from} onChange={(event) => change({ from: event.target.value })} className={input} />
          </label>
          <label className="text-sm text-slate-700">Until
            <input type="date" value={filters.to} onChange={(event) => change({ to: event.target.value })} className={input} />
          </label>
        </form>
        {!workspaceIdValid && <p className="mt-2 text-sm text-red-600">{WORKSPACE_ID_HINT}</p>}
      </Card>
      {error && <Alert tone="error">{error.message}</Alert>}
      {isLoading && <p className="mt-4 text-slate-500">Loading…</p>}
      {data && (
        <Card className="mt-6 p-0">
          {data.logs.length === 0 ? (
            <p className="p-6 text-sm text-slate-500">No log entry matches these filters.</p>
          ) : (
            <ul className="divide-y divide-slate-100 font-mono text-xs">
              {data.logs.map((log) => (
                <li key={log.id} className="px-4 py-2" data-testid="admin-log-row">
                  <details>
                    <summary className="cursor-pointer">
                      <span className="text-slate-500">{new Date(log.createdAt).toISOString().replace("T", " ").slice(0, 19)}</span>{" "}
                      <span className={`font-semibold ${levelColours[log.level]}`}>{log.level}</span>{" "}
                      <span className="text-slate-500">[{log.source ?? "—"}]</span> <span className="text-slate-900">{log.message}</span>
                    </summary>
                    <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-slate-600">
                      <dt>request</dt><dd>{log.requestId ?? "—"}</dd>
                      <dt>workspace</dt><dd>{log.workspaceId ?? "—"}</dd>
                      <dt>context</dt><dd><pre className="whitespace-pre-wrap break-all">{log.context ?? "—"}</pre></dd>
                    </dl>
                  </details>
                </li>
              ))}
            </ul>
          )}
          <div className="px-4 pb-4">
            <Pagination page={data.page} pageSize={data.pageSize} totalCount={data.totalCount} onPage={setPage} noun={["entry", "entries"]} countTestId="log-count" />
          </div>
        </Card>
      )}
    </>
  );
}
