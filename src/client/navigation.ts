export interface NavigationItem {
  label: string;
  to: string;
  adminOnly?: boolean;
}

export const appNavigation: NavigationItem[] = [
  { label: "Dashboard", to: "/app" },
  { label: "Companies", to: "/app/companies" },
  { label: "Reports", to: "/app/reports" },
  { label: "Apollo", to: "/app/apollo" },
  { label: "Team", to: "/app/team" },
  { label: "Billing", to: "/app/billing" },
  { label: "Account", to: "/app/account" },
  { label: "Admin", to: "/admin", adminOnly: true },
];

/** Signed-in pages (the app, and the admin area beside it) are shown in the app's layout. */
export function isAppPath(pathname: string): boolean {
  return ["/app", "/admin"].some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export function visibleNavigation(isAdmin: boolean): NavigationItem[] {
  return appNavigation.filter((item) => !item.adminOnly || isAdmin);
}

/** The dashboard link is active only on /app itself; others also on their sub-pages. */
export function isActiveLink(itemPath: string, pathname: string): boolean {
  if (itemPath === "/app") return pathname === "/app";
  return pathname === itemPath || pathname.startsWith(`${itemPath}/`);
}
