import type { ApolloClient } from "../client/apolloClient";
import { isApolloError } from "../client/apolloErrors";

/** What Apollo says of a key before it is saved. */
export type ApolloKeyCheck =
  | { usable: true; masterKey: boolean }
  | { usable: false; status: 400 | 503; reason: string };

/**
 * Asks Apollo whether it takes the key (a 200 from /auth/health that says
 * "not logged in" is a refusal too) and whether it is a master key (lists
 * answer 403 to any other). Apollo being unreachable is not the key's fault:
 * it says so, and nothing is saved.
 */
export async function checkApolloKey(client: Pick<ApolloClient, "isLoggedIn" | "hasMasterAccess">): Promise<ApolloKeyCheck> {
  try {
    if (!(await client.isLoggedIn())) {
      return { usable: false, status: 400, reason: "Apollo says this key is not signed in to any account: it may be mistyped or revoked. Copy it again from Apollo (Settings → Integrations → API)." };
    }
    return { usable: true, masterKey: await client.hasMasterAccess() };
  } catch (error) {
    if (isApolloError(error) && (error.kind === "unauthorized" || error.kind === "forbidden")) {
      return { usable: false, status: 400, reason: "Apollo refused this key. Copy it again from Apollo (Settings → Integrations → API)." };
    }
    if (isApolloError(error)) {
      return { usable: false, status: 503, reason: `The key could not be checked: ${error.message.replace(/;.*$/, "")}. Nothing was saved; try again in a moment.` };
    }
    throw error;
  }
}
