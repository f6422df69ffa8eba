import type { ReactNode } from "react";
import { Link } from "react-router";
import { useAuth } from "wasp/client/auth";

export function PublicLayout({ children }: { children: ReactNode }) {
  const { data: user } = useAuth();
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-800">
      <header className="border-b border-slate-200 bg-white">
        <nav className="mx-auto flex max-w-6xl items-center justify-between px-6 py-4" aria-label="Main">
          <Link to="/" className="text-lg font-bold tracking-tight text-indigo-700">
            Hyperformant
          </Link>
          <div className="flex items-center gap-4 text-sm font-medium">
            <a href="/#features" className="hover:text-indigo-700">Features</a>
            <Link to="/pricing" className="hover:text-indigo-700">Pricing</Link>
            <a href="/#contact" className="hover:text-indigo-700">Contact</a>
            {user ? (
              <Link to="/app" className="rounded-md bg-indigo-600 px-3 py-1.5 text-white hover:bg-indigo-500">
                Open app
              </Link>
            ) : (
              <>
                <Link to="/login" className="hover:text-indigo-700">Log in</Link>
                <Link to="/signup" className="rounded-md bg-indigo-600 px-3 py-1.5 text-white hover:bg-indigo-500">
                  Sign up
                </Link>
              </>
            )}
          </div>
        </nav>
      </header>
      <main className="flex-1">{children}</main>
      <footer className="border-t border-slate-200 bg-white py-6 text-center text-xs text-slate-500">
        © Hyperformant. Market intelligence for B2B teams.
      </footer>
    </div>
  );
}
