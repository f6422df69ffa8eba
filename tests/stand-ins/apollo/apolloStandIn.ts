import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A plausible, repeatable organization for any domain: the same domain always gets the same answer. */
const industries = ["information technology & services", "computer software", "marketing & advertising", "financial services", "logistics & supply chain", "hospital & health care"];
const cities = [
  ["Berlin", null, "Germany"],
  ["Austin", "Texas", "United States"],
  ["London", null, "United Kingdom"],
  ["Toronto", "Ontario", "Canada"],
  ["Amsterdam", null, "Netherlands"],
] as const;
const technologies = ["Salesforce", "HubSpot", "Google Analytics", "AWS", "React", "Segment", "Stripe", "Zendesk", "Slack", "Snowflake"];

export function fakeOrganization(domain: string) {
  const hash = createHash("sha256").update(domain).digest();
  const pick = <T>(items: readonly T[], byte: number) => items[hash[byte] % items.length];
  const label = domain.split(".")[0];
  const name = label.split("-").filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join(" ");
  const employees = 5 + ((hash[2] << 8) | hash[3]) % 4000;
  const [city, state, country] = pick(cities, 4);
  return {
    id: hash.subarray(0, 12).toString("hex"),
    name: `${name} ${pick(["Inc.", "GmbH", "Ltd", "Labs", "Group"], 5)}`,
    primary_domain: domain,
    website_url: `http://www.${domain}`,
    linkedin_url: `http://www.linkedin.com/company/${label}`,
    estimated_num_employees: employees,
    industry: pick(industries, 6),
    keywords: ["b2b", "saas"],
    annual_revenue: employees * 95_000,
    annual_revenue_printed: `${Math.round((employees * 95_000) / 1e6)}M`,
    founded_year: 1990 + (hash[7] % 34),
    short_description: `${name} builds products for ${pick(["mid-market", "enterprise", "small"], 8)} teams.`,
    city,
    state,
    country,
    technology_names: technologies.filter((_, index) => (hash[9 + (index % 10)] & 1) === 1),
  };
}


/**
 * A local stand-in for Apollo's REST API (documented shapes only), for tests
 * and offline development. The API key and the domain's first label decide
 * how it answers, so a test in another process needs no control channel:
 *   keys: none or apollo-invalid-key -> 401 (and /auth/health says not logged in),
 *   apollo-forbidden-key -> 403, apollo-standard-key* -> 403 on master-key endpoints
 *   (GET /labels) only, any other works as a master key
 *   domains: unknown* -> organization null, absent* -> {}, ratelimited-retryafter* -> 429
 *   with Retry-After: 1 once, ratelimited-noheader* -> 429 once without it,
 *   ratelimited-always* -> 429, broken* -> 500, flaky* -> 503 once, slow* -> late
 *   answer (past a client's timeout), lagging* -> an answer after lagDelayMs (inside
 *   it), malformed* -> wrong shape; anything else -> a plausible organization.
 * Successful answers carry the six rate-limit headers; past minuteLimit requests
 * per key per minute it answers a real 429.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  hadApiKey: boolean;
}

export interface ApolloStandIn {
  url: string;
  requests: RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
}

const INVALID_KEY = "apollo-invalid-key";
const FORBIDDEN_KEY = "apollo-forbidden-key";
/** A standard (not master) key: enrichment works, lists and sequences answer 403. */
const STANDARD_KEY_PREFIX = "apollo-standard-key";

