// Talking to the built server the way the client does, for benchmarks.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";

export const serverUrl = required("BENCH_SERVER_URL");
export const databaseUrl = required("DATABASE_URL");

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run benchmarks through ./bench/run.sh`);
  return value;
}

export function database() {
  return new pg.Pool({ connectionString: databaseUrl, max: 4 });
}

/**
 * A user with a personal workspace on the Team plan and a live session, written straight to the
 * database (signing up through the UI is not what is measured).
 */
export async function createBenchUser(pool, label) {
  const userId = randomUUID();
  const authId = randomUUID();
  const workspaceId = randomUUID();
  const sessionId = randomUUID().replaceAll("-", "");
  const email = `${label}-${userId.slice(0, 8)}@bench.test`;
  await pool.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())`, [userId, email]);
  await pool.query(`INSERT INTO "Auth" (id, "userId") VALUES ($1, $2)`, [authId, userId]);
  await pool.query(`INSERT INTO "Session" (id, "expiresAt", "userId") VALUES ($1, now() + interval '1 day', $2)`, [sessionId, authId]);
  await pool.query(`INSERT INTO "Workspace" (id, name, "isPersonal", "updatedAt") VALUES ($1, $2, true, now())`, [workspaceId, `${label} workspace`]);
  await pool.query(`INSERT INTO "WorkspaceMember" (id, "workspaceId", "userId", role) VALUES ($1, $2, $3, 'OWNER')`, [randomUUID(), workspaceId, userId]);
  // On the Team plan: the benchmarks measure speed, not the Free plan's quotas.
  await pool.query(
    `INSERT INTO "BillingSubscription" (id, "workspaceId", "providerSubscriptionId", "providerCustomerId", plan, interval, "priceId", status, "stateAsOf", "updatedAt")
     VALUES ($1, $2, $3, $4, 'TEAM', 'MONTH', 'price_bench', 'ACTIVE', now(), now())`,
    [randomUUID(), workspaceId, `sub_bench_${workspaceId}`, `cus_bench_${workspaceId}`],
  );
  return { userId, workspaceId, sessionId };
}

/** POST /operations/<name> with superjson's plain-JSON envelope. */
export async function callOperation(name, args, sessionId) {
  const response = await fetch(`${serverUrl}/operations/${name}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${sessionId}` },
    body: JSON.stringify({ json: args }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${name} answered ${response.status}: ${JSON.stringify(body)}`);
  return body.json;
}

/** The server's own timing of each request (pino-http's responseTime), read from its JSON log. */
export function serverResponseTimes(logPath, urlPrefix, sinceLine = 0) {
  const lines = readFileSync(logPath, "utf8").split("\n").slice(sinceLine);
  const times = [];
  for (const line of lines) {
    if (!line.startsWith("{")) continue;
    try {
      const entry = JSON.parse(line);
      if (entry.req?.url?.startsWith(urlPrefix) && typeof entry.responseTime === "number") times.push(entry.responseTime);
    } catch {
      // Not a log line of ours.
    }
  }
  return times;
}

export function logLineCount(logPath) {
  return readFileSync(logPath, "utf8").split("\n").length - 1;
}

/** Resident memory of a process in MiB, from /proc. */
export function residentMemoryMib(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}
