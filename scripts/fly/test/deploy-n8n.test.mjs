// Runs scripts/fly/deploy-n8n.sh with a fake flyctl on PATH (test/fake-fly.mjs) and, for the
// workflow import, the n8n stand-in of scripts/n8n/test.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { parse as parseToml } from "smol-toml";
import { startN8nStandIn } from "../../n8n/test/n8n-stand-in.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.resolve(here, "../deploy-n8n.sh");
const ATTACH_PASSWORD = "attach-pw-7c1e9b2d4f";
const API_KEY = "n8n_api_deploy-test-93ab17c4";

/** A fresh fake Fly account: the Wasp app's server and Postgres exist, n8n does not. */
async function fakeFly(extraState = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "hf-fake-fly-"));
  const bin = path.join(dir, "bin");
  await mkdir(bin);
  await writeFile(path.join(bin, "fly"), `#!/bin/sh\nexec "${process.execPath}" "${path.join(here, "fake-fly.mjs")}" "$@"\n`);
  await chmod(path.join(bin, "fly"), 0o755);
  const statePath = path.join(dir, "state.json");
  const logPath = path.join(dir, "calls.jsonl");
  await writeFile(logPath, "");
  await writeFile(
    statePath,
    JSON.stringify({ apps: ["hyperformant-server", "hyperformant-db"], attachPassword: ATTACH_PASSWORD, ...extraState }),
  );
  return {
    bin,
    env: { FAKE_FLY_STATE: statePath, FAKE_FLY_LOG: logPath },
    calls: async () =>
      (await readFile(logPath, "utf8")).split("\n").filter(Boolean).map((line) => JSON.parse(line)),
    state: async () => JSON.parse(await readFile(statePath, "utf8")),
    clearCalls: () => writeFile(logPath, ""),
  };
}

function runDeploy({ fly, args = [], env = {}, withFly = true }) {
  const childEnv = {
    HOME: process.env.HOME,
    PATH: [withFly ? fly.bin : null, path.dirname(process.execPath), "/usr/bin", "/bin"].filter(Boolean).join(":"),
    ...fly.env,
    ...env,
  };
  return new Promise((resolve) => {
    execFile("bash", [script, ...args], { env: childEnv, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr, output: stdout + stderr }),
    );
  });
}

