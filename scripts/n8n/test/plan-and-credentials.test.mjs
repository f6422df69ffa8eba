import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { knownCredentialIds, planCredentials, referencedCredentials, withCredentialIds } from "../lib/credentials.mjs";
import { canonicalJson, planImport, sameContent } from "../lib/plan.mjs";

const payload = (name, extra = {}) => ({ name, nodes: [{ name: "N", parameters: { a: 1, b: 2 } }], connections: {}, settings: {}, ...extra });

describe("create-or-update plan", () => {
  it("creates what n8n lacks, updates what differs, skips what is identical", () => {
    const existing = [
      { id: "1", name: "same", active: true, ...payload("same"), nodes: [{ parameters: { b: 2, a: 1 }, name: "N" }] },
      { id: "2", name: "changed", active: false, ...payload("changed"), settings: { timezone: "UTC" } },
      { id: "3", name: "unrelated", active: false, ...payload("unrelated") },
    ];
    const { steps, errors } = planImport(
      [
        { file: "s.json", payload: payload("same"), active: true },
        { file: "c.json", payload: payload("changed"), active: true },
        { file: "n.json", payload: payload("new"), active: false },
      ],
      existing,
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(
      steps.map(({ name, action, id, activate, alreadyActive }) => ({ name, action, id, activate, alreadyActive })),
      [
        { name: "same", action: "unchanged", id: "1", activate: true, alreadyActive: true },
        { name: "changed", action: "update", id: "2", activate: true, alreadyActive: false },
        { name: "new", action: "create", id: undefined, activate: false, alreadyActive: false },
      ],
    );
  });

  it("refuses to guess between two workflows of the same name in n8n", () => {
    const { steps, errors } = planImport([{ file: "d.json", payload: payload("dup") }], [
      { id: "a", ...payload("dup") },
      { id: "b", ...payload("dup") },
    ]);
    assert.deepEqual(steps, []);
    assert.match(errors[0].reason, /n8n has 2 workflows named "dup" \(ids a, b\)/);
  });

  it("compares content regardless of key order and of absent vs null staticData", () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] }), '{"a":[{"c":2,"d":1}],"b":1}');
    assert.equal(sameContent(payload("x"), { ...payload("x"), staticData: null, id: "9", active: true }), true);
    assert.equal(sameContent(payload("x"), { ...payload("x"), connections: { N: {} } }), false);
  });
});

describe("credential wiring", () => {
  const workflow = {
    nodes: [
      { name: "Hook", credentials: { httpHeaderAuth: { id: "placeholder", name: "Hyperformant shared secret" } } },
      { name: "Other", credentials: { slackApi: { id: "x", name: "Slack" } } },
      { name: "Plain" },
    ],
  };

  it("lists each referenced credential once", () => {
    assert.deepEqual(referencedCredentials([workflow, workflow]), [
      { type: "httpHeaderAuth", name: "Hyperformant shared secret", placeholderId: "placeholder" },
      { type: "slackApi", name: "Slack", placeholderId: "x" },
    ]);
  });

  it("reuses n8n's id, creates the managed one from its secret, and reports the rest as missing", () => {
    const referenced = referencedCredentials([workflow]);
    const knownIds = knownCredentialIds([
      { nodes: [{ credentials: { httpHeaderAuth: { id: "42", name: "Hyperformant shared secret" } } }] },
    ]);
    const reused = planCredentials({ referenced, knownIds, env: { HYPERFORMANT_N8N_SECRET: "s3cret-value" } });
    assert.deepEqual(reused[0], { type: "httpHeaderAuth", name: "Hyperformant shared secret", action: "reuse", id: "42" });
    assert.equal(reused[1].action, "missing");

    const created = planCredentials({ referenced, knownIds: new Map(), env: { HYPERFORMANT_N8N_SECRET: "s3cret-value" } });
    assert.deepEqual(created[0].create, {
      name: "Hyperformant shared secret",
      type: "httpHeaderAuth",
      data: { name: "x-hyperformant-secret", value: "s3cret-value" },
    });

    const replaced = planCredentials({ referenced, knownIds, env: { HYPERFORMANT_N8N_SECRET: "new-value" }, replace: true });
    assert.equal(replaced[0].action, "create");

    // An earlier import without the secret left the file's placeholder id in n8n: not a credential.
    const placeholderOnly = knownCredentialIds([workflow]);
    const afterPlaceholder = planCredentials({ referenced, knownIds: placeholderOnly, env: { HYPERFORMANT_N8N_SECRET: "s3cret-value" } });
    assert.equal(afterPlaceholder[0].action, "create");

    const missing = planCredentials({ referenced, knownIds: new Map(), env: {} });
    assert.equal(missing[0].action, "missing");
    assert.match(missing[0].hint, /HYPERFORMANT_N8N_SECRET/);
  });

  it("points references at the instance's ids and leaves the others alone", () => {
    const rewired = withCredentialIds(workflow, knownCredentialIds([
      { nodes: [{ credentials: { httpHeaderAuth: { id: 7, name: "Hyperformant shared secret" } } }] },
    ]));
    assert.equal(rewired.nodes[0].credentials.httpHeaderAuth.id, "7");
    assert.equal(rewired.nodes[1].credentials.slackApi.id, "x");
    assert.equal(workflow.nodes[0].credentials.httpHeaderAuth.id, "placeholder", "the input is not modified");
  });
});
