import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clientOrigin } from "./support/httpClient";
import { testEnvironment } from "./support/testEnvironment";

/** The headers that keep a browser from sniffing, framing or leaking what the server answers. */
const securityHeaderNames = [
  "content-security-policy",
  "cross-origin-embedder-policy",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
  "origin-agent-cluster",
  "referrer-policy",
  "strict-transport-security",
  "x-content-type-options",
  "x-dns-prefetch-control",
  "x-download-options",
  "x-frame-options",
  "x-permitted-cross-domain-policies",
  "x-xss-protection",
];

const securityHeadersOf = (response: Response) =>
  Object.fromEntries(securityHeaderNames.map((name) => [name, response.headers.get(name)]));

/** One request of every kind of answer the server gives: Wasp's routes, ours, errors and the 404s outside any router. */
const requests: [string, string, RequestInit?][] = [
  ["liveness", "/health"],
  ["readiness", "/ready"],
  ["the wrong-port page", "/"],
  ["an unknown path", "/no-such-page"],
  ["an unknown path under /auth", "/auth/no-such-route"],
  ["an unknown operation", "/operations/no-such-operation", { method: "POST" }],
  ["a login with bad input", "/auth/email/login", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }],
  ["malformed JSON", "/auth/email/login", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }],
  ["a signed-out operation", "/operations/get-companies", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }],
  ["a signed-out api", "/api/companies/export"],
  ["a CORS preflight", "/operations/get-companies", { method: "OPTIONS", headers: { origin: clientOrigin(), "access-control-request-method": "POST" } }],
];

describe("security headers on every answer of the server", () => {
  it.each(requests)("%s carries the same security headers and no X-Powered-By", async (_label, path, init) => {
    const reference = securityHeadersOf(await fetch(`${testEnvironment.serverUrl}/auth/email/login`, { method: "POST" }));
    const response = await fetch(`${testEnvironment.serverUrl}${path}`, init);
    await response.arrayBuffer();
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(securityHeadersOf(response)).toEqual(reference);
    for (const name of securityHeaderNames) expect(response.headers.get(name), name).toBeTruthy();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("CORS in production", () => {
  const preflight = (origin: string) =>
    fetch(`${testEnvironment.serverUrl}/operations/get-companies`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
    });

  it("allows the web client's origin and no other", async () => {
    expect((await preflight(clientOrigin())).headers.get("access-control-allow-origin")).toBe(clientOrigin());
    for (const origin of ["https://evil.example", "http://localhost:1", "null"]) {
      const response = await preflight(origin);
      expect(response.headers.get("access-control-allow-origin"), origin).toBeNull();
    }
    const read = await fetch(`${testEnvironment.serverUrl}/api/companies/export`, { headers: { origin: "https://evil.example" } });
    expect(read.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("the static client", () => {
  const clientUrl = () => process.env.HF_TEST_CLIENT_URL!;
  const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);

  it.each(["/", "/login", "/app/companies/no-such-company", "/favicon.ico"])("serves %s with a CSP that forbids framing, and nosniff", async (path) => {
    const response = await fetch(`${clientUrl()}${path}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/(^|;)\s*default-src 'self'/);
    const scriptSources = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
    expect(scriptSources.split(" ").filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
    expect(csp).toContain(`connect-src 'self' ${testEnvironment.serverUrl}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    if (response.headers.get("content-type")?.includes("text/html")) {
      // Wasp's pages carry a small inline script: the CSP must allow exactly it, by hash.
      for (const script of inlineScripts(await response.text())) {
        const hash = createHash("sha256").update(script).digest("base64");
        expect(csp, `inline script ${script}`).toContain(`'sha256-${hash}'`);
      }
    }
  });
});
