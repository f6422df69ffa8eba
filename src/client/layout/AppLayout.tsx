import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { logout, useAuth } from "wasp/client/auth";
import { cn } from "../cn";
import { isActiveLink, visibleNavigation } from "../navigation";
import { Button } from "../components/ui/Button";
import { WorkspaceSwitcher } from "../../workspaces/WorkspaceSwitcher";

export function AppLayout({ children }: { children: ReactNode }) {
  const { data: user } = useAuth();
  const { pathname } = useLocation();
  return (
    <div className="flex min-h-screen bg-slate-50 text-slate-800">
      <aside className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-white">
        <Link to="/app" className="px-6 py-5 text-lg font-bold tracking-tight text-indigo-700">
          Hyperformant
        </Link>
        {user && <WorkspaceSwitcher />}
        <nav className="flex flex-1 flex-col gap-1 px-3" aria-label="App">
          {visibleNavigation(Boolean(user?.isAdmin)).map((item) => (
            <Link
              key={item.to}
              to={item.to}
              aria-current={isActiveLink(item.to, pathname) ? "page" : undefined}
              className={cn(
                "rounded-md px-3 py-2 text-sm font-medium",
                isActiveLink(item.to, pathname) ? "bg-indigo-50 text-indigo-700" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              {item.label}
            </Link>
          ))}
        </nav>
        {user && (
          <div className="border-t border-slate-200 p-4 text-sm">
            <p className="truncate font-medium" title={user.email ?? undefined}>
              {user.displayName || user.email}
            </p>
            <Button variant="ghost" className="mt-2 w-full justify-start px-2" onClick={() => void logout()}>
              Log out
            </Button>
          </div>
        )}
      </aside>
      <main className="flex-1 overflow-x-auto p-8">{children}</main>
    </div>
  );
}
