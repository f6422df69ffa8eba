import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CONTROL_PATHS, changeListNow, defineScenario, handleControl, membersOf, touchRecords } from "./controlRoutes.ts";
import { createRateWindows, json, tooMany } from "./http.ts";
import { createKeyStates, labelsOf, servedOf } from "./keyState.ts";
import { handleMaster, isMasterRoute } from "./masterRoutes.ts";
import { fakeOrganization } from "./organizations.ts";
import type { Scenario } from "./scenarios.ts";

export { fakeOrganization };
export type { Scenario, ScenarioList } from "./scenarios.ts";

/**
 * A local stand-in for Apollo's REST API (documented shapes only, see
 * /work/shared/reference/apollo-api.md), for tests and offline development, on
 * 127.0.0.1 under /api/v1. Everything is decided by the API key (x-api-key) and
 * the request, and all state is namespaced by key: tests that each use their
 * own key can share one stand-in process.
 *
 * Keys: none or apollo-invalid-key -> 401 (and /auth/health says not logged in),
 *   apollo-forbidden-key -> 403 everywhere, apollo-standard-key* -> 403 on the
 *   master-key endpoints (lists, contact/account search, sequences, email
 *   accounts, add_contact_ids) only; any other key works as a master key.
 *
 * Enrichment (GET /organizations/enrich?domain=), by the domain's first label:
 *   unknown* -> organization null, absent* -> {}, ratelimited-retryafter* -> 429
 *   with Retry-After: 1 once, ratelimited-noheader* -> 429 once without it,
 *   ratelimited-always* -> 429, broken* -> 500, flaky* -> 503 once, slow* -> late
 *   answer (past a client's timeout), lagging* -> an answer after lagDelayMs (inside
 *   it), malformed* -> wrong shape; anything else -> a plausible organization.
 *   Past `minuteLimit` requests per key per minute it answers a real 429.
 *
 * Records (people.ts): each key has a pool of contacts and accounts generated
 *   from (key, pool index) with sha256, so ids (24 hex) are stable across
 *   restarts. Contacts work at ~150 companies (accounts 0..149 of the key);
 *   emails are first.last@<company domain> and unique per key; about 1 in 7 has
 *   email null (email_status "unavailable"), about 1 in 40 of the rest
 *   "bounced". label_ids lists the key's lists a record is in now; updated_at
 *   only moves when /__stand-in/records/touch changes the record (a contact's
 *   title, an account's name); list membership changes do not move it.
 *
 * Lists (lists.ts, masterRoutes.ts): every master key has the default lists
 *   "Series A SaaS founders" (240 contacts), "EU logistics buyers" (180 contacts,
 *   60 of them also in the first), "Churn-risk champions" (35 contacts) and
 *   "Target accounts: DACH" (60 accounts), ids 24 hex from key and name.
 *   GET /labels -> bare array of { id, name, modality, cached_count, created_at, updated_at }.
 *   POST /contacts/search { contact_label_ids: [id], page?, per_page?, q_keywords? } and
 *   POST /accounts/search { account_label_ids: [id], page?, per_page?, q_keywords? } ->
 *   { contacts|accounts: [...], pagination: { page, per_page, total_entries, total_pages } },
 *   newest members first (added members come at the head); per_page defaults to 10
 *   and above 100 serves 100; page defaults to 1; page > 500 -> 422 { error } (Apollo's
 *   cap: 500 pages), total_entries is the true total. One list id per search (more
 *   -> 422); an id the key has no list of that modality under -> an empty page.
 *   Bad JSON or fields -> 422 { error }.
 *
 * Scenarios (scenarios.ts): POST /__stand-in/scenarios gives a key its own lists,
 *   each with a size (up to 1,000,000; records are generated per page), an
 *   overlapWith { listName, count } (`count` members picked evenly along an
 *   earlier list, spread evenly through this one), faults and changes:
 *   faults (counted per list over all its search requests, 1-based n):
 *     rateLimitRetryAfterEvery: n -> every n-th is a 429 with Retry-After: 1,
 *     rateLimitNoHeaderEvery: n -> every n-th a 429 without it,
 *     serverErrorHtmlEvery: n -> every n-th a 502 with an HTML body,
 *     hangPages: [k] -> the first request for page k is never answered (reset/close ends it),
 *     slowPagesMs: ms -> every page answer waits that long first,
 *     minuteLimit: n -> the list has its own minute window of n requests (429 past it);
 *     precedence when several hit one request: hang, minuteLimit, Retry-After 429,
 *     header-less 429, 502, then the page cap's 422.
 *   changes: [{ afterPage: k, addAtHead: n, remove: m }] -> right after page k is first
 *     served, m members are removed (half among the first k pages' members, half
 *     after, evenly spread) and then n new ones put at the head; each fires once.
 *   replaceDefaults: true (top level, or on any list) hides the default lists; a
 *   scenario list named like a default one replaces it. Defining again replaces
 *   the key's scenario and all its state (touches, enrolments, counters).
 *
 * Sequences (sequences.ts): "Founder intro (3 steps)", "Logistics follow-up" and
 *   "Q1 webinar invite" (nothing delivered: rates null), plus a scenario's
 *   `sequences: [{ name, active?, num_steps? }]`; two mailboxes,
 *   sales@<name>-growth.example (default) and founder@<same>.
 *   POST /emailer_campaigns/search { q_name?, page?, per_page? }, GET /email_accounts,
 *   POST /emailer_campaigns/{id}/add_contact_ids { emailer_campaign_id (= id),
 *   contact_ids, send_email_from_email_account_id } -> { contacts (added),
 *   emailer_campaign: { id, name }, skipped_contact_ids: { id: reason } } with reasons
 *   contacts_not_found, contacts_without_email, contacts_with_bounced_email,
 *   contacts_already_exists_in_current_campaign; unknown sequence 404, bad
 *   mailbox / ids / campaign id 422.
 *
 * Rate limits: successful answers carry Apollo's six headers; master endpoints
 *   count in a per-key window of apiMinuteLimit (default 10,000) unless a list has
 *   its own minuteLimit.
 *
 * Control channel (controlRoutes.ts, unlogged): GET /__stand-in/requests (the
 *   request log), POST /__stand-in/reset (log, windows, scenarios, lists, touches,
 *   enrolments, counters, hung requests), POST /__stand-in/scenarios,
 *   POST /__stand-in/records/touch, POST /__stand-in/lists/change,
 *   GET /__stand-in/lists/members, GET /__stand-in/served (shapes in
 *   controlRoutes.ts); each also answers under /api/v1/__stand-in/. In process,
 *   the returned ApolloStandIn has the same as defineScenario, membersOf, touch,
 *   changeList, served and labels.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  hadApiKey: boolean;
}

export interface ApolloStandInOptions {
  port?: number;
  slowDelayMs?: number;
  lagDelayMs?: number;
  /** Enrichment requests per key per minute. */
  minuteLimit?: number;
  /** Master-endpoint requests (lists, sequences) per key per minute. */
  apiMinuteLimit?: number;
}

