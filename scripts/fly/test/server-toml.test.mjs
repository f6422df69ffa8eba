import assert from "node:assert/strict";
import { test } from "node:test";
import { parse } from "smol-toml";
import { hardenServerToml } from "../server-toml.mjs";

// The shape `wasp deploy fly launch` writes (app name and region vary).
const generated = `app = 'hyperformant-server'
primary_region = 'ams'

[build]

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  auto_start_machines = true
  min_machines_running = 0
  processes = ['app']

[[vm]]
  size = 'shared-cpu-1x'
`;

test("keeps a machine running for cron jobs, migrates on release and checks /ready", () => {
  const hardened = parse(hardenServerToml(generated));
  assert.equal(hardened.app, "hyperformant-server");
  assert.equal(hardened.http_service.min_machines_running, 1);
  assert.equal(hardened.http_service.auto_stop_machines, "off");
  assert.equal(hardened.http_service.internal_port, 8080);
  assert.equal(hardened.deploy.release_command, "npx prisma migrate deploy --schema=../db/schema.prisma");
  assert.deepEqual(hardened.http_service.checks.map((check) => check.path), ["/ready"]);
  assert.equal(hardened.kill_signal, "SIGTERM");
  assert.deepEqual(hardened.vm.map((vm) => ({ ...vm })), [{ size: "shared-cpu-1x" }]);
});

test("is idempotent", () => {
  const once = hardenServerToml(generated);
  assert.equal(hardenServerToml(once), once);
});

test("refuses a file that is not a Wasp server config", () => {
  assert.throws(() => hardenServerToml(`app = 'x'\n`), /internal_port/);
});
