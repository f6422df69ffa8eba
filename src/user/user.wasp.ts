import { action, api, page, route, type Spec } from "@wasp.sh/spec";
import { AccountPage } from "./AccountPage" with { type: "ref" };
import { deleteMyAccount, updateProfile } from "./operations" with { type: "ref" };
import { exportMyData } from "./exportApi" with { type: "ref" };

export const userSpec: Spec = [
  route("AccountRoute", "/app/account", page(AccountPage, { authRequired: true })),
  action(updateProfile, { entities: ["User"] }),
  action(deleteMyAccount, { entities: ["User", "Workspace", "WorkspaceMember"] }),
  api("GET", "/api/account/export", exportMyData, {
    auth: true,
    entities: ["User", "Workspace", "WorkspaceMember", "ContactFormMessage"],
  }),
];
