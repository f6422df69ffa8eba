import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startApolloStandIn, type ApolloStandIn } from "./apolloStandIn";
import { createApolloClient, type ApolloClientOptions } from "../../../src/apollo/client/apolloClient";
import { ApolloError } from "../../../src/apollo/client/apolloErrors";
import { RequestBudget } from "../../../src/apollo/client/rateLimit";

/** The real client against the local stand-in; waits are recorded instead of slept, except real timeouts. */
let standIn: ApolloStandIn;
let waits: number[];

beforeAll(async () => {
  standIn = await startApolloStandIn({ slowDelayMs: 800, minuteLimit: 3 });
});
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  waits = [];
});

const client = (overrides: Partial<ApolloClientOptions> = {}) =>
  createApolloClient({
    baseUrl: standIn.url,
    apiKey: "apollo-test-key",
    maxAttempts: 3,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...overrides,
  });

async function failureOf(promise: Promise<unknown>): Promise<ApolloError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApolloError) return error;
    throw error;
  }
  throw new Error("expected an ApolloError");
}

describe("Apollo client against the stand-in", () => {
  it("enriches a known domain, sending the key in a header and never in the URL", async () => {
    const result = await client().enrichOrganization("acme.com");
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.organization).toMatchObject({ primary_domain: "acme.com", name: expect.any(String), estimated_num_employees: expect.any(Number) });
    expect(result.rateLimit).toMatchObject({ minuteLimit: 3, minuteLeft: 2 });
    expect(standIn.requests).toEqual([{ method: "GET", path: "/organizations/enrich", query: { domain: "acme.com" }, hadApiKey: true }]);
  });

  it("reports an unknown company as not found, whether organization is null or absent", async () => {
    expect((await client().enrichOrganization("unknown-co.com")).found).toBe(false);
    expect((await client().enrichOrganization("absent-co.com")).found).toBe(false);
  });

  it("does not retry a rejected key (401) or a refused one (403)", async () => {
    const unauthorized = await failureOf(client({ apiKey: "apollo-invalid-key" }).enrichOrganization("acme.com"));
    expect(unauthorized).toMatchObject({ kind: "unauthorized", status: 401 });
    expect(unauthorized.message).toMatch(/API key/);
    expect(unauthorized.message).not.toContain("apollo-invalid-key");
    const forbidden = await failureOf(client({ apiKey: "apollo-forbidden-key" }).enrichOrganization("acme.com"));
    expect(forbidden).toMatchObject({ kind: "forbidden", status: 403 });
    expect(standIn.requests).toHaveLength(2);
  });

  it("honours Retry-After on a 429, then succeeds", async () => {
    const result = await client().enrichOrganization("ratelimited-retryafter.com");
    expect(result.found).toBe(true);
    expect(waits).toEqual([1000]);
  });

  it("backs off exponentially on a 429 without headers, then succeeds", async () => {
    const result = await client().enrichOrganization("ratelimited-noheader.com");
    expect(result.found).toBe(true);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(800);
    expect(waits[0]).toBeLessThanOrEqual(1200);
  });

  it("gives up on a persistent 429 as rate_limited after its attempts", async () => {
    const failure = await failureOf(client().enrichOrganization("ratelimited-always.com"));
    expect(failure.kind).toBe("rate_limited");
    expect(standIn.requests).toHaveLength(3);
    expect(waits[1]).toBeGreaterThan(waits[0]);
  });

  it("throws rate_limited at once when Apollo asks for a longer wait than it will take", async () => {
    const failure = await failureOf(client({ maxRetryWaitMs: 500 }).enrichOrganization("ratelimited-retryafter-2.com"));
    expect(failure).toMatchObject({ kind: "rate_limited", retryAfterMs: 1000 });
    expect(waits).toEqual([]);
  });

  it("retries a 5xx and gives up as server_error", async () => {
    const failure = await failureOf(client().enrichOrganization("broken.com"));
    expect(failure).toMatchObject({ kind: "server_error", status: 500 });
    expect(standIn.requests).toHaveLength(3);
  });

  it("gets through a single 503", async () => {
    expect((await client().enrichOrganization("flaky.com")).found).toBe(true);
    expect(standIn.requests).toHaveLength(2);
  });

  it("times out a slow answer with its own timeout", async () => {
    const startedAt = Date.now();
    const failure = await failureOf(client({ timeoutMs: 200, maxAttempts: 1 }).enrichOrganization("slow.com"));
    expect(failure.kind).toBe("timeout");
    expect(Date.now() - startedAt).toBeLessThan(700);
  });

  it("refuses an answer that is not in the documented shape", async () => {
    const failure = await failureOf(client().enrichOrganization("malformed.com"));
    expect(failure.kind).toBe("bad_response");
    expect(failure.message).toContain("estimated_num_employees");
  });

  it("reports a server it cannot reach as a network error", async () => {
    const failure = await failureOf(client({ baseUrl: "http://127.0.0.1:9/api/v1", maxAttempts: 2 }).enrichOrganization("acme.com"));
    expect(failure.kind).toBe("network");
  });

  it("slows down before the minute's limit and waits the minute out once Apollo says it is spent", async () => {
    let clock = 1_000_000;
    const apollo = client({ now: () => clock });
    await apollo.enrichOrganization("one.com");
    await apollo.enrichOrganization("two.com");
    expect(waits).toEqual([]);
    // One of three left: the last is spread over the minute rather than spent at once.
    await apollo.enrichOrganization("three.com");
    expect(waits).toEqual([60_000]);
    expect(apollo.rateLimit.minuteLeft).toBe(0);
    clock += 15_000;
    await failureOf(apollo.enrichOrganization("four.com")).catch(() => undefined);
    expect(waits[1]).toBe(45_000);
  });

  it("never sends more than its own budget in any minute, whatever Apollo allows", async () => {
    const roomy = await startApolloStandIn({ minuteLimit: 1_000 });
    try {
      let clock = 5_000_000;
      const budget = new RequestBudget(2);
      const apollo = client({ baseUrl: roomy.url, now: () => clock, budget, sleep: async (ms) => { waits.push(ms); clock += ms; } });
      for (const domain of ["a.com", "b.com", "c.com", "d.com", "e.com"]) await apollo.enrichOrganization(domain);
      expect(waits).toEqual([60_000, 60_000]);
      expect(roomy.requests).toHaveLength(5);
    } finally {
      await roomy.close();
    }
  });
});

describe("stand-in as a process", () => {
  it("starts from the command line, answers, and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [path.join(__dirname, "main.ts"), "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const [line] = (await once(child.stdout!, "data")) as [Buffer];
    const url = /listening on (\S+)/.exec(line.toString())?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const response = await fetch(`${url}/organizations/enrich?domain=acme.com`, { headers: { "x-api-key": "k" } });
    expect(response.status).toBe(200);
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(0);
  });
});

describe("checking a key", () => {
  it("tells a logged-in key from one Apollo says is not logged in", async () => {
    expect(await client().isLoggedIn()).toBe(true);
    expect(await client({ apiKey: "apollo-invalid-key" }).isLoggedIn()).toBe(false);
  });

  it("tells a master key from a standard one by Apollo's 403 on lists", async () => {
    expect(await client().hasMasterAccess()).toBe(true);
    expect(await client({ apiKey: "apollo-standard-key-1" }).hasMasterAccess()).toBe(false);
    await expect(client({ apiKey: "apollo-invalid-key" }).hasMasterAccess()).rejects.toMatchObject({ kind: "unauthorized" });
  });
});
