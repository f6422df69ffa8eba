import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";
import { standInPath } from "./support.mjs";

function ask(request) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [standInPath], { stdio: ["pipe", "pipe", "pipe"] });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("the stand-in did not answer within 20 s"));
    }, 20_000);
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (output.includes("\n")) {
        clearTimeout(timer);
        child.stdin.end();
        resolve(JSON.parse(output.split("\n")[0]));
      }
    });
    child.stdin.write(`${JSON.stringify(request)}\n`);
  });
}

test("an unsupported method gets a JSON-RPC error naming it, not a hang", async () => {
  const response = await ask({ jsonrpc: "2.0", id: 7, method: "introspect", params: {} });
  assert.equal(response.id, 7);
  assert.equal(response.error.data.is_panic, false);
  assert.match(response.error.data.message, /does not support "introspect"/);
});

test("listMigrationDirectories lists migration folders in order without a database", async () => {
  const response = await ask({ jsonrpc: "2.0", id: 1, method: "listMigrationDirectories", params: { migrationsDirectoryPath: new URL("../../../migrations", import.meta.url).pathname } });
  assert.ok(Array.isArray(response.result.migrations));
  assert.deepEqual(response.result.migrations, [...response.result.migrations].sort());
  assert.ok(response.result.migrations.length >= 1);
});
