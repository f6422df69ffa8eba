import { useState } from "react";
import { Link, useParams } from "react-router";
import { getApolloListMembers, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Card } from "../../client/components/ui/Card";
import { DownloadButton } from "../../client/components/ui/DownloadButton";
import { Pagination } from "../../client/components/ui/Pagination";
import { errorMessageOf } from "../../client/operationErrors";
import type { ApolloListMembersView } from "./operations";
import { EnrolContactsPanel } from "../sequences/EnrolContactsPanel";
import { ApolloMembersTable } from "./ApolloMembersTable";

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
            <DownloadButton path={`api/apollo/lists/${view.list.id}/members.csv`} label="Download CSV" busyLabel="Preparing…" failure="The download failed; try again." fallbackFileName="apollo-list.csv" timeoutMs={300_000} />
          </div>
          {view.canEnrol && (
            <div className="mt-4">
              <EnrolContactsPanel contactIds={[...selected]} onDone={() => setSelected(new Set())} />
            </div>
          )}
          <ApolloMembersTable view={view} selected={selected} onToggle={view.canEnrol ? toggle : undefined} />
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
