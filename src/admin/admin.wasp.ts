import { page, query, route, type Spec } from "@wasp.sh/spec";
import { AdminPage } from "./AdminPage" with { type: "ref" };
import { getAdminOverview } from "./operations" with { type: "ref" };

export const adminSpec: Spec = [
  route("AdminRoute", "/app/admin", page(AdminPage, { authRequired: true })),
  query(getAdminOverview, { entities: ["User", "Workspace", "Company", "ContactFormMessage"] }),
];
