import { z } from "zod";
import { ApolloError, apolloErrorForStatus } from "./apolloErrors";
import { organizationEnrichResponseSchema, type ApolloOrganization } from "./organizationSchema";
import { paceDelayMs, readRateLimit, retryDelayMs, RequestBudget, type RateLimitState } from "./rateLimit";
import {
  accountsSearchResponseSchema,
  addContactsResponseSchema,
  contactsSearchResponseSchema,
  emailAccountsResponseSchema,
  labelsResponseSchema,
  sequencesSearchResponseSchema,
  type AddContactsResponse,
  type ApolloAccount,
  type ApolloContact,
  type ApolloEmailAccount,
  type ApolloLabel,
  type ApolloPagination,
  type ApolloSequence,
} from "./listSchemas";

export interface ApolloClientOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  maxAttempts?: number;
  /** A Retry-After longer than this is not waited out: the caller reschedules. */
  maxRetryWaitMs?: number;
  /** Shared by every client of one key: never more requests than its ceiling in any minute. */
  budget?: RequestBudget;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Apollo serves at most 100 records a page and 500 pages a query (50,000 records). */
export const APOLLO_MAX_PER_PAGE = 100;
export const APOLLO_MAX_PAGES = 500;

export type ListModality = "contacts" | "accounts";
export type ListMembersPage =
  | { modality: "contacts"; members: ApolloContact[]; pagination: ApolloPagination }
  | { modality: "accounts"; members: ApolloAccount[]; pagination: ApolloPagination };

export type OrganizationEnrichment =
  | { found: true; organization: ApolloOrganization; rateLimit: RateLimitState }
  | { found: false; rateLimit: RateLimitState };

type Query = Record<string, string | number | undefined>;

const healthResponseSchema = z.object({ is_logged_in: z.boolean().optional(), healthy: z.boolean().optional() }).passthrough();

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one way Hyperformant talks to Apollo: typed, zod-checked responses,
 * per-attempt timeouts, retries with backoff on 429, 5xx, timeouts and
 * network errors (never on 401/403), and a pause when Apollo says the
 * minute's requests are spent.
 */
export function createApolloClient(options: ApolloClientOptions) {
  const { apiKey, timeoutMs = 10_000, maxAttempts = 4, maxRetryWaitMs = 5 * 60_000, sleep = defaultSleep, now = Date.now } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  let lastRateLimit: RateLimitState = {};
  let lastAnsweredAt: number | undefined;

  /** Before each request: our own per-minute ceiling, then Apollo's remaining requests. */
  async function waitForTurn() {
    if (lastAnsweredAt !== undefined) {
      const pace = lastAnsweredAt + paceDelayMs(lastRateLimit) - now();
      if (pace > 0) await sleep(pace);
      // Once waited out, a spent minute is a new minute.
      if (lastRateLimit.minuteLeft === 0) lastRateLimit = { ...lastRateLimit, minuteLeft: undefined };
    }
    if (options.budget) {
      for (let wait = options.budget.waitMs(now()); wait > 0; wait = options.budget.waitMs(now())) await sleep(wait);
      options.budget.record(now());
    }
  }

  const failureOfFetch = (error: unknown) => {
    const timedOut = error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
    return timedOut
      ? new ApolloError("timeout", `Apollo did not answer within ${timeoutMs} ms; it will be retried later.`)
      : new ApolloError("network", "Apollo could not be reached; it will be retried later.");
  };

  async function requestJson<S extends z.ZodType>(
    method: "GET" | "POST",
    path: string,
    { query, body, schema }: { query?: Query; body?: unknown; schema: S },
  ): Promise<{ data: z.infer<S>; rateLimit: RateLimitState }> {
    const url = new URL(`${baseUrl}${path}`);
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));

    for (let attempt = 1; ; attempt += 1) {
      await waitForTurn();
      let response: Response;
      let text: string | undefined;
      try {
        response = await fetch(url, {
          method,
          headers: { "x-api-key": apiKey, "content-type": "application/json", "cache-control": "no-cache", accept: "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        // A body that stops half-way is a hung request too: read it under the same timeout.
        if (response.ok) text = await response.text();
        else await response.body?.cancel();
      } catch (error) {
        const failure = failureOfFetch(error);
        if (attempt >= maxAttempts) throw failure;
        await sleep(retryDelayMs({ attempt, now: now() }));
        continue;
      }
      lastAnsweredAt = now();

      if (response.ok) {
        lastRateLimit = readRateLimit(response.headers);
        let json: unknown;
        try {
          json = JSON.parse(text ?? "");
        } catch {
          json = undefined;
        }
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
          throw new ApolloError("bad_response", `Apollo's answer to ${path} was not in the documented shape (${parsed.error.issues[0]?.path.join(".") || "body"}).`);
        }
        return { data: parsed.data, rateLimit: lastRateLimit };
      }

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
    /** Every list of the workspace: GET /labels (master key). */
    async listLabels(): Promise<ApolloLabel[]> {
      const { data } = await requestJson("GET", "/labels", { schema: labelsResponseSchema });
      return Array.isArray(data) ? data : data.labels;
    },
    /** One page of a list's members, 100 at most: POST /contacts/search or /accounts/search (master key). */
    async listMembersPage(modality: ListModality, labelId: string, page: number, perPage = APOLLO_MAX_PER_PAGE): Promise<ListMembersPage> {
      if (modality === "contacts") {
        const { data } = await requestJson("POST", "/contacts/search", {
          body: { contact_label_ids: [labelId], page, per_page: perPage },
          schema: contactsSearchResponseSchema,
        });
        return { modality, members: data.contacts, pagination: data.pagination };
      }
      const { data } = await requestJson("POST", "/accounts/search", {
        body: { account_label_ids: [labelId], page, per_page: perPage },
        schema: accountsSearchResponseSchema,
      });
      return { modality, members: data.accounts, pagination: data.pagination };
    },
    /** Every sequence, page by page: POST /emailer_campaigns/search (master key). */
    async listSequences(maxPages = 20): Promise<ApolloSequence[]> {
      const sequences: ApolloSequence[] = [];
      for (let page = 1; page <= maxPages; page += 1) {
        const { data } = await requestJson("POST", "/emailer_campaigns/search", { body: { page, per_page: APOLLO_MAX_PER_PAGE }, schema: sequencesSearchResponseSchema });
        sequences.push(...data.emailer_campaigns);
        if (page >= data.pagination.total_pages || data.emailer_campaigns.length === 0) break;
      }
      return sequences;
    },
    /** The team's sending mailboxes: GET /email_accounts. */
    async listEmailAccounts(): Promise<ApolloEmailAccount[]> {
      const { data } = await requestJson("GET", "/email_accounts", { schema: emailAccountsResponseSchema });
      return data.email_accounts;
    },
    /** Adds saved contacts to a sequence, sending from one mailbox; Apollo says which it skipped and why. */
    async addContactsToSequence(sequenceId: string, contactIds: string[], emailAccountId: string): Promise<AddContactsResponse> {
      const { data } = await requestJson("POST", `/emailer_campaigns/${encodeURIComponent(sequenceId)}/add_contact_ids`, {
        body: { emailer_campaign_id: sequenceId, contact_ids: contactIds, send_email_from_email_account_id: emailAccountId },
        schema: addContactsResponseSchema,
      });
      return data;
    },
  };
}

export type ApolloClient = ReturnType<typeof createApolloClient>;
