import { useState } from "react";
import type { AuthUser } from "wasp/auth";
import { getAdminUsers, setUserAdmin, setUserSuspended, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card } from "../../client/components/ui/Card";
import { Pagination } from "../../client/components/ui/Pagination";
import { useActionRunner } from "../../client/useActionRunner";
import { AdminArea } from "../AdminArea";
import { planFilters, subscriptionStatuses, type UserSort } from "./adminUserInputs";
import type { AdminUserRow } from "./operations";

const PAGE_SIZE = 25;
type Filters = { search: string; admin: "any" | "admins" | "non-admins"; state: "any" | "active" | "suspended"; plan: (typeof planFilters)[number]; subscriptionStatus: "any" | (typeof subscriptionStatuses)[number]; signedUpFrom: string; signedUpTo: string };
const noFilters: Filters = { search: "", admin: "any", state: "any", plan: "any", subscriptionStatus: "any", signedUpFrom: "", signedUpTo: "" };
const dateOf = (value: Date | string) => new Date(value).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function AdminUsersPage({ user }: { user: AuthUser }) {
  return <AdminArea user={user}><AdminUsers currentUserId={user.id} /></AdminArea>;
}

function AdminUsers({ currentUserId }: { currentUserId: string }) {
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [sort, setSort] = useState<{ sort: UserSort; direction: "asc" | "desc" }>({ sort: "createdAt", direction: "desc" });
  const [page, setPage] = useState(1);
  const args = {
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    admin: filters.admin,
    state: filters.state,
    plan: filters.plan,
    subscriptionStatus: filters.subscriptionStatus,
    ...(filters.signedUpFrom ? { signedUpFrom: filters.signedUpFrom } : {}),
    ...(filters.signedUpTo ? { signedUpTo: filters.signedUpTo } : {}),
    ...sort,
    page,
    pageSize: PAGE_SIZE,
  };
  const { data, isLoading, error, refetch } = useQuery(getAdminUsers, args);
  const change = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setPage(1);
  };
  const sortBy = (column: UserSort) => {
    setSort(sort.sort === column ? { sort: column, direction: sort.direction === "asc" ? "desc" : "asc" } : { sort: column, direction: column === "email" ? "asc" : "desc" });
    setPage(1);
  };
  const sortMark = (column: UserSort) => (sort.sort === column ? (sort.direction === "asc" ? " ↑" : " ↓") : "");
  const ariaSort = (column: UserSort) => (sort.sort === column ? (sort.direction === "asc" ? "ascending" : "descending") : "none");

  return (
    <>
      <Card>
        <form className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" onSubmit={(event) => event.preventDefault()} aria-label="Filter users">
          <label className="text-sm text-slate-700 lg:col-span-2">
            Search by email or name
            <input type="search" value={filters.search} onChange={(event) => change({ search: event.target.value })} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5" />
          </label>
          <Select label="Admin" value={filters.admin} onChange={(admin) => change({ admin: admin as Filters["admin"] })} options={[["any", "Everyone"], ["admins", "Admins"], ["non-admins", "Not admins"]]} />
          <Select label="State" value={filters.state} onChange={(state) => change({ state: state as Filters["state"] })} options={[["any", "Any"], ["active", "Active"], ["suspended", "Suspended"]]} />
          <Select label="Plan" value={filters.plan} onChange={(plan) => change({ plan: plan as Filters["plan"] })} options={planFilters.map((plan) => [plan, plan === "any" ? "Any plan" : plan[0] + plan.slice(1).toLowerCase()])} />
          <Select
            label="Subscription status"
            value={filters.subscriptionStatus}
            onChange={(status) => change({ subscriptionStatus: status as Filters["subscriptionStatus"] })}
            options={[["any", "Any"], ...subscriptionStatuses.map((status) => [status, status.toLowerCase().replace(/_/g, " ")] as [string, string])]}
          />
          <label className="text-sm text-slate-700">
            Signed up from
            <input type="date" value={filters.signedUpFrom} onChange={(event) => change({ signedUpFrom: event.target.value })} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5" />
          </label>
          <label className="text-sm text-slate-700">
            Signed up until
            <input type="date" value={filters.signedUpTo} onChange={(event) => change({ signedUpTo: event.target.value })} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5" />
          </label>
        </form>
      </Card>
      {error && <Alert tone="error">{error.message}</Alert>}
      {isLoading && <p className="mt-4 text-slate-500">Loading…</p>}
      {data && (
        <Card className="mt-6 overflow-x-auto p-0">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" aria-sort={ariaSort("email")} className="px-4 py-2"><button type="button" onClick={() => sortBy("email")}>Email{sortMark("email")}</button></th>
                <th scope="col" className="px-4 py-2">Plan</th>
                <th scope="col" aria-sort={ariaSort("createdAt")} className="px-4 py-2"><button type="button" onClick={() => sortBy("createdAt")}>Signed up{sortMark("createdAt")}</button></th>
                <th scope="col" aria-sort={ariaSort("lastActiveAt")} className="px-4 py-2"><button type="button" onClick={() => sortBy("lastActiveAt")}>Last active{sortMark("lastActiveAt")}</button></th>
                <th scope="col" className="px-4 py-2">State</th>
                <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.users.length === 0 && (
                <tr><td colSpan={6} className="px-4 py-6 text-center text-slate-500">No user matches these filters.</td></tr>
              )}
              {data.users.map((row) => (
                <UserRow key={row.id} row={row} isSelf={row.id === currentUserId} onChanged={() => void refetch()} />
              ))}
            </tbody>
          </table>
          <div className="px-4 pb-4">
            <Pagination page={data.page} pageSize={data.pageSize} totalCount={data.totalCount} onPage={setPage} noun={["user", "users"]} countTestId="user-count" />
          </div>
        </Card>
      )}
    </>
  );
}

