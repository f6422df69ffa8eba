import { action, api, apiNamespace, page, query, route, type Spec } from "@wasp.sh/spec";
import { AdminDashboardPage } from "./dashboard/AdminDashboardPage" with { type: "ref" };
import { getAdminOverview } from "./operations" with { type: "ref" };
import { getAdminDashboard, refreshAdminStats } from "./dashboard/operations" with { type: "ref" };
import { exportAdminStatsCsv } from "./dashboard/exportStatsCsvApi" with { type: "ref" };
import { adminApiMiddleware } from "../server/browserApiMiddleware" with { type: "ref" };

export const adminSpec: Spec = [
  route("AdminRoute", "/admin", page(AdminDashboardPage, { authRequired: true })),
  query(getAdminOverview, { entities: ["User", "Workspace", "Company", "ContactFormMessage"] }),
  // The dashboard reads the stats roll-ups (src/analytics/stats) straight through `pg`.
  query(getAdminDashboard, { entities: [] }),
  action(refreshAdminStats, { entities: [] }),
  apiNamespace("/api/admin", { middlewareConfigFn: adminApiMiddleware }),
  api("GET", "/api/admin/stats.csv", exportAdminStatsCsv, { auth: true, entities: [] }),
];
