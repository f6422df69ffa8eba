import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import { builtWorkflowFiles } from "../build-workflows.mjs";
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
    assert.deepEqual(workflows.map(({ file }) => file), ["market-research.json", "report-delivery.json", "sentiment-collection.json"]);
    for (const { workflow } of workflows) {
      for (const field of ["id", "name", "nodes", "connections", "settings", "active"]) {
        assert.ok(field in workflow, `${workflow.name} has a top-level ${field}`);
      }
    }
  });

  it("holds exactly what scripts/n8n/build-workflows.mjs builds", async () => {
    for (const { file, text } of builtWorkflowFiles()) {
      assert.equal(await readFile(path.join(repoWorkflows, file), "utf8"), text, `${file} is stale: run node scripts/n8n/build-workflows.mjs`);
    }
  });

  describe("each workflow keeps its contract with the app", () => {
    const paths = { "market-research.json": "hyperformant/market-research", "sentiment-collection.json": "hyperformant/sentiment-collection", "report-delivery.json": "hyperformant/report-delivery" };
    for (const [file, webhookPath] of Object.entries(paths)) {
      it(file, async () => {
        const workflow = JSON.parse(await readFile(path.join(repoWorkflows, file), "utf8"));
        const named = (name) => workflow.nodes.find((n) => n.name === name);
        const targets = (name, output = 0) => (workflow.connections[name]?.main[output] ?? []).map((c) => c.node);
        const webhook = named("Hyperformant trigger");
        assert.equal(webhook.type, "n8n-nodes-base.webhook");
        assert.deepEqual(
          { method: webhook.parameters.httpMethod, path: webhook.parameters.path, auth: webhook.parameters.authentication, mode: webhook.parameters.responseMode },
          { method: "POST", path: webhookPath, auth: "headerAuth", mode: "responseNode" },
        );
        assert.equal(webhook.credentials.httpHeaderAuth.name, "Hyperformant shared secret");
        // The signature is checked before anything answers 200.
        assert.deepEqual(targets("Hyperformant trigger"), ["Expected trigger signature"]);
        assert.deepEqual([targets("Trigger signature valid?", 0), targets("Trigger signature valid?", 1)], [["Accept trigger"], ["Refuse unsigned trigger"]]);
        assert.equal(named("Refuse unsigned trigger").parameters.options.responseCode, 401);
        for (const crypto of workflow.nodes.filter((n) => n.type === "n8n-nodes-base.crypto")) {
          assert.equal(crypto.parameters.action, "hmac");
          assert.equal(crypto.parameters.type, "SHA256");
          assert.equal(crypto.credentials.crypto.name, "Hyperformant signing key");
        }
        // Every callback is signed over its exact raw body with a timestamp.
        const sends = workflow.nodes.filter((n) => n.name.startsWith("Send "));
        assert.equal(sends.length, 2);
        for (const send of sends) {
          // One at a time, in order, each awaited: "succeeded" must never overtake the results.
          assert.equal(named(targets(send.name)[0]).type, "n8n-nodes-base.splitInBatches");
          assert.equal(send.parameters.contentType, "raw");
          assert.equal(send.parameters.body, "={{ $json.body }}");
          assert.deepEqual(send.parameters.headerParameters.parameters, [{ name: "x-hyperformant-signature", value: "=t={{ $json.t }},v1={{ $json.signature }}" }]);
        }
        // A source's failure takes its error output, which calls back failed.
        const source = workflow.nodes.find((n) => n.onError === "continueErrorOutput");
        assert.equal(targets(source.name, 1).length, 1);
        assert.match(named(targets(source.name, 1)[0]).parameters.jsCode, /stepId: 'failed'/);
        assert.equal(workflow.active, true);
        // Whatever the file holds is committed: no secret-looking value, no key, no URL of a webhook with its token.
        assert.doesNotMatch(JSON.stringify(workflow), /[0-9a-f]{40,}|hooks\.slack\.com/);
      });
    }
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
