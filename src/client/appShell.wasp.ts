import { page, query, route, type Spec } from "@wasp.sh/spec";
import { DashboardPage } from "../dashboard/DashboardPage" with { type: "ref" };
import { getDashboardSummary } from "../dashboard/operations" with { type: "ref" };
import { AdminPage } from "../admin/AdminPage" with { type: "ref" };
import { getAdminOverview } from "../admin/operations" with { type: "ref" };

const signedIn = { authRequired: true };

export const appShellSpec: Spec = [
  route("DashboardRoute", "/app", page(DashboardPage, signedIn)),
  query(getDashboardSummary, { entities: ["WorkspaceMember", "Company", "MarketReport"] }),
  route("AdminRoute", "/app/admin", page(AdminPage, signedIn)),
  query(getAdminOverview, { entities: ["User", "Workspace", "Company", "ContactFormMessage"] }),
];
