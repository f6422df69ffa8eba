// Apollo list sync: a 50,000-contact list synced from the local Apollo stand-in by the real
// client in the built server's pg-boss job (500 pages of 100, each stored with its checkpoint
// in one statement), the server's memory sampled throughout. Baseline in the same run: a raw
// PostgreSQL COPY of the same 50,000 rows into the same table. Then a re-sync with nothing
// changed, and a burst of 50 concurrent enrolment requests against one mailbox.
// Targets (issue 14): under 60 s and 300 MB; writes at least a quarter of COPY's speed; the
// re-sync under 15 s rewriting no row; the daily cap holding exactly (exits non-zero otherwise).
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes, randomUUID } from "node:crypto";
import { from as copyFrom } from "pg-copy-streams";
import { callOperation, createBenchUser, database, residentMemoryMib } from "./lib/benchServer.mjs";
import { recordResults } from "./lib/results.mjs";
import { percentile, round } from "./lib/statistics.mjs";
import { encryptionKeyFrom, sealSecret } from "../src/server/crypto/sealedSecrets.ts";

const MEMBERS = 50_000;
const BURST = 50;
const CAP = 20;
const standIn = process.env.BENCH_APOLLO_URL;
const serverPid = Number(process.env.BENCH_SERVER_PID);
if (!standIn || !serverPid) throw new Error("BENCH_APOLLO_URL and BENCH_SERVER_PID are not set: run through ./bench/run.sh");
const failures = [];
const pool = database();

async function control(path, body) {
  const response = await fetch(`${new URL(standIn).origin}/__stand-in/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`stand-in ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * PostgreSQL's own execution time, from pg_stat_statements where the server preloads it: the
 * database's side of the sync's writes and of COPY, without the round trips and the scheduling
 * of three busy processes on two cores. Undefined without it (the figures then say so).
 */
const statementStats = await pool.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`).then(() => pool.query(`SELECT 1 FROM pg_stat_statements LIMIT 1`)).then(() => true, () => false);
const resetStatementStats = () => (statementStats ? pool.query(`SELECT pg_stat_statements_reset()`) : undefined);
async function databaseSeconds(pattern) {
  if (!statementStats) return undefined;
  const { rows: [row] } = await pool.query(
    `SELECT coalesce(sum(total_exec_time), 0)::float AS ms FROM pg_stat_statements WHERE query ~* '^\\s*(WITH|INSERT|UPDATE|DELETE|COPY)' AND query ~ $1`,
    [pattern],
  );
  return row.ms / 1000;
}

const apiKey = `apollo-bench-${randomBytes(6).toString("hex")}`;
await control("scenarios", { apiKey, replaceDefaults: true, lists: [{ name: "Bench 50k", modality: "contacts", size: MEMBERS }] });
const { workspaceId, sessionId } = await createBenchUser(pool, "apollo-sync");
const sealed = sealSecret(apiKey, encryptionKeyFrom(process.env.HYPERFORMANT_ENCRYPTION_KEY));
await pool.query(`UPDATE "Workspace" SET "apolloApiKeyEncrypted" = $2, "apolloKeyIsMaster" = true WHERE id = $1`, [workspaceId, sealed]);
await callOperation("refresh-apollo-lists", undefined, sessionId);
const { rows: [list] } = await pool.query(`SELECT id FROM "ApolloSmartList" WHERE "workspaceId" = $1`, [workspaceId]);

/** Starts (or re-runs) the sync, samples the server's memory until it ends, and returns the sync's row. */
async function timedSync(start) {
  let peakMib = residentMemoryMib(serverPid);
  const sampler = setInterval(() => (peakMib = Math.max(peakMib, residentMemoryMib(serverPid))), 100);
  const started = performance.now();
  await start();
  let sync;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ({ rows: [sync] } = await pool.query(
      `SELECT id, status, pass, "rowsAdded", "rowsUpdated", "rowsRemoved", "requestsMade", error, (extract(epoch FROM ("finishedAt" - "startedAt")))::float AS seconds
         FROM "ApolloListSync" WHERE "listId" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [list.id],
    ));
    if (sync && sync.status !== "RUNNING") break;
    if (performance.now() - started > 300_000) throw new Error("the sync did not finish within 5 minutes");
  }
  clearInterval(sampler);
  return { ...sync, wallSeconds: (performance.now() - started) / 1000, peakMib };
}