export async function startApolloStandIn({ port = 0, slowDelayMs = 1500, lagDelayMs = 150, minuteLimit = 600 } = {}): Promise<ApolloStandIn> {
  const requests: RecordedRequest[] = [];
  const seenDomains = new Map<string, number>();
  const windows = new Map<string, { startedAt: number; count: number }>();

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  const rateLimitHeaders = (key: string) => {
    const now = Date.now();
    let window = windows.get(key);
    if (!window || now - window.startedAt >= 60_000) {
      window = { startedAt: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    const minuteLeft = Math.max(0, minuteLimit - window.count);
    return {
      exceeded: window.count > minuteLimit,
      headers: {
        "x-rate-limit-minute": String(minuteLimit),
        "x-rate-limit-hourly": String(minuteLimit * 10),
        "x-rate-limit-daily": String(minuteLimit * 30),
        "x-minute-requests-left": String(minuteLeft),
        "x-hourly-requests-left": String(minuteLimit * 10 - window.count),
        "x-daily-requests-left": String(minuteLimit * 30 - window.count),
      },
    };
  };

  const tooMany = (path: string, limit: number) => ({
    message: `The maximum number of api calls allowed for api/v1${path} is ${limit} times per minute. Please upgrade your plan from https://app.apollo.io/#/settings/plans/upgrade.`,
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__stand-in/requests") return json(res, 200, requests);
    if (url.pathname === "/__stand-in/reset" && req.method === "POST") {
      requests.length = 0;
      seenDomains.clear();
      windows.clear();
      return json(res, 200, { reset: true });
    }
    const path = url.pathname.replace(/^\/api\/v1/, "");
    const apiKey = req.headers["x-api-key"];
    const key = typeof apiKey === "string" ? apiKey : "";
    requests.push({ method: req.method ?? "GET", path, query: Object.fromEntries(url.searchParams), hadApiKey: key !== "" });

    if (path === "/auth/health") return json(res, 200, { healthy: true, is_logged_in: key !== "" && key !== INVALID_KEY });
    if (key === "" || key === INVALID_KEY) return json(res, 401, { error: "Invalid access credentials." });
    if (key === FORBIDDEN_KEY) {
      return json(res, 403, { error: "api/v1" + path + " is not accessible with this api_key", error_code: "API_INACCESSIBLE" });
    }
    if (path === "/labels" && req.method === "GET") {
      // Lists are for master keys only: a standard key (apollo-standard-key*) gets Apollo's 403.
      if (key.startsWith(STANDARD_KEY_PREFIX)) return json(res, 403, { error: "api/v1/labels is not accessible with this api_key", error_code: "API_INACCESSIBLE" });
      return json(res, 200, []);
    }
    if (path !== "/organizations/enrich" || req.method !== "GET") return json(res, 404, { error: "Not found" });

    const domain = (url.searchParams.get("domain") ?? "").toLowerCase();
    if (!domain) return json(res, 422, { error: "domain is required" });
    const label = domain.split(".")[0];
    const timesSeen = (seenDomains.get(domain) ?? 0) + 1;
    seenDomains.set(domain, timesSeen);
    const limits = rateLimitHeaders(key);
    if (limits.exceeded) return json(res, 429, tooMany(path, minuteLimit));

    if (label.startsWith("ratelimited-always")) return json(res, 429, tooMany(path, minuteLimit));
    if (label.startsWith("ratelimited-retryafter") && timesSeen === 1) return json(res, 429, tooMany(path, minuteLimit), { "retry-after": "1" });
    if (label.startsWith("ratelimited-noheader") && timesSeen === 1) return json(res, 429, tooMany(path, minuteLimit));
    if (label.startsWith("broken")) return json(res, 500, { error: "Internal server error" });
    if (label.startsWith("flaky") && timesSeen === 1) return json(res, 503, { error: "Service unavailable" });
    if (label.startsWith("slow")) await new Promise((resolve) => setTimeout(resolve, slowDelayMs));
    if (label.startsWith("lagging")) await new Promise((resolve) => setTimeout(resolve, lagDelayMs));
    if (label.startsWith("unknown")) return json(res, 200, { organization: null }, limits.headers);
    if (label.startsWith("absent")) return json(res, 200, {}, limits.headers);
    if (label.startsWith("malformed")) {
      return json(res, 200, { organization: { ...fakeOrganization(domain), estimated_num_employees: "lots" } }, limits.headers);
    }
    return json(res, 200, { organization: fakeOrganization(domain) }, limits.headers);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => json(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${boundPort}/api/v1`,
    requests,
    reset() {
      requests.length = 0;
      seenDomains.clear();
      windows.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
