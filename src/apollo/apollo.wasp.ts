import { action, query, type Spec } from "@wasp.sh/spec";
import { getApolloConnection, removeApolloApiKey, saveApolloApiKey } from "./connection/operations" with { type: "ref" };

const connection = ["Workspace", "WorkspaceMember", "Company"];

// The Apollo page itself is routed in src/client/appShell.wasp.ts.
export const apolloSpec: Spec = [
  query(getApolloConnection, { entities: connection }),
  action(saveApolloApiKey, { entities: connection }),
  action(removeApolloApiKey, { entities: connection }),
];
