import { action, api, apiNamespace, page, query, route, type Spec } from "@wasp.sh/spec";
import { AdminDashboardPage } from "./dashboard/AdminDashboardPage" with { type: "ref" };
import { getAdminOverview } from "./operations" with { type: "ref" };
import { getAdminDashboard, refreshAdminStats } from "./dashboard/operations" with { type: "ref" };
import { exportAdminStatsCsv } from "./dashboard/exportStatsCsvApi" with { type: "ref" };
import { AdminUsersPage } from "./users/AdminUsersPage" with { type: "ref" };
import { getAdminUsers, setUserAdmin, setUserSuspended } from "./users/operations" with { type: "ref" };
import { AdminMessagesPage } from "./messages/AdminMessagesPage" with { type: "ref" };
import { getAdminMessages, openAdminMessage, setMessageReplied } from "./messages/operations" with { type: "ref" };
import { AdminLogsPage } from "./logs/AdminLogsPage" with { type: "ref" };
import { getAdminLogs } from "./logs/operations" with { type: "ref" };
import { adminApiMiddleware } from "../server/browserApiMiddleware" with { type: "ref" };

export const adminSpec: Spec = [
  route("AdminRoute", "/admin", page(AdminDashboardPage, { authRequired: true })),
  query(getAdminOverview, { entities: ["User", "Workspace", "Company", "ContactFormMessage"] }),
  // The dashboard reads the stats roll-ups (src/analytics/stats) straight through `pg`.
  query(getAdminDashboard, { entities: [] }),
  action(refreshAdminStats, { entities: [] }),
  route("AdminUsersRoute", "/admin/users", page(AdminUsersPage, { authRequired: true })),
  query(getAdminUsers, { entities: ["User"] }),
  action(setUserAdmin, { entities: ["User", "Log"] }),
  // Suspending ends the user's sessions and stops what they queued (reports, enrolments).
  action(setUserSuspended, { entities: ["User", "Log", "MarketReport", "ApolloEnrolment"] }),
  route("AdminMessagesRoute", "/admin/messages", page(AdminMessagesPage, { authRequired: true })),
  query(getAdminMessages, { entities: ["ContactFormMessage"] }),
  action(openAdminMessage, { entities: ["ContactFormMessage"] }),
  action(setMessageReplied, { entities: ["ContactFormMessage", "Log"] }),
  route("AdminLogsRoute", "/admin/logs", page(AdminLogsPage, { authRequired: true })),
  query(getAdminLogs, { entities: ["Log"] }),
  apiNamespace("/api/admin", { middlewareConfigFn: adminApiMiddleware }),
  api("GET", "/api/admin/stats.csv", exportAdminStatsCsv, { auth: true, entities: [] }),
];
