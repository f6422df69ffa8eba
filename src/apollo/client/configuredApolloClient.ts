import { env } from "wasp/server";
import { createApolloClient, type ApolloClientOptions } from "./apolloClient";

/** The Apollo client with this server's settings (APOLLO_API_URL, timeout, attempts), for one key. */
export function configuredApolloClient(apiKey: string, overrides: Partial<ApolloClientOptions> = {}) {
  return createApolloClient({ baseUrl: env.APOLLO_API_URL, apiKey, timeoutMs: env.APOLLO_TIMEOUT_MS, maxAttempts: env.APOLLO_MAX_ATTEMPTS, ...overrides });
}