const flyLines = (stdout) => stdout.split("\n").filter((line) => line.startsWith("+ "));
const commandOf = ({ argv }) => (["apps", "volumes", "secrets", "postgres", "ssh"].includes(argv[0]) ? argv.slice(0, 2).join(" ") : argv[0]);
const secretsImported = (calls, app) =>
  Object.fromEntries(
    calls
      .filter((c) => commandOf(c) === "secrets import" && c.argv.includes(app))
      .flatMap((c) => c.stdin.split("\n").filter(Boolean))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
const READ_ONLY = new Set(["apps list", "volumes list", "secrets list"]);

describe("deploy-n8n.sh", () => {
  let n8n;
  before(async () => {
    n8n = await startN8nStandIn({ apiKey: API_KEY });
  });
  after(() => n8n?.close());

  it("--dry-run prints every change, in order, with secrets masked, and changes nothing", async () => {
    const fly = await fakeFly();
    const given = { HYPERFORMANT_N8N_SECRET: "given-shared-secret-1234", N8N_ENCRYPTION_KEY: "given-encryption-key-5678" };
    const result = await runDeploy({ fly, args: ["--dry-run", "--region", "iad"], env: given });
    assert.equal(result.code, 0, result.stderr);

    assert.deepEqual(
      flyLines(result.stdout).map((line) => line.replace(/ <<<.*/, " <<<")),
      [
        "+ fly apps create hyperformant-n8n",
        "+ fly volumes create n8n_data --app hyperformant-n8n --region iad --size 1 --yes",
        "+ fly postgres attach hyperformant-db --app hyperformant-n8n --database-name n8n --database-user n8n --variable-name N8N_DATABASE_URL --yes",
        "+ fly secrets import --app hyperformant-n8n --stage <<<",
        "+ fly deploy --config n8n/fly.toml --app hyperformant-n8n --region iad --ha=false --yes",
        "+ fly secrets import --app hyperformant-server <<<",
        "+ node scripts/n8n/import-workflows.mjs --url https://hyperformant-n8n.fly.dev --replace-credentials",
      ],
    );
    const n8nSecrets = flyLines(result.stdout)[3];
    for (const masked of ["DB_POSTGRESDB_PASSWORD=***", "N8N_ENCRYPTION_KEY=***", "HYPERFORMANT_N8N_SECRET=***"]) {
      assert.ok(n8nSecrets.includes(masked), `${masked} in ${n8nSecrets}`);
    }
    assert.ok(n8nSecrets.includes("HYPERFORMANT_API_URL=https://hyperformant-server.fly.dev"));
    assert.ok(n8nSecrets.includes("WEBHOOK_URL=https://hyperformant-n8n.fly.dev/"));
    assert.ok(flyLines(result.stdout)[5].endsWith("<<< N8N_URL=https://hyperformant-n8n.fly.dev N8N_WEBHOOK_SECRET=***"));
    for (const value of Object.values(given)) assert.ok(!result.output.includes(value), "a secret value was printed");

    const calls = await fly.calls();
    assert.deepEqual(calls.map(commandOf).filter((c) => !READ_ONLY.has(c)), [], "a dry run only reads");
    assert.deepEqual((await fly.state()).apps, ["hyperformant-server", "hyperformant-db"]);
  });

  let fly;
  let sharedSecret;

  it("creates, attaches, sets the same shared secret on both apps and deploys, printing no secret", async () => {
    fly = await fakeFly();
    const result = await runDeploy({ fly, args: ["--region", "iad"], env: { N8N_API_URL: n8n.url } });
    assert.equal(result.code, 0, result.stderr);

    const calls = await fly.calls();
    const appOf = (c) => (c.argv.includes("--app") ? ` ${c.argv[c.argv.indexOf("--app") + 1]}` : "");
    assert.deepEqual(
      calls.map((c) => `${commandOf(c)}${c.argv.includes("--stage") ? " (staged)" : ""}${appOf(c)}`),
      [
        "apps list",
        "apps create",
        "volumes create hyperformant-n8n",
        "secrets list hyperformant-server",
        "postgres attach hyperformant-n8n",
        "secrets import (staged) hyperformant-n8n",
        "deploy hyperformant-n8n",
        "secrets import hyperformant-server",
      ],
    );
    assert.deepEqual(calls[1].argv, ["apps", "create", "hyperformant-n8n"]);
    assert.deepEqual(calls[6].argv, ["deploy", "--config", "n8n/fly.toml", "--app", "hyperformant-n8n", "--region", "iad", "--ha=false", "--yes"]);

    const n8nSecrets = secretsImported(calls, "hyperformant-n8n");
    const serverSecrets = secretsImported(calls, "hyperformant-server");
    sharedSecret = n8nSecrets.HYPERFORMANT_N8N_SECRET;
    assert.match(sharedSecret, /^[0-9a-f]{64}$/);
    assert.equal(serverSecrets.N8N_WEBHOOK_SECRET, sharedSecret, "the same shared secret on both apps");
    assert.equal(serverSecrets.N8N_URL, "https://hyperformant-n8n.fly.dev");
    assert.match(n8nSecrets.N8N_ENCRYPTION_KEY, /^[0-9a-f]{64}$/);
    assert.deepEqual(
      {
        host: n8nSecrets.DB_POSTGRESDB_HOST,
        port: n8nSecrets.DB_POSTGRESDB_PORT,
        database: n8nSecrets.DB_POSTGRESDB_DATABASE,
        user: n8nSecrets.DB_POSTGRESDB_USER,
        password: n8nSecrets.DB_POSTGRESDB_PASSWORD,
      },
      { host: "hyperformant-db.flycast", port: "5432", database: "n8n", user: "n8n", password: ATTACH_PASSWORD },
    );
    assert.equal(n8nSecrets.N8N_HOST, "hyperformant-n8n.fly.dev");
    assert.equal(n8nSecrets.N8N_WEBHOOK_URL, "https://hyperformant-n8n.fly.dev/");
    assert.equal(n8nSecrets.HYPERFORMANT_API_URL, "https://hyperformant-server.fly.dev");

    for (const value of [sharedSecret, n8nSecrets.N8N_ENCRYPTION_KEY, ATTACH_PASSWORD]) {
      assert.ok(!result.output.includes(value), "a secret value was printed");
    }
    assert.match(result.stdout, /Workflows not imported: N8N_API_KEY is not set/);
    assert.match(result.stdout, /Settings → n8n API → Create an API key/);
  });

  it("on a re-run with an API key, redoes nothing and imports the workflows with the kept secret", async () => {
    await fly.clearCalls();
    const result = await runDeploy({
      fly,
      args: ["--region", "iad"],
      env: { N8N_API_URL: n8n.url, N8N_API_KEY: API_KEY },
    });
    assert.equal(result.code, 0, result.stderr);
    const calls = await fly.calls();
    const changes = calls.map(commandOf).filter((c) => !READ_ONLY.has(c));
    assert.deepEqual(changes, ["secrets import", "deploy", "secrets import", "ssh console"]);
    assert.deepEqual(Object.keys(secretsImported(calls, "hyperformant-n8n")).sort(), ["HYPERFORMANT_API_URL", "N8N_HOST", "N8N_WEBHOOK_URL"]);
    assert.deepEqual(Object.keys(secretsImported(calls, "hyperformant-server")), ["N8N_URL"]);

    for (const name of ["Hyperformant market research", "Hyperformant sentiment collection", "Hyperformant report delivery"]) {
      assert.match(result.stdout, new RegExp(`^created\\s+${name} \\(id \\S+, \\S+\\.json\\) · activated$`, "m"));
    }
    const credentialNamed = (name) => n8n.state.credentials.find((credential) => credential.name === name);
    assert.equal(credentialNamed("Hyperformant shared secret").data.value, sharedSecret, "the trigger's credential holds the shared secret");
    assert.equal(credentialNamed("Hyperformant signing key").data.hmacSecret, sharedSecret, "and so does the signing key");
    for (const value of [sharedSecret, API_KEY, ATTACH_PASSWORD]) assert.ok(!result.output.includes(value));
  });

  it("refuses to leave the server without the secret n8n has", async () => {
    const state = await fly.state();
    const broken = await fakeFly({
      apps: state.apps,
      volumes: state.volumes,
      secrets: { ...state.secrets, "hyperformant-server": {} },
    });
    const result = await runDeploy({ fly: broken, args: ["--region", "iad"], env: { N8N_API_URL: n8n.url } });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /has no N8N_WEBHOOK_SECRET.*HYPERFORMANT_N8N_SECRET=/);
    assert.deepEqual((await broken.calls()).map(commandOf).filter((c) => !READ_ONLY.has(c)), []);
  });

  it("explains a missing flyctl and a missing --region", async () => {
    const fresh = await fakeFly();
    const noFly = await runDeploy({ fly: fresh, args: ["--region", "iad"], withFly: false });
    assert.equal(noFly.code, 1);
    assert.match(noFly.stderr, /flyctl is not installed: see https:\/\/fly\.io\/docs\/flyctl\/install\//);
    const noRegion = await runDeploy({ fly: fresh });
    assert.equal(noRegion.code, 1);
    assert.match(noRegion.stderr, /--region is required/);
  });
});

describe("n8n/fly.toml", () => {
  const text = readFileSync(path.resolve(here, "../../../n8n/fly.toml"), "utf8");
  const toml = parseToml(text);

  it("runs the pinned image docker-compose.yml uses, always on, health-checked, with its volume", () => {
    const compose = readFileSync(path.resolve(here, "../../../docker-compose.yml"), "utf8");
    const composeVersion = compose.match(/n8nio\/n8n:(\S+)/)[1];
    assert.equal(toml.build.image, `n8nio/n8n:${composeVersion}`);
    assert.match(composeVersion, /^\d+\.\d+\.\d+$/, "an exact version, not a moving tag");
    // The n8n suite runs this same version from npm.
    const runtime = JSON.parse(readFileSync(path.resolve(here, "../../n8n/runtime/package.json"), "utf8"));
    assert.equal(runtime.dependencies.n8n, composeVersion);
    assert.equal(toml.app, undefined, "the app name comes from --app");
    const service = toml.http_service;
    assert.equal(service.internal_port, 5678);
    assert.equal(service.force_https, true);
    assert.equal(service.auto_stop_machines, "off");
    assert.equal(service.min_machines_running, 1);
    assert.deepEqual(service.checks.map((check) => check.path), ["/healthz"]);
    assert.deepEqual({ ...toml.mounts }, { source: "n8n_data", destination: "/home/node/.n8n" });
  });

  it("holds only non-secret settings: the secrets are set by deploy-n8n.sh", () => {
    assert.deepEqual({ ...toml.env }, {
      N8N_PORT: "5678",
      N8N_PROTOCOL: "https",
      N8N_PROXY_HOPS: "1",
      DB_TYPE: "postgresdb",
      GENERIC_TIMEZONE: "UTC",
      N8N_DIAGNOSTICS_ENABLED: "false",
      N8N_VERSION_NOTIFICATIONS_ENABLED: "false",
      N8N_BLOCK_ENV_ACCESS_IN_NODE: "false",
    });
    for (const secret of ["DB_POSTGRESDB_PASSWORD", "DB_POSTGRESDB_USER", "N8N_ENCRYPTION_KEY", "HYPERFORMANT_N8N_SECRET", "N8N_WEBHOOK_SECRET"]) {
      assert.ok(!text.includes(`${secret} =`) && !text.includes(`${secret}=`), `${secret} is not in the file`);
    }
  });
});
