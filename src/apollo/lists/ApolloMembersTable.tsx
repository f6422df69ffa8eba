import { Link } from "react-router";
import type { ApolloListMembersView } from "./operations";

/** A page of a list's members; contacts without an email are kept but cannot be picked for a sequence. */
export function ApolloMembersTable({ view, selected, onToggle }: { view: ApolloListMembersView; selected: Set<string>; onToggle?: (id: string) => void }) {
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

