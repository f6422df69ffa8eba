import { z } from "zod";
import { ApolloError, apolloErrorForStatus } from "./apolloErrors";
import { organizationEnrichResponseSchema, type ApolloOrganization } from "./organizationSchema";
import { readRateLimit, retryDelayMs, type RateLimitState } from "./rateLimit";

export interface ApolloClientOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  maxAttempts?: number;
  /** A Retry-After longer than this is not waited out: the caller reschedules. */
  maxRetryWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export type OrganizationEnrichment =
  | { found: true; organization: ApolloOrganization; rateLimit: RateLimitState }
  | { found: false; rateLimit: RateLimitState };

type Query = Record<string, string | number | undefined>;

const healthResponseSchema = z.object({ is_logged_in: z.boolean().optional(), healthy: z.boolean().optional() }).passthrough();

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const MINUTE_MS = 60_000;

/**
 * The one way Hyperformant talks to Apollo: typed, zod-checked responses,
 * per-attempt timeouts, retries with backoff on 429, 5xx, timeouts and
 * network errors (never on 401/403), and a pause when Apollo says the
 * minute's requests are spent.
 */
export function createApolloClient(options: ApolloClientOptions) {
  const { apiKey, timeoutMs = 10_000, maxAttempts = 4, maxRetryWaitMs = 5 * MINUTE_MS, sleep = defaultSleep, now = Date.now } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  let lastRateLimit: RateLimitState = {};
  let minuteSpentAt: number | undefined;

  async function requestJson<S extends z.ZodType>(
    method: "GET" | "POST",
    path: string,
    { query, body, schema }: { query?: Query; body?: unknown; schema: S },
  ): Promise<{ data: z.infer<S>; rateLimit: RateLimitState }> {
    const url = new URL(`${baseUrl}${path}`);
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));

    for (let attempt = 1; ; attempt += 1) {
      if (minuteSpentAt !== undefined) {
        const wait = minuteSpentAt + MINUTE_MS - now();
        minuteSpentAt = undefined;
        if (wait > 0) await sleep(wait);
      }
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: { "x-api-key": apiKey, "content-type": "application/json", "cache-control": "no-cache", accept: "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
        const failure = timedOut
          ? new ApolloError("timeout", `Apollo did not answer within ${timeoutMs} ms; it will be retried later.`)
          : new ApolloError("network", "Apollo could not be reached; it will be retried later.");
        if (attempt >= maxAttempts) throw failure;
        await sleep(retryDelayMs({ attempt, now: now() }));
        continue;
      }

      if (response.ok) {
        lastRateLimit = readRateLimit(response.headers);
        if (lastRateLimit.minuteLeft === 0) minuteSpentAt = now();
        const json: unknown = await response.json().catch(() => undefined);
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
          throw new ApolloError("bad_response", `Apollo's answer to ${path} was not in the documented shape (${parsed.error.issues[0]?.path.join(".") || "body"}).`);
        }
        return { data: parsed.data, rateLimit: lastRateLimit };
      }

      await response.body?.cancel();
      const retryable = response.status === 429 || response.status >= 500;
      const delay = retryDelayMs({ attempt, headers: response.headers, now: now() });
      if (!retryable || attempt >= maxAttempts || delay > maxRetryWaitMs) {
        throw apolloErrorForStatus(response.status, path, response.status === 429 ? delay : undefined);
      }
      await sleep(delay);
    }
  }

  return {
    requestJson,
    /** What the last successful response said about the rate limits. */
    get rateLimit(): RateLimitState {
      return lastRateLimit;
    },
    /** Whether Apollo takes the key: GET /auth/health answers 200 either way, saying if it is logged in. */
    async isLoggedIn(): Promise<boolean> {
      const { data } = await requestJson("GET", "/auth/health", { schema: healthResponseSchema });
      return data.is_logged_in === true;
    },
    /** Whether the key is a master key: lists (GET /labels) answer 403 to any other. */
    async hasMasterAccess(): Promise<boolean> {
      try {
        await requestJson("GET", "/labels", { schema: z.unknown() });
        return true;
      } catch (error) {
        if (error instanceof ApolloError && error.kind === "forbidden") return false;
        throw error;
      }
    },
    async enrichOrganization(domain: string): Promise<OrganizationEnrichment> {
      const { data, rateLimit } = await requestJson("GET", "/organizations/enrich", {
        query: { domain },
        schema: organizationEnrichResponseSchema,
      });
      return data.organization ? { found: true, organization: data.organization, rateLimit } : { found: false, rateLimit };
    },
  };
}

export type ApolloClient = ReturnType<typeof createApolloClient>;
