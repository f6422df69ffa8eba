import { action, page, query, route, type Spec } from "@wasp.sh/spec";
import { ApolloPage } from "./ApolloPage" with { type: "ref" };
import { getApolloConnection, removeApolloApiKey, saveApolloApiKey } from "./connection/operations" with { type: "ref" };

const connection = ["Workspace", "WorkspaceMember", "Company"];

export const apolloSpec: Spec = [
  route("ApolloRoute", "/app/apollo", page(ApolloPage, { authRequired: true })),
  query(getApolloConnection, { entities: connection }),
  action(saveApolloApiKey, { entities: connection }),
  action(removeApolloApiKey, { entities: connection }),
];
