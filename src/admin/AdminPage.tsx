import type { AuthUser } from "wasp/auth";
import { getAdminOverview, useQuery } from "wasp/client/operations";
import { Card, CardTitle } from "../client/components/ui/Card";
import { Alert } from "../client/components/ui/Alert";

export function AdminPage({ user }: { user: AuthUser }) {
  if (!user.isAdmin) {
    return <Alert tone="error">This page is for administrators.</Alert>;
  }
  return <AdminOverviewPanel />;
}

function AdminOverviewPanel() {
  const { data: overview, isLoading, error } = useQuery(getAdminOverview);
  return (
    <section>
      <h1 className="text-2xl font-bold text-slate-900">Admin</h1>
      {isLoading && <p className="mt-4 text-slate-500">Loading…</p>}
      {error && <Alert tone="error">The admin overview could not be loaded.</Alert>}
      {overview && (
        <>
          <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {[
              ["Users", overview.userCount],
              ["Admins", overview.adminCount],
              ["Workspaces", overview.workspaceCount],
              ["Companies", overview.companyCount],
            ].map(([label, value]) => (
              <Card key={label}>
                <p className="text-sm text-slate-500">{label}</p>
                <p className="mt-1 text-3xl font-semibold">{value}</p>
              </Card>
            ))}
          </div>
          <Card className="mt-6">
            <CardTitle>Unread contact messages</CardTitle>
            {overview.unreadContactMessages.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">No unread messages.</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100">
                {overview.unreadContactMessages.map((message) => (
                  <li key={message.id} className="py-3 text-sm">
                    <p className="font-medium">
                      {message.name} &lt;{message.email}&gt;
                    </p>
                    <p className="mt-1 whitespace-pre-line text-slate-600">{message.message}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </section>
  );
}