function Select({ label, value, onChange, options }: { label: string; value: string; onChange: (value: string) => void; options: Array<[string, string]> }) {
  return (
    <label className="text-sm text-slate-700">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5">
        {options.map(([option, text]) => <option key={option} value={option}>{text}</option>)}
      </select>
    </label>
  );
}

function UserRow({ row, isSelf, onChanged }: { row: AdminUserRow; isSelf: boolean; onChanged: () => void }) {
  const runner = useActionRunner("That change could not be made.");
  const [busy, setBusy] = useState(false);
  async function act(action: () => Promise<unknown>, confirmation?: string) {
    if (confirmation && !window.confirm(confirmation)) return;
    setBusy(true);
    if (await runner.run(action)) onChanged();
    setBusy(false);
  }
  const who = row.email ?? row.id;
  return (
    <tr data-testid="admin-user-row">
      <td className="px-4 py-2">
        <p className="font-medium text-slate-900">{row.email ?? "(no email)"}</p>
        <p className="text-xs text-slate-500">
          {[row.displayName, row.isAdmin ? "admin" : null, `${row.workspaceCount} workspace${row.workspaceCount === 1 ? "" : "s"}`].filter(Boolean).join(" · ")}
        </p>
      </td>
      <td className="px-4 py-2">{row.plan[0] + row.plan.slice(1).toLowerCase()}{row.subscriptionStatus ? <span className="block text-xs text-slate-500">{row.subscriptionStatus.toLowerCase().replace(/_/g, " ")}</span> : null}</td>
      <td className="px-4 py-2">{dateOf(row.createdAt)}</td>
      <td className="px-4 py-2">{dateOf(row.lastActiveAt)}</td>
      <td className="px-4 py-2">{row.suspendedAt ? <span className="text-red-700">Suspended {dateOf(row.suspendedAt)}</span> : "Active"}</td>
      <td className="px-4 py-2 text-right">
        {!isSelf && (
          <span className="inline-flex flex-wrap justify-end gap-2">
            <Button variant="secondary" disabled={busy} onClick={() => void act(() => setUserAdmin({ userId: row.id, isAdmin: !row.isAdmin }), row.isAdmin ? undefined : `Make ${who} an admin?`)}>
              {row.isAdmin ? "Revoke admin" : "Make admin"}
            </Button>
            {row.suspendedAt ? (
              <Button variant="secondary" disabled={busy} onClick={() => void act(() => setUserSuspended({ userId: row.id, suspended: false }))}>Reactivate</Button>
            ) : (
              <Button variant="destructive" disabled={busy} onClick={() => void act(() => setUserSuspended({ userId: row.id, suspended: true }), `Suspend ${who}? They are signed out at once and cannot sign in until reactivated.`)}>
                Suspend
              </Button>
            )}
          </span>
        )}
        {runner.error && <p className="mt-1 text-xs text-red-600">{runner.error}</p>}
      </td>
    </tr>
  );
}