/** The job's own account of its database writes, from its "finished" log line. */
async function writeSecondsOf(syncId) {
  const { readFileSync } = await import("node:fs");
  // The line is written just after the sync's row says it finished.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    for (const line of readFileSync(process.env.BENCH_SERVER_LOG, "utf8").split("\n").reverse()) {
      if (line.includes(syncId) && line.includes("writeMs")) return JSON.parse(line).writeMs / 1000;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no finished log line for sync ${syncId}`);
}

await resetStatementStats();
const first = await timedSync(() => callOperation("set-apollo-list-sync", { listId: list.id, enabled: true }, sessionId));
// The sync's writes: its pages, the links and the ending (every statement naming Apollo's tables).
const syncDatabaseSeconds = await databaseSeconds('"Apollo(Contact|ContactListing|ListSync|ListSyncPage|SmartList)"');
if (first.status !== "SUCCEEDED" || first.rowsAdded !== MEMBERS) failures.push(`first sync: ${first.status}, ${first.rowsAdded} added (${first.error})`);
const { rows: [stored] } = await pool.query(`SELECT count(*)::int AS n FROM "ApolloContactListing" WHERE "listId" = $1`, [list.id]);
if (stored.n !== MEMBERS) failures.push(`stored ${stored.n} members, not ${MEMBERS}`);
const writeSeconds = await writeSecondsOf(first.id);

// Baseline: the same 50,000 rows, COPYed into the same table for another workspace.
const { workspaceId: copyWorkspace } = await createBenchUser(pool, "apollo-copy");
const { rows: contacts } = await pool.query(
  `SELECT "apolloContactId", "firstName", "lastName", name, title, email, "emailStatus", "organizationName", "apolloOrganizationId", "apolloAccountId", "linkedinUrl", "apolloUpdatedAt", "companyDomain"
     FROM "ApolloContact" WHERE "workspaceId" = $1`,
  [workspaceId],
);
const field = (value) => (value === null ? "\\N" : value instanceof Date ? value.toISOString() : String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]));
const copyText = contacts.map((row) => [randomUUID(), copyWorkspace, ...Object.values(row), "now", "now"].map(field).join("\t")).join("\n") + "\n";
await resetStatementStats();
const client = await pool.connect();
const copyStarted = performance.now();
await pipeline(
  Readable.from([copyText]),
  client.query(copyFrom(`COPY "ApolloContact" (id, "workspaceId", "apolloContactId", "firstName", "lastName", name, title, email, "emailStatus", "organizationName", "apolloOrganizationId", "apolloAccountId", "linkedinUrl", "apolloUpdatedAt", "companyDomain", "createdAt", "updatedAt") FROM STDIN`)),
);
const copySeconds = (performance.now() - copyStarted) / 1000;
client.release();
const copyDatabaseSeconds = await databaseSeconds("^COPY");

// A re-sync with nothing changed: every page read again, no row written.
const { rows: [before] } = await pool.query(`SELECT max("updatedAt") AS latest, count(*)::int AS n FROM "ApolloContact" WHERE "workspaceId" = $1`, [workspaceId]);
const again = await timedSync(() => callOperation("sync-apollo-list-now", { listId: list.id }, sessionId));
const { rows: [after] } = await pool.query(`SELECT max("updatedAt") AS latest, count(*)::int AS n FROM "ApolloContact" WHERE "workspaceId" = $1`, [workspaceId]);
const rewritten = (await pool.query(`SELECT count(*)::int AS n FROM "ApolloContact" WHERE "workspaceId" = $1 AND "updatedAt" > $2`, [workspaceId, before.latest])).rows[0].n;
if (again.status !== "SUCCEEDED" || again.rowsAdded + again.rowsUpdated + again.rowsRemoved !== 0 || rewritten !== 0 || after.n !== before.n) {
  failures.push(`re-sync: ${again.status}, +${again.rowsAdded} ~${again.rowsUpdated} -${again.rowsRemoved}, ${rewritten} rows rewritten`);
}

// 50 enrolment requests at once against one mailbox whose cap is 20.
await callOperation("refresh-apollo-sequences", undefined, sessionId);
await callOperation("set-apollo-daily-send-cap", { dailySendCap: CAP }, sessionId);
const { rows: [sequence] } = await pool.query(`SELECT id FROM "ApolloSequence" WHERE "workspaceId" = $1 ORDER BY name LIMIT 1`, [workspaceId]);
const { rows: [mailbox] } = await pool.query(`SELECT id FROM "ApolloMailbox" WHERE "workspaceId" = $1 ORDER BY email LIMIT 1`, [workspaceId]);
const { rows: picked } = await pool.query(
  `SELECT id FROM "ApolloContact" WHERE "workspaceId" = $1 AND email IS NOT NULL AND "emailStatus" <> 'bounced' ORDER BY "apolloContactId" LIMIT $2`,
  [workspaceId, BURST],
);
const burstLatencies = [];
const results = await Promise.all(picked.map(async ({ id }) => {
  const sent = performance.now();
  const result = await callOperation("enrol-contacts-in-sequence", { sequenceId: sequence.id, mailboxId: mailbox.id, contactIds: [id] }, sessionId);
  burstLatencies.push(performance.now() - sent);
  return result;
}));
const enrolled = results.reduce((sum, result) => sum + result.enrolled, 0);
const queued = results.reduce((sum, result) => sum + result.queued, 0);
const { rows: [day] } = await pool.query(`SELECT coalesce(sum(used), 0)::int AS used FROM "ApolloMailboxDay" WHERE "mailboxId" = $1`, [mailbox.id]);
if (enrolled !== CAP || queued !== BURST - CAP || day.used !== CAP) failures.push(`burst: ${enrolled} enrolled, ${queued} queued, ${day.used} counted against a cap of ${CAP}`);

const figures = {
  members: MEMBERS,
  sync_s: round(first.seconds, 2),
  sync_rows_per_s: Math.round(MEMBERS / first.seconds),
  sync_requests: first.requestsMade,
  peak_server_rss_mib: round(first.peakMib),
  sync_write_s: round(writeSeconds, 2),
  sync_write_rows_per_s: Math.round(MEMBERS / writeSeconds),
  copy_s: round(copySeconds, 2),
  copy_rows_per_s: Math.round(MEMBERS / copySeconds),
  ratio_vs_copy: round(copySeconds / writeSeconds, 2),
  ...(syncDatabaseSeconds === undefined || copyDatabaseSeconds === undefined
    ? {}
    : {
        sync_db_write_s: round(syncDatabaseSeconds, 2),
        sync_db_write_rows_per_s: Math.round(MEMBERS / syncDatabaseSeconds),
        copy_db_s: round(copyDatabaseSeconds, 2),
        db_ratio_vs_copy: round(copyDatabaseSeconds / syncDatabaseSeconds, 2),
      }),
  resync_s: round(again.seconds, 2),
  resync_rows_rewritten: rewritten,
  resync_peak_server_rss_mib: round(again.peakMib),
  burst_requests: BURST,
  burst_cap: CAP,
  burst_enrolled: enrolled,
  burst_queued: queued,
  burst_p50_ms: round(percentile(burstLatencies, 50)),
  burst_p99_ms: round(percentile(burstLatencies, 99)),
};
console.log(figures);
recordResults("apollo-sync", figures);
if (first.seconds > 60) failures.push(`the sync took ${first.seconds} s (target: under 60)`);
if (first.peakMib > 300) failures.push(`the server peaked at ${first.peakMib} MiB (target: under 300)`);
// The target is about the database's writes: PostgreSQL's own time where it is measured, else the job's.
const writeRatio = figures.db_ratio_vs_copy ?? figures.ratio_vs_copy;
if (writeRatio < 0.25) failures.push(`writes at ${writeRatio}x COPY's speed (target: at least 0.25)`);
if (again.seconds > 15) failures.push(`the re-sync took ${again.seconds} s (target: under 15)`);
await pool.end();
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