export interface ApolloStandIn {
  url: string;
  requests: RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
  /** In-process twins of the control channel; they throw on a bad scenario or an unknown list. */
  defineScenario(scenario: Scenario): ReturnType<typeof defineScenario>;
  membersOf(apiKey: string, listName: string): string[];
  touch(apiKey: string, listName: string, count: number): string[];
  changeList(apiKey: string, listName: string, change: { addAtHead?: number; remove?: number }): { added: string[]; removed: string[] };
  served(apiKey: string): ReturnType<typeof servedOf>;
  labels(apiKey: string): ReturnType<typeof labelsOf>;
}

const INVALID_KEY = "apollo-invalid-key";
const FORBIDDEN_KEY = "apollo-forbidden-key";
/** A standard (not master) key: enrichment works, lists and sequences answer 403. */
const STANDARD_KEY_PREFIX = "apollo-standard-key";

export async function startApolloStandIn({ port = 0, slowDelayMs = 1500, lagDelayMs = 150, minuteLimit = 600, apiMinuteLimit = 10_000 }: ApolloStandInOptions = {}): Promise<ApolloStandIn> {
  const requests: RecordedRequest[] = [];
  const seenDomains = new Map<string, number>();
  const windows = createRateWindows();
  const states = createKeyStates();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  const master = { states, windows, apiMinuteLimit, delay };
  const reset = () => {
    requests.length = 0;
    seenDomains.clear();
    windows.clear();
    states.reset();
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname.replace(/^\/api\/v1/, "");
    if (path === "/__stand-in/requests") return json(res, 200, requests);
    if (path === "/__stand-in/reset" && req.method === "POST") {
      reset();
      return json(res, 200, { reset: true });
    }
    if (CONTROL_PATHS.includes(path)) return handleControl(states, req, res, path, url.searchParams);
    const method = req.method ?? "GET";
    const apiKey = req.headers["x-api-key"];
    const key = typeof apiKey === "string" ? apiKey : "";
    requests.push({ method, path, query: Object.fromEntries(url.searchParams), hadApiKey: key !== "" });

    if (path === "/auth/health") return json(res, 200, { healthy: true, is_logged_in: key !== "" && key !== INVALID_KEY });
    if (key === "" || key === INVALID_KEY) return json(res, 401, { error: "Invalid access credentials." });
    if (key === FORBIDDEN_KEY) {
      return json(res, 403, { error: "api/v1" + path + " is not accessible with this api_key", error_code: "API_INACCESSIBLE" });
    }
    if (isMasterRoute(method, path)) return handleMaster(master, req, res, key, path, key.startsWith(STANDARD_KEY_PREFIX));
    if (path !== "/organizations/enrich" || method !== "GET") return json(res, 404, { error: "Not found" });

    const domain = (url.searchParams.get("domain") ?? "").toLowerCase();
    if (!domain) return json(res, 422, { error: "domain is required" });
    const label = domain.split(".")[0];
    const timesSeen = (seenDomains.get(domain) ?? 0) + 1;
    seenDomains.set(domain, timesSeen);
    const limits = windows.take(`enrich:${key}`, minuteLimit);
    if (limits.exceeded) return json(res, 429, tooMany(path, minuteLimit));

    if (label.startsWith("ratelimited-always")) return json(res, 429, tooMany(path, minuteLimit));
    if (label.startsWith("ratelimited-retryafter") && timesSeen === 1) return json(res, 429, tooMany(path, minuteLimit), { "retry-after": "1" });
    if (label.startsWith("ratelimited-noheader") && timesSeen === 1) return json(res, 429, tooMany(path, minuteLimit));
    if (label.startsWith("broken")) return json(res, 500, { error: "Internal server error" });
    if (label.startsWith("flaky") && timesSeen === 1) return json(res, 503, { error: "Service unavailable" });
    if (label.startsWith("slow")) await delay(slowDelayMs);
    if (label.startsWith("lagging")) await delay(lagDelayMs);
    if (label.startsWith("unknown")) return json(res, 200, { organization: null }, limits.headers);
    if (label.startsWith("absent")) return json(res, 200, {}, limits.headers);
    if (label.startsWith("malformed")) {
      return json(res, 200, { organization: { ...fakeOrganization(domain), estimated_num_employees: "lots" } }, limits.headers);
    }
    return json(res, 200, { organization: fakeOrganization(domain) }, limits.headers);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${boundPort}/api/v1`,
    requests,
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        states.reset();
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    defineScenario: (scenario) => defineScenario(states, scenario),
    membersOf: (apiKey, listName) => membersOf(states, apiKey, listName),
    touch: (apiKey, listName, count) => touchRecords(states, apiKey, listName, count),
    changeList: (apiKey, listName, { addAtHead = 0, remove = 0 }) => changeListNow(states, apiKey, listName, addAtHead, remove),
    served: (apiKey) => servedOf(states.get(apiKey)),
    labels: (apiKey) => labelsOf(states.get(apiKey)),
  };
}
