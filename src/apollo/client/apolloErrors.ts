export type ApolloErrorKind = "unauthorized" | "forbidden" | "rate_limited" | "server_error" | "timeout" | "network" | "bad_response";

/** A failed Apollo call, with a message a user can act on. Never carries the API key. */
export class ApolloError extends Error {
  constructor(
    readonly kind: ApolloErrorKind,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "ApolloError";
  }
}

export function isApolloError(error: unknown): error is ApolloError {
  return error instanceof ApolloError;
}

export function apolloErrorForStatus(status: number, path: string, retryAfterMs?: number): ApolloError {
  if (status === 401) return new ApolloError("unauthorized", "Apollo rejected the API key; check it on the Apollo page.", status);
  if (status === 403) {
    return new ApolloError("forbidden", `Apollo refused ${path} for this API key; it may need a master key or a higher plan.`, status);
  }
  if (status === 429) return new ApolloError("rate_limited", "Apollo's rate limit is reached; enrichment resumes later.", status, retryAfterMs);
  if (status >= 500) return new ApolloError("server_error", `Apollo answered ${status}; it will be retried later.`, status);
  return new ApolloError("bad_response", `Apollo answered ${status} to ${path}.`, status);
}
