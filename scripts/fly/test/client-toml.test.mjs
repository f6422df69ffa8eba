import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parse } from "smol-toml";
import { hardenClientToml } from "../client-toml.mjs";
import { staticClientHeaders } from "../static-client-headers.mjs";

// The shape `wasp deploy fly launch` writes for the client (app name and region vary).
const generated = `app = 'hyperformant-client'
primary_region = 'ams'

[build]

[http_service]
  internal_port = 8043
  force_https = true
  auto_stop_machines = true
  auto_start_machines = true
  min_machines_running = 0
  processes = ['app']

[[vm]]
  size = 'shared-cpu-1x'
`;
const apiUrl = "https://hyperformant-server.fly.dev";

test("makes Fly's proxy send the client's security headers on every answer", () => {
  const hardened = parse(hardenClientToml(generated, apiUrl));
  const headers = hardened.http_service.http_options.response.headers;
  assert.deepEqual({ ...headers }, staticClientHeaders(apiUrl));
  assert.match(headers["Content-Security-Policy"], /frame-ancestors 'none'/);
  assert.match(headers["Content-Security-Policy"], /connect-src 'self' https:\/\/hyperformant-server\.fly\.dev;/);
  assert.equal(headers["X-Content-Type-Options"], "nosniff");
  assert.equal(hardened.http_service.internal_port, 8043);
  assert.equal(hardened.app, "hyperformant-client");
});

test("is idempotent, and refuses a file that is not a Wasp client config", () => {
  const once = hardenClientToml(generated, apiUrl);
  assert.equal(hardenClientToml(once, apiUrl), once);
  assert.throws(() => hardenClientToml(`app = 'x'\n`, apiUrl), /internal_port/);
});

async function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

test("the static server the tests use sends exactly the headers Fly is configured with", async () => {
  const build = mkdtempSync(join(tmpdir(), "hf-static-"));
  writeFileSync(join(build, "200.html"), "<!doctype html><p>fallback</p>");
  writeFileSync(join(build, "app.js"), "console.log(1)");
  const port = await freePort();
  const script = fileURLToPath(new URL("../../serve-static-client.mjs", import.meta.url));
  const child = spawn(process.execPath, [script, build, String(port), apiUrl], { stdio: "ignore" });
  try {
    let answered;
    for (let attempt = 0; attempt < 50 && !answered; attempt++) {
      answered = await fetch(`http://127.0.0.1:${port}/app/some/route`).catch(() => undefined);
      if (!answered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const flyHeaders = parse(hardenClientToml(generated, apiUrl)).http_service.http_options.response.headers;
    for (const path of ["/app/some/route", "/app.js"]) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      assert.equal(response.status, 200);
      for (const [name, value] of Object.entries(flyHeaders)) assert.equal(response.headers.get(name), value, `${path} ${name}`);
    }
  } finally {
    child.kill();
  }
});
