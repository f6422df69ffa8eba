import { page, query, route, type Spec } from "@wasp.sh/spec";
import { DashboardPage } from "./DashboardPage" with { type: "ref" };
import { getDashboardSummary } from "./operations" with { type: "ref" };

export const dashboardSpec: Spec = [
  route("DashboardRoute", "/app", page(DashboardPage, { authRequired: true })),
  query(getDashboardSummary, { entities: ["WorkspaceMember", "Company", "MarketReport"] }),
];
