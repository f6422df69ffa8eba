import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createN8nClient, normalizeBaseUrl } from "../lib/client.mjs";
import { redact } from "../lib/errors.mjs";

const API_KEY = "test-api-key-0123456789";
const json = (status, body, headers = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** A fetch that answers from a queue of responses (or functions) and records each call. */
function scriptedFetch(answers) {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, method: init.method, headers: init.headers, body: init.body });
    const next = answers.shift();
    if (!next) throw new Error("unexpected request");
    return typeof next === "function" ? next(url, init) : next;
  };
  return { fetchImpl, calls };
}

function client(fetchImpl, extra = {}) {
  const sleeps = [];
  return {
    sleeps,
    client: createN8nClient({
      baseUrl: "https://n8n.example.test/",
      apiKey: API_KEY,
      fetchImpl,
      sleep: async (ms) => sleeps.push(ms),
      random: () => 1,
      retryBaseMs: 100,
      ...extra,
    }),
  };
}

describe("n8n API client", () => {
  it("normalizes the base URL", () => {
    assert.equal(normalizeBaseUrl("https://n8n.example.test/"), "https://n8n.example.test");
    assert.equal(normalizeBaseUrl("https://n8n.example.test/api/v1/"), "https://n8n.example.test");
    assert.equal(normalizeBaseUrl("http://localhost:5678/n8n"), "http://localhost:5678/n8n");
    assert.throws(() => normalizeBaseUrl("n8n.example.test"), /not a URL/);
    assert.throws(() => normalizeBaseUrl("ftp://n8n.example.test"), /http:\/\/ or https:\/\//);
  });

  it("sends the key in X-N8N-API-KEY and follows nextCursor", async () => {
    const { fetchImpl, calls } = scriptedFetch([
      json(200, { data: [{ id: "1", name: "a" }], nextCursor: "c2" }),
      json(200, { data: [{ id: "2", name: "b" }], nextCursor: null }),
    ]);
    const workflows = await client(fetchImpl).client.listWorkflows();
    assert.deepEqual(workflows.map((w) => w.name), ["a", "b"]);
    assert.equal(calls[0].url, "https://n8n.example.test/api/v1/workflows?limit=250");
    assert.equal(calls[1].url, "https://n8n.example.test/api/v1/workflows?limit=250&cursor=c2");
    assert.equal(calls[0].headers["X-N8N-API-KEY"], API_KEY);
  });

  it("waits for Retry-After on 429 and backs off on 5xx", async () => {
    const { fetchImpl, calls } = scriptedFetch([
      json(429, { message: "slow down" }, { "retry-after": "2" }),
      json(502, { message: "bad gateway" }),
      json(200, { id: "w1", name: "a", active: true }),
    ]);
    const retries = [];
    const { client: c, sleeps } = client(fetchImpl, { onRetry: (r) => retries.push(r.reason) });
    assert.equal((await c.activateWorkflow("w1")).id, "w1");
    assert.equal(calls.length, 3);
    assert.deepEqual(sleeps, [2000, 200]);
    assert.deepEqual(retries, ["429", "502"]);
  });

  it("gives up after the configured retries", async () => {
    const { fetchImpl, calls } = scriptedFetch([json(500, {}), json(500, {}), json(500, {})]);
    await assert.rejects(client(fetchImpl, { maxRetries: 2 }).client.updateWorkflow("w1", {}), /n8n answered 500 to PUT \/workflows\/w1/);
    assert.equal(calls.length, 3);
  });

  it("does not repeat a create after a 5xx, and says a re-run is safe", async () => {
    const { fetchImpl, calls } = scriptedFetch([json(500, { message: "boom" })]);
    await assert.rejects(client(fetchImpl).client.createWorkflow({ name: "a" }), (error) => {
      assert.match(error.message, /n8n said: boom/);
      assert.match(error.message, /run the import again/);
      return true;
    });
    assert.equal(calls.length, 1);
  });

  it("explains 401, 403 and 404 without ever showing the key", async () => {
    const cases = [
      [401, /rejected the API key.*Check N8N_API_KEY/s],
      [403, /may not do this.*scopes/s],
      [404, /no n8n public API at https:\/\/n8n\.example\.test\/api\/v1.*Check N8N_API_URL/s],
    ];
    for (const [status, expected] of cases) {
      const { fetchImpl } = scriptedFetch([json(status, { message: "nope" })]);
      await assert.rejects(client(fetchImpl).client.listWorkflows(), (error) => {
        assert.match(error.message, expected);
        assert.equal(error.status, status);
        assert.ok(!error.message.includes(API_KEY));
        return true;
      });
    }
    const { fetchImpl } = scriptedFetch([json(404, { message: "Not Found" })]);
    await assert.rejects(client(fetchImpl).client.activateWorkflow("gone"), /no such resource.*run it again/s);
  });

  it("times out a silent server and retries idempotent requests", async () => {
    const hang = (url, init) =>
      new Promise((resolve, reject) => init.signal.addEventListener("abort", () => reject(init.signal.reason)));
    const { fetchImpl, calls } = scriptedFetch([hang, json(200, { data: [], nextCursor: null })]);
    const { client: c, sleeps } = client(fetchImpl, { timeoutMs: 30 });
    assert.deepEqual(await c.listWorkflows(), []);
    assert.equal(calls.length, 2);
    assert.equal(sleeps.length, 1);

    const silent = scriptedFetch([hang]);
    await assert.rejects(client(silent.fetchImpl, { timeoutMs: 30 }).client.createWorkflow({}), /no answer within 30 ms/);
    assert.equal(silent.calls.length, 1, "a create that may have reached n8n is not repeated");
  });

  it("rejects answers of the wrong shape", async () => {
    const { fetchImpl } = scriptedFetch([json(200, { items: [] })]);
    await assert.rejects(client(fetchImpl).client.listWorkflows(), /unexpected answer.*no data array/);
    const created = scriptedFetch([json(200, { name: "no id" })]);
    await assert.rejects(client(created.fetchImpl).client.createWorkflow({}), /has no id/);
  });

  it("redacts secrets from anything printed", () => {
    assert.equal(redact(`key ${API_KEY} and ${API_KEY}`, [API_KEY, undefined, ""]), "key *** and ***");
  });
});
