// When the local cluster cannot start, the scripts say why and what to do.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { printedValues, scratchClone, startAndReport, withoutSystemPostgres } from "./support.mjs";

const noServerBinaries = withoutSystemPostgres();
const embedded = { env: { HF_POSTGRES: "embedded" } };
const whatToDo = /To fix it: delete .*\/main .*HF_POSTGRES=embedded .*HF_POSTGRES=system .*DATABASE_URL/;

describe("starting the local cluster when something is wrong", () => {
  const clone = scratchClone();
  after(async () => {
    await clone.lib("hf_pg_discard main");
    clone.remove();
  });

  async function startedThenStopped() {
    const start = await clone.lib(startAndReport("main"), embedded);
    assert.equal(start.code, 0, start.stderr);
    assert.equal((await clone.lib("hf_pg_stop main", embedded)).code, 0);
    return printedValues(start.stdout).DATA_DIR;
  }

  it("refuses a data folder made by another PostgreSQL major version, and says how to go on", { timeout: 60_000 }, async () => {
    const dataDir = await startedThenStopped();
    writeFileSync(path.join(dataDir, "PG_VERSION"), "14\n");
    const start = await clone.lib(startAndReport("main"), embedded);
    assert.notEqual(start.code, 0);
    assert.match(start.stderr, /holds a PostgreSQL 14 cluster, but the binaries are PostgreSQL 15/);
    assert.match(start.stderr, whatToDo);
    await clone.lib("hf_pg_discard main", embedded);
  });

  it("shows the end of the server's log for a damaged cluster, and says how to go on", { timeout: 60_000 }, async () => {
    const dataDir = await startedThenStopped();
    truncateSync(path.join(dataDir, "global/pg_control"), 0);
    const start = await clone.lib(startAndReport("main"), embedded);
    assert.notEqual(start.code, 0);
    assert.match(start.stderr, /pg_control/, "the log's own words about the damage");
    assert.match(start.stderr, /PostgreSQL did not start from .*\/main/);
    assert.match(start.stderr, whatToDo);
    await clone.lib("hf_pg_discard main", embedded);
  });

  it("starts over in a data folder that an interrupted first run left half-made", { timeout: 60_000 }, async () => {
    mkdirSync(path.join(clone.root, ".data/main/base"), { recursive: true });
    writeFileSync(path.join(clone.root, ".data/main/postgresql.conf"), "# cut short\n");
    const start = await clone.lib(startAndReport("main"), embedded);
    assert.equal(start.code, 0, start.stderr);
    assert.match(start.stderr, /clearing .*\/main, left half-made by an interrupted run/);
    assert.equal(existsSync(path.join(clone.root, ".data/main/PG_VERSION")), true);
    await clone.lib("hf_pg_discard main", embedded);
  });

  it("says what to install when HF_POSTGRES=system and the machine has no server binaries", { timeout: 30_000, skip: !noServerBinaries && "cannot hide this machine's PostgreSQL (needs root and unshare)" }, async () => {
    const start = await clone.lib(startAndReport("main"), { env: { HF_POSTGRES: "system" }, wrapper: noServerBinaries });
    assert.notEqual(start.code, 0);
    assert.match(start.stderr, /HF_POSTGRES=system but no PostgreSQL server binaries were found .*Install your system's postgresql package, or unset HF_POSTGRES/);
  });

  it("names the accepted values of HF_POSTGRES", { timeout: 30_000 }, async () => {
    const start = await clone.lib(startAndReport("main"), { env: { HF_POSTGRES: "docker" } });
    assert.notEqual(start.code, 0);
    assert.match(start.stderr, /HF_POSTGRES=docker is not one of auto, system, embedded/);
  });
});
