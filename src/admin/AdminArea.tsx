import type { ReactNode } from "react";
import { NavLink } from "react-router";
import type { AuthUser } from "wasp/auth";
import { Alert } from "../client/components/ui/Alert";

const tabs = [
  { label: "Dashboard", to: "/admin" },
  { label: "Users", to: "/admin/users" },
  { label: "Messages", to: "/admin/messages" },
  { label: "Logs", to: "/admin/logs" },
  { label: "Workflows", to: "/admin/workflows" },
];

/** The admin area's sections. */
function AdminTabs() {
  return (
    <nav aria-label="Admin sections" className="mb-6 flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end
          className={({ isActive }) =>
            `-mb-px border-b-2 px-3 py-2 text-sm font-medium ${isActive ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`
          }
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}

/** Every admin page: refused to anyone but an admin (the server checks each call too), under the area's heading and tabs. */
export function AdminArea({ user, children }: { user: AuthUser; children: ReactNode }) {
  if (!user.isAdmin) return <Alert tone="error">This page is for administrators.</Alert>;
  return (
    <section>
      <h1 className="mb-4 text-2xl font-bold text-slate-900">Admin</h1>
      <AdminTabs />
      {children}
    </section>
  );
}
