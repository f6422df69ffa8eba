// Runs the real import script (a child process) against the local n8n stand-in.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { sampleWorkflow, startN8nStandIn } from "./n8n-stand-in.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.resolve(here, "../import-workflows.mjs");
const repoWorkflows = path.resolve(here, "../../../n8n/workflows");
const API_KEY = "n8n_api_e2e-0f9d8c7b6a5e4d3c2b1a";
const SHARED_SECRET = "shared-secret-for-e2e-5a4b3c2d1e";
const NEWSAPI_KEY = "newsapi-key-for-e2e-9f8e7d6c5b";
const RESEARCH = "Hyperformant market research";

/** Runs the import (apiKey null: none in its env); resolves { code, stdout, stderr } whatever the exit code. */
function runImport({ url, apiKey = API_KEY, args = [], env = {} }) {
  const childEnv = { ...process.env, N8N_API_URL: url, ...env };
  delete childEnv.N8N_API_KEY;
  delete childEnv.HYPERFORMANT_N8N_SECRET;
  delete childEnv.NEWSAPI_KEY;
  if (apiKey !== null) childEnv.N8N_API_KEY = apiKey;
  Object.assign(childEnv, env);
  return new Promise((resolve) => {
    execFile(process.execPath, [script, "--retry-base-ms", "20", ...args], { env: childEnv, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

const assertKeyNotPrinted = ({ stdout, stderr }) => {
  for (const secret of [API_KEY, SHARED_SECRET, NEWSAPI_KEY]) {
    assert.ok(!stdout.includes(secret) && !stderr.includes(secret), "a secret was printed");
  }
};

describe("import-workflows.mjs against the n8n stand-in", () => {
  let n8n;
  let workflowDir;
  let researchId;

  before(async () => {
    // Seven unrelated workflows and an old copy of the market-research workflow last: with pages of two
    // the script must follow nextCursor three times to find it.
    const unrelated = Array.from({ length: 7 }, (_, i) => sampleWorkflow(`someone else's workflow ${i + 1}`));
    const oldResearch = sampleWorkflow(RESEARCH, { active: false });
    researchId = oldResearch.id;
    n8n = await startN8nStandIn({ apiKey: API_KEY, maxPageSize: 2, workflows: [...unrelated, oldResearch] });

    workflowDir = await mkdtemp(path.join(tmpdir(), "hf-n8n-e2e-"));
    await copyFile(path.join(repoWorkflows, "market-research.json"), path.join(workflowDir, "market-research.json"));
    const extra = sampleWorkflow("hyperformant-e2e-extra");
    delete extra.id;
    await writeFile(path.join(workflowDir, "extra.json"), JSON.stringify({ ...extra, active: false }));
  });
  after(() => n8n?.close());

  it("the stand-in answers 401 without a key and with a wrong key", async () => {
    const missing = await fetch(`${n8n.url}/api/v1/workflows`);
    assert.equal(missing.status, 401);
    assert.deepEqual(await missing.json(), { message: "'X-N8N-API-KEY' header required" });
    const wrong = await fetch(`${n8n.url}/api/v1/workflows`, { headers: { "X-N8N-API-KEY": "wrong" } });
    assert.equal(wrong.status, 401);
  });

  it("refuses to start without a key, and explains a rejected key without printing it", async () => {
    const before = n8n.state.requests.length;
    const noKey = await runImport({ url: n8n.url, apiKey: null, args: ["--dir", workflowDir] });
    assert.equal(noKey.code, 2);
    assert.match(noKey.stderr, /N8N_API_KEY is not set/);
    assert.equal(n8n.state.requests.length, before, "nothing was sent without a key");

    const wrongKey = "wrong-key-d00d-4e4e-9a9a";
    const rejected = await runImport({ url: n8n.url, apiKey: wrongKey, args: ["--dir", workflowDir] });
    assert.equal(rejected.code, 1);
    assert.match(rejected.stderr, /rejected the API key \(401 on GET \/workflows\?limit=250\).*Check N8N_API_KEY/s);
    assert.ok(!rejected.stdout.includes(wrongKey) && !rejected.stderr.includes(wrongKey));
    assert.equal(n8n.state.requests.at(-1).apiKeyHeader, wrongKey, "the key travelled in X-N8N-API-KEY");
  });

  it("rejects an invalid workflow file before sending anything", async () => {
    const badDir = await mkdtemp(path.join(tmpdir(), "hf-n8n-bad-"));
    await writeFile(path.join(badDir, "broken.json"), JSON.stringify({ name: "broken", nodes: [] }));
    const before = n8n.state.requests.length;
    const result = await runImport({ url: n8n.url, args: ["--dir", badDir] });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /invalid workflow broken\.json: missing "nodes"/);
    assert.match(result.stderr, /invalid workflow broken\.json: missing "connections"/);
    assert.equal(n8n.state.requests.length, before);
  });

  it("updates the existing workflow, creates the new one, activates, and rides out a 500 and a 429", async () => {
    n8n.failNext({ method: "GET", path: "/workflows", status: 500 });
    n8n.failNext({ method: "PUT", path: `/workflows/${researchId}`, status: 429, headers: { "retry-after": "1" } });
    const startedAt = Date.now();
    const result = await runImport({ url: n8n.url, args: ["--dir", workflowDir], env: { HYPERFORMANT_N8N_SECRET: SHARED_SECRET, NEWSAPI_KEY } });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(Date.now() - startedAt >= 1000, "Retry-After: 1 was honoured");
    assertKeyNotPrinted(result);

    assert.match(result.stderr, /GET \/workflows\?limit=250 failed \(500\); retry 1 of 4/);
    assert.match(result.stderr, /PUT \/workflows\/\S+ failed \(429\); retry 1 of 4 in 1\.0 s/);
    assert.match(result.stdout, /^credential Hyperformant shared secret \(httpHeaderAuth\): created/m);
    assert.match(result.stdout, /^credential Hyperformant signing key \(crypto\): created/m);
    assert.match(result.stdout, /^credential NewsAPI key \(httpHeaderAuth\): created/m);
    assert.match(result.stdout, new RegExp(`^updated\\s+${RESEARCH} \\(id ${researchId}, market-research\\.json\\) · activated$`, "m"));
    assert.match(result.stdout, /^created\s+hyperformant-e2e-extra \(id \S+, extra\.json\) · inactive$/m);
    assert.match(result.stdout, /^done: 1 created, 1 updated, 0 unchanged, 1 activated$/m);

    const research = n8n.state.workflows.filter((w) => w.name === RESEARCH);
    assert.equal(research.length, 1, "updated, not duplicated");
    assert.equal(research[0].id, researchId);
    assert.equal(research[0].active, true);
    assert.equal(research[0].nodes.length, JSON.parse(await readFile(path.join(repoWorkflows, "market-research.json"), "utf8")).nodes.length);
    assert.equal(n8n.state.workflows.length, 9);

    const listCursors = n8n.state.requests
      .filter((r) => r.method === "GET" && r.path === "/api/v1/workflows" && r.apiKeyHeader === API_KEY)
      .map((r) => r.query.cursor ?? null);
    assert.equal(listCursors.filter((c) => c !== null).length, 3, "followed nextCursor through every page");

    const credentialNamed = (name) => n8n.state.credentials.find((credential) => credential.name === name);
    assert.equal(n8n.state.credentials.length, 3);
    assert.deepEqual(credentialNamed("Hyperformant shared secret").data, { name: "x-hyperformant-secret", value: SHARED_SECRET });
    assert.deepEqual(credentialNamed("Hyperformant signing key").data, { hmacSecret: SHARED_SECRET });
    assert.deepEqual(credentialNamed("NewsAPI key").data, { name: "X-Api-Key", value: NEWSAPI_KEY });
    const webhook = research[0].nodes.find((node) => node.type === "n8n-nodes-base.webhook");
    assert.deepEqual(webhook.credentials.httpHeaderAuth, { id: credentialNamed("Hyperformant shared secret").id, name: "Hyperformant shared secret" });
    for (const signer of research[0].nodes.filter((node) => node.type === "n8n-nodes-base.crypto")) {
      assert.deepEqual(signer.credentials.crypto, { id: credentialNamed("Hyperformant signing key").id, name: "Hyperformant signing key" });
    }
    const search = research[0].nodes.find((node) => node.name === "Search news");
    assert.deepEqual(search.credentials.httpHeaderAuth, { id: credentialNamed("NewsAPI key").id, name: "NewsAPI key" });

    const writes = n8n.state.requests.filter((r) => ["POST", "PUT"].includes(r.method) && r.path.startsWith("/api/v1/workflows"));
    for (const write of writes.filter((w) => w.body)) {
      assert.deepEqual(
        Object.keys(write.body).filter((k) => !["name", "nodes", "connections", "settings", "staticData"].includes(k)),
        [],
        "only fields the public API accepts",
      );
    }
  });

  it("is idempotent: a second run creates and changes nothing", async () => {
    const requestsBefore = n8n.state.requests.length;
    const workflowsBefore = JSON.stringify(n8n.state.workflows);
    const result = await runImport({ url: n8n.url, args: ["--dir", workflowDir], env: { HYPERFORMANT_N8N_SECRET: SHARED_SECRET, NEWSAPI_KEY } });
    assert.equal(result.code, 0, result.stderr);
    assertKeyNotPrinted(result);
    assert.match(result.stdout, new RegExp(`^unchanged ${RESEARCH} \\(id \\S+, market-research\\.json\\) · already active$`, "m"));
    assert.match(result.stdout, /^done: 0 created, 0 updated, 2 unchanged, 0 activated$/m);
    const writes = n8n.state.requests.slice(requestsBefore).filter((r) => r.method !== "GET");
    assert.deepEqual(writes, [], "no create, update, activation or credential on a re-run");
    assert.equal(JSON.stringify(n8n.state.workflows), workflowsBefore);
  });

  it("imports the repository's own folder by default", async () => {
    const result = await runImport({ url: `${n8n.url}/api/v1/`, env: { HYPERFORMANT_N8N_SECRET: SHARED_SECRET, NEWSAPI_KEY } });
    assert.equal(result.code, 0, result.stderr);
    assertKeyNotPrinted(result);
    assert.match(result.stdout, /importing 3 workflow\(s\) from .*n8n\/workflows into http:\/\/127\.0\.0\.1:\d+$/m);
    assert.match(result.stdout, new RegExp(`^unchanged ${RESEARCH}`, "m"));
    assert.match(result.stdout, /^created\s+Hyperformant sentiment collection \(id \S+, sentiment-collection\.json\) · activated$/m);
    assert.match(result.stdout, /^created\s+Hyperformant report delivery \(id \S+, report-delivery\.json\) · activated$/m);
  });
});
