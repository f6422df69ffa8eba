import { createHash } from "node:crypto";
import { env } from "wasp/server";
import { createApolloClient, type ApolloClientOptions } from "./apolloClient";
import { RequestBudget } from "./rateLimit";

/** One per key in this process (keyed by the key's hash, never the key): the APOLLO_REQUESTS_PER_MINUTE ceiling holds across syncs, enrolments and enrichment. */
const budgets = new Map<string, RequestBudget>();

function budgetFor(apiKey: string): RequestBudget {
  const id = createHash("sha256").update(apiKey).digest("hex");
  let budget = budgets.get(id);
  if (!budget) {
    budget = new RequestBudget(env.APOLLO_REQUESTS_PER_MINUTE);
    budgets.set(id, budget);
  }
  return budget;
}

/** The Apollo client with this server's settings (APOLLO_API_URL, timeout, attempts, requests a minute), for one key. */
export function configuredApolloClient(apiKey: string, overrides: Partial<ApolloClientOptions> = {}) {
  return createApolloClient({
    baseUrl: env.APOLLO_API_URL,
    apiKey,
    timeoutMs: env.APOLLO_TIMEOUT_MS,
    maxAttempts: env.APOLLO_MAX_ATTEMPTS,
    budget: budgetFor(apiKey),
    ...overrides,
  });
}
