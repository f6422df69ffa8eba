// One cluster's whole life as the scripts live it, checked step by step:
// start (initdb on first use), a database, data that survives a stop and a
// restart, a clean stop, and discard.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { printedValues, query, refusesConnections, startAndReport } from "./support.mjs";

/** Returns what the first start reported (BINARIES, BIN, MAJOR, DATA_DIR, PORT, DATABASE_URL). */
export async function liveThroughLifecycle(clone, options = {}) {
  const first = await clone.lib(startAndReport("main"), options);
  assert.equal(first.code, 0, `hf_pg_start failed:\n${first.stderr}`);
  const started = printedValues(first.stdout);

  const [{ version }] = await query(started.DATABASE_URL, "SELECT version()");
  assert.match(version, new RegExp(`^PostgreSQL ${started.MAJOR}\\.`), "the server runs the binaries the scripts chose");
  await query(started.DATABASE_URL, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before the restart')");

  const stop = await clone.lib("hf_pg_stop main", options);
  assert.equal(stop.code, 0, stop.stderr);
  assert.equal(existsSync(path.join(started.DATA_DIR, "postmaster.pid")), false, "stopped cleanly: no postmaster.pid left");
  assert.equal(await refusesConnections(started.DATABASE_URL), true, "nothing listens after the stop");

  const second = await clone.lib(startAndReport("main"), options);
  assert.equal(second.code, 0, `the restart failed:\n${second.stderr}`);
  const restarted = printedValues(second.stdout);
  assert.equal(restarted.DATA_DIR, started.DATA_DIR);
  assert.deepEqual(await query(restarted.DATABASE_URL, "SELECT note FROM kept"), [{ note: "written before the restart" }]);

  const discard = await clone.lib("hf_pg_discard main", options);
  assert.equal(discard.code, 0, discard.stderr);
  assert.equal(existsSync(started.DATA_DIR), false, "discard deletes the data");
  assert.equal(await refusesConnections(restarted.DATABASE_URL), true, "discard stops the server");
  return started;
}
