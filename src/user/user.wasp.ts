import { action, api, apiNamespace, page, route, type Spec } from "@wasp.sh/spec";
import { AccountPage } from "./AccountPage" with { type: "ref" };
import { deleteMyAccount, updateProfile } from "./operations" with { type: "ref" };
import { exportMyData } from "./exportApi" with { type: "ref" };
import { accountApiMiddleware } from "../server/browserApiMiddleware" with { type: "ref" };

export const userSpec: Spec = [
  route("AccountRoute", "/app/account", page(AccountPage, { authRequired: true })),
  action(updateProfile, { entities: ["User"] }),
  action(deleteMyAccount, { entities: ["User", "Workspace", "WorkspaceMember"] }),
  // The Account page downloads this from the browser: CORS and Wasp's default middleware.
  apiNamespace("/api/account", { middlewareConfigFn: accountApiMiddleware }),
  api("GET", "/api/account/export", exportMyData, {
    auth: true,
    entities: ["User", "Workspace", "WorkspaceMember", "ContactFormMessage"],
  }),
];
