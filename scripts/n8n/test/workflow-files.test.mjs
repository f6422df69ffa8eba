import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import { parseWorkflowFiles, readWorkflowFiles, toApiPayload, workflowProblems } from "../lib/workflow-files.mjs";

const repoWorkflows = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../n8n/workflows");

const node = (name, extra = {}) => ({ name, type: "n8n-nodes-base.noOp", typeVersion: 1, position: [0, 0], parameters: {}, ...extra });
const valid = (overrides = {}) => ({
  name: "a",
  nodes: [node("One"), node("Two")],
  connections: { One: { main: [[{ node: "Two", type: "main", index: 0 }]] } },
  settings: {},
  ...overrides,
});
const file = (name, value) => ({ file: name, text: typeof value === "string" ? value : JSON.stringify(value) });

describe("workflow files", () => {
  it("accepts the workflows kept in the repository", async () => {
    const { workflows, errors } = parseWorkflowFiles(await readWorkflowFiles(repoWorkflows));
    assert.deepEqual(errors, []);
    assert.ok(workflows.some(({ workflow }) => workflow.name === "hyperformant-ping"));
    for (const { workflow } of workflows) {
      for (const field of ["id", "name", "nodes", "connections", "settings", "active"]) {
        assert.ok(field in workflow, `${workflow.name} has a top-level ${field}`);
      }
    }
  });

  it("keeps the ping workflow's contract with the app", async () => {
    const [{ workflow }] = parseWorkflowFiles(await readWorkflowFiles(repoWorkflows)).workflows.filter(
      ({ workflow }) => workflow.name === "hyperformant-ping",
    );
    const byType = (type) => workflow.nodes.find((n) => n.type === type);
    const webhook = byType("n8n-nodes-base.webhook");
    assert.equal(webhook.parameters.httpMethod, "POST");
    assert.equal(webhook.parameters.path, "hyperformant/ping");
    assert.equal(webhook.parameters.authentication, "headerAuth");
    assert.equal(webhook.parameters.responseMode, "onReceived");
    assert.equal(webhook.credentials.httpHeaderAuth.name, "Hyperformant shared secret");
    const crypto = byType("n8n-nodes-base.crypto");
    assert.equal(crypto.parameters.action, "hmac");
    assert.match(crypto.parameters.secret, /\$env\.HYPERFORMANT_N8N_SECRET/);
    const callback = byType("n8n-nodes-base.httpRequest");
    assert.equal(callback.parameters.url, "={{ $env.HYPERFORMANT_API_URL }}/api/workflows/callback");
    assert.deepEqual(
      callback.parameters.headerParameters.parameters.map((h) => h.name),
      ["x-hyperformant-signature"],
    );
    assert.equal(workflow.active, true);
    // Whatever the file holds is committed: no secret-looking value anywhere.
    assert.doesNotMatch(JSON.stringify(workflow), /[0-9a-f]{32,}/);
  });

  it("rejects each missing part with the reason", () => {
    assert.deepEqual(workflowProblems(valid()), []);
    assert.deepEqual(workflowProblems(valid({ name: " " })), ['missing "name" (a non-empty string)']);
    assert.deepEqual(workflowProblems(valid({ nodes: [] })), ['missing "nodes" (a non-empty array)']);
    assert.deepEqual(workflowProblems(valid({ connections: undefined })), ['missing "connections" (an object)']);
    assert.deepEqual(workflowProblems(valid({ active: "yes" })), ['"active" must be true or false']);
    assert.deepEqual(workflowProblems([]), ["the file is not a JSON object"]);
  });

  it("rejects broken nodes and connections to unknown nodes", () => {
    const problems = workflowProblems(
      valid({
        nodes: [node("One"), node("One"), { name: "Bare" }],
        connections: { Ghost: {}, One: { main: [[{ node: "Nowhere", type: "main", index: 0 }]] } },
      }),
    );
    assert.ok(problems.includes('two nodes are named "One"'));
    assert.ok(problems.includes('node "Bare" has no "type"'));
    assert.ok(problems.includes('node "Bare" has no [x, y] "position"'));
    assert.ok(problems.includes('connections start from an unknown node "Ghost"'));
    assert.ok(problems.includes('"One" connects to an unknown node "Nowhere"'));
  });

  it("names the file of every error, duplicate names included, and keeps nothing when one is wrong", () => {
    const { workflows, errors } = parseWorkflowFiles([
      file("a.json", valid({ name: "same" })),
      file("b.json", valid({ name: "same" })),
      file("c.json", "{ not json"),
    ]);
    assert.deepEqual(workflows, []);
    assert.deepEqual(
      errors.map((e) => e.file),
      ["c.json", "b.json"],
    );
    assert.match(errors[0].reason, /not valid JSON/);
    assert.equal(errors[1].reason, 'duplicate workflow name "same" (also in a.json)');
  });

  it("reports an empty folder", () => {
    assert.deepEqual(parseWorkflowFiles([]).errors, [{ file: "(none)", reason: "no *.json workflow file found" }]);
  });

  it("reads only *.json files, sorted", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hf-wf-"));
    await writeFile(path.join(dir, "b.json"), "{}");
    await writeFile(path.join(dir, "a.json"), "{}");
    await writeFile(path.join(dir, "notes.md"), "#");
    assert.deepEqual((await readWorkflowFiles(dir)).map((f) => f.file), ["a.json", "b.json"]);
    await assert.rejects(readWorkflowFiles(path.join(dir, "missing")), /cannot read the workflows folder/);
  });

  it("sends only the fields the public API accepts", () => {
    const workflow = { ...valid(), id: "x", active: true, tags: [], pinData: {}, meta: {}, staticData: null };
    assert.deepEqual(Object.keys(toApiPayload(workflow)), ["name", "nodes", "connections", "settings"]);
    assert.deepEqual(toApiPayload({ ...workflow, settings: undefined }).settings, {});
    assert.deepEqual(toApiPayload({ ...workflow, staticData: { lastId: 3 } }).staticData, { lastId: 3 });
  });
});
