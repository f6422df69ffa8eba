import { useState } from "react";
import { Link, useParams } from "react-router";
import { getApolloListMembers, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card } from "../../client/components/ui/Card";
import { downloadFile } from "../../client/downloadFile";
import { Pagination } from "../../client/components/ui/Pagination";
import { errorMessageOf } from "../../client/operationErrors";
import type { ApolloListMembersView } from "./operations";
import { EnrolContactsPanel } from "../sequences/EnrolContactsPanel";

/** One synced Apollo list: its stored members, searchable, with the companies they belong to and a CSV download. */
export function ApolloListMembersPage() {
  const { listId = "" } = useParams();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { data: view, error } = useQuery(getApolloListMembers, { listId, search: search || undefined, page, pageSize: 50 });
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="space-y-6">
      <div>
        <Link to="/app/apollo" className="text-sm text-indigo-700 hover:underline">← Apollo</Link>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">{view?.list.name ?? "Apollo list"}</h1>
        {view && <ListSummary view={view} />}
      </div>
      {error !== null && error !== undefined && <Alert tone="error">{errorMessageOf(error)}</Alert>}
      {view && (
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <input
              type="search"
              aria-label="Search members"
              placeholder={view.list.modality === "contacts" ? "Search name, email, title or company" : "Search name or domain"}
              className="w-full max-w-sm rounded-md border-slate-300 text-sm"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                setPage(1);
              }}
            />
            <DownloadMembersButton listId={view.list.id} />
          </div>
          {view.canEnrol && selected.size > 0 && (
            <div className="mt-4">
              <EnrolContactsPanel contactIds={[...selected]} onDone={() => setSelected(new Set())} />
            </div>
          )}
          <MembersTable view={view} selected={selected} onToggle={view.canEnrol ? toggle : undefined} />
          <Pagination page={view.page} pageSize={view.pageSize} totalCount={view.total} onPage={setPage} noun={view.list.modality === "contacts" ? ["contact", "contacts"] : ["account", "accounts"]} countTestId="apollo-member-count" />
        </Card>
      )}
    </section>
  );
}

function ListSummary({ view }: { view: ApolloListMembersView }) {
  const { list } = view;
  return (
    <p className="text-slate-600" data-testid="apollo-list-summary">
      {list.memberCount.toLocaleString("en-US")} {list.modality === "contacts" ? "contacts" : "accounts"}
      {list.modality === "contacts" && <> · {view.reachable.toLocaleString("en-US")} of these {view.total === list.memberCount ? "" : "found "}reachable by email</>}
      {list.lastSyncedAt ? <> · synced {new Date(list.lastSyncedAt).toLocaleString()}</> : <> · not synced yet</>}
    </p>
  );
}

function MembersTable({ view, selected, onToggle }: { view: ApolloListMembersView; selected: Set<string>; onToggle?: (id: string) => void }) {
  const contacts = view.list.modality === "contacts";
  if (view.rows.length === 0) return <p className="mt-4 text-sm text-slate-600">{view.total === 0 && view.list.memberCount > 0 ? "No member matches the search." : "No members stored yet: sync the list on the Apollo page."}</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead>
          <tr className="text-left text-slate-500">
            {onToggle && <th className="py-2 pr-2 font-medium"><span className="sr-only">Select</span></th>}
            <th className="py-2 pr-4 font-medium">Name</th>
            {contacts && <th className="py-2 pr-4 font-medium">Title</th>}
            <th className="py-2 pr-4 font-medium">{contacts ? "Email" : "Domain"}</th>
            <th className="py-2 pr-4 font-medium">Company</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {view.rows.map((row) => (
            <tr key={row.id} data-testid="apollo-member-row">
              {onToggle && (
                <td className="py-2 pr-2">
                  <input type="checkbox" aria-label={`Select ${row.name ?? row.apolloId}`} checked={selected.has(row.id)} disabled={!row.reachable} onChange={() => onToggle(row.id)} />
                </td>
              )}
              <td className="py-2 pr-4 text-slate-900">{row.name ?? "—"}</td>
              {contacts && <td className="py-2 pr-4 text-slate-600">{row.title ?? "—"}</td>}
              <td className="py-2 pr-4 text-slate-600">
                {contacts ? (row.email ?? <span className="text-slate-400" title="Kept, but not counted as reachable">no email</span>) : (row.organization ?? "—")}
              </td>
              <td className="py-2 pr-4">
                {row.company ? (
                  <Link to={`/app/companies/${row.company.id}`} className="text-indigo-700 hover:underline">{row.company.name}</Link>
                ) : (
                  <span className="text-slate-500">{contacts ? (row.organization ?? "—") : "—"}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The list's members as CSV (the api streams it with the session's credentials; the browser saves it). */
function DownloadMembersButton({ listId }: { listId: string }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setFailure(null);
    try {
      await downloadFile(`api/apollo/lists/${listId}/members.csv`, { timeoutMs: 300_000, fallbackFileName: "apollo-list.csv" });
    } catch (caught) {
      setFailure(errorMessageOf(caught, "The download failed; try again."));
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={download} disabled={busy}>{busy ? "Preparing…" : "Download CSV"}</Button>
      {failure && <span className="text-sm text-red-600">{failure}</span>}
    </span>
  );
}
