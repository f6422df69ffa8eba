// As root in a clone whose parent has mode 700 (a clone under /root), the
// postgres user that runs the server cannot enter the clone: the cluster lives
// in HF_PG_DATA_HOME/<clone>-<hash> instead, .data/NAME links to it, and the
// npm package's binaries are copied where that user can run them.
import assert from "node:assert/strict";
import { existsSync, lstatSync, readlinkSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { liveThroughLifecycle } from "./lifecycle.mjs";
import { isRoot, printedValues, query, runBash, scratchClone, startAndReport, systemBinaries } from "./support.mjs";

const machineBinaries = systemBinaries();

describe("as root, a clone the postgres user cannot enter", { skip: !isRoot && "only root runs the server as another user" }, () => {
  const clone = scratchClone({ closed: true });
  after(async () => {
    await clone.lib("hf_pg_discard main");
    clone.remove();
  });

  it("really is closed to the postgres user", { timeout: 10_000 }, async () => {
    const probe = await runBash(`runuser -u postgres -- test -x ${JSON.stringify(clone.root)}`, { cwd: "/", env: process.env });
    assert.notEqual(probe.code, 0);
  });

  for (const [source, skip] of [
    ["embedded", false],
    ["system", !machineBinaries && "this machine has no PostgreSQL server binaries"],
  ]) {
    it(`keeps the cluster outside the clone, linked from .data (HF_POSTGRES=${source})`, { timeout: 60_000, skip }, async () => {
      const started = await liveThroughLifecycle(clone, { env: { HF_POSTGRES: source } });
      assert.ok(started.DATA_DIR.startsWith(`${clone.dataHome}/clone-`), started.DATA_DIR);
      if (source === "embedded") assert.ok(started.BIN.startsWith(`${clone.dataHome}/postgresql-`), `binaries copied out: ${started.BIN}`);
      assert.equal(existsSync(path.join(clone.root, ".data/main")), false, "the link goes with the discard");
      assert.equal(existsSync(path.dirname(started.DATA_DIR)), false, "so does the clone's folder in HF_PG_DATA_HOME");
    });
  }

  it("lets the operations test stop and restart the cluster with pg_ctl as the postgres user", { timeout: 60_000 }, async () => {
    const first = await clone.lib(startAndReport("main"), { env: { HF_POSTGRES: "embedded" } });
    assert.equal(first.code, 0, first.stderr);
    const started = printedValues(first.stdout);
    assert.equal(readlinkSync(path.join(clone.root, ".data/main")), started.DATA_DIR);
    assert.ok(lstatSync(path.join(clone.root, ".data/main")).isSymbolicLink());

    // What tests/ops/sharedServer.test.ts does with HF_PG_BIN, HF_TEST_PG_DATA_DIR and HF_TEST_PG_PORT, from inside the clone.
    const asOwner = (args) => `runuser -u postgres -- ${args}`;
    const pgCtl = JSON.stringify(path.join(started.BIN, "pg_ctl"));
    const dataDir = JSON.stringify(started.DATA_DIR);
    const stop = await runBash(asOwner(`${pgCtl} -D ${dataDir} -m fast -w stop`), { cwd: clone.root, env: process.env, timeoutMs: 30_000 });
    assert.equal(stop.code, 0, stop.stderr);
    const start = await runBash(
      asOwner(`${pgCtl} -D ${dataDir} -l ${dataDir}/server.log -w start -o "-c listen_addresses=127.0.0.1 -c port=${started.PORT} -c unix_socket_directories='${started.DATA_DIR}' -c fsync=off"`),
      { cwd: clone.root, env: process.env, timeoutMs: 30_000 },
    );
    assert.equal(start.code, 0, start.stderr);
    assert.deepEqual(await query(started.DATABASE_URL, "SELECT 1 AS up"), [{ up: 1 }]);
  });
});
