import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, required, run, sql, waitFor } from "./support";

// One file, in this order, because the last block stops the shared server.
const serverUrl = required("HF_TEST_SERVER_URL");
const databaseUrl = required("DATABASE_URL");

async function ready(): Promise<{ status: number; body: { status: string; checks: Array<{ name: string; ok: boolean }> } }> {
  const response = await fetch(`${serverUrl}/ready`);
  return { status: response.status, body: await response.json() };
}

describe("structured request logs", () => {
  it("echoes the request id and writes JSON log lines that carry it", async () => {
    const requestId = `ops-${randomUUID()}`;
    const response = await fetch(`${serverUrl}/operations/get-dashboard-summary`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": requestId },
      body: "{}",
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("x-request-id")).toBe(requestId);
    const line = await waitFor(async () => {
      const lines = readFileSync(required("HF_TEST_SERVER_LOG"), "utf8").split("\n");
      return lines.find((candidate) => candidate.includes(requestId));
    }, 5_000, "the request's log line");
    const entry = JSON.parse(line);
    expect(entry).toMatchObject({ requestId, level: 40, res: { statusCode: 401 } });
    expect(line).not.toMatch(/authorization/i);
  });

  it("gives a request without an id a fresh one", async () => {
    const response = await fetch(`${serverUrl}/operations/get-dashboard-summary`, { method: "POST", body: "{}" });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("the pruneOldLogs job and the queue report", () => {
  const boss = new PgBoss({ connectionString: databaseUrl });
  boss.on("error", () => {});
  afterAll(() => boss.stop({ graceful: false, destroy: true }).catch(() => {}));

  it("deletes log rows past the retention period and keeps the rest", async () => {
    await boss.start();
    const marker = `ops-retention-${randomUUID()}`;
    await sql(
      databaseUrl,
      `INSERT INTO "Log" (id, "createdAt", level, message) VALUES
         (gen_random_uuid(), now() - interval '40 days', 'INFO', $1),
         (gen_random_uuid(), now() - interval '2 days', 'INFO', $1)`,
      [marker],
    );
    const jobId = await boss.send("pruneOldLogs", { retentionDays: 30 });
    expect(jobId).toBeTruthy();
    const job = await waitFor(async () => {
      const found = await boss.getJobById(jobId!);
      return found && ["completed", "failed"].includes(found.state) ? found : undefined;
    }, 60_000, "pruneOldLogs to finish");
    expect(job.state).toBe("completed");
    const rows = await sql<{ age: number }>(
      databaseUrl,
      `SELECT extract(day FROM now() - "createdAt")::int AS age FROM "Log" WHERE message = $1`,
      [marker],
    );
    expect(rows).toEqual([{ age: 2 }]);
  });

  it("fails a job given bad arguments and changes nothing", async () => {
    const marker = `ops-bad-args-${randomUUID()}`;
    await sql(databaseUrl, `INSERT INTO "Log" (id, "createdAt", level, message) VALUES (gen_random_uuid(), now() - interval '400 days', 'INFO', $1)`, [marker]);
    const jobId = await boss.send("pruneOldLogs", { retentionDays: "thirty" }, { retryLimit: 0 });
    const job = await waitFor(async () => {
      const found = await boss.getJobById(jobId!);
      return found && ["completed", "failed"].includes(found.state) ? found : undefined;
    }, 60_000, "the bad job to finish");
    expect(job.state).toBe("failed");
    expect(await sql(databaseUrl, `SELECT 1 FROM "Log" WHERE message = $1`, [marker])).toHaveLength(1);
  });

  it("scripts/queues.sh reports each job's waiting, active, failed and completed counts", async () => {
    const { stdout } = await run("bash", [`${repoRoot}scripts/queues.sh`, "--json"], { env: process.env });
    const queues = JSON.parse(stdout) as Array<{ job: string; waiting: number; active: number; failed: number; completed: number }>;
    const prune = queues.find((queue) => queue.job === "pruneOldLogs");
    expect(prune).toMatchObject({ failed: 1, completed: 1, active: 0, waiting: 0 });
    const table = await run("bash", [`${repoRoot}scripts/queues.sh`], { env: process.env });
    expect(table.stdout).toMatch(/job\s+\|\s+waiting\s+\|\s+active\s+\|\s+failed\s+\|\s+completed/);
  });
});

describe("readiness follows PostgreSQL", () => {
  const dataDir = process.env.HF_TEST_PG_DATA_DIR;
  const pgBin = process.env.HF_PG_BIN;
  const port = process.env.HF_TEST_PG_PORT;
  const asOwner = (args: string[]) =>
    process.getuid?.() === 0 ? run("runuser", ["-u", "postgres", "--", ...args]) : run(args[0], args.slice(1));

  it.skipIf(!dataDir)("is ready, turns unready when PostgreSQL stops, and ready again when it is back", async () => {
    expect((await ready()).status).toBe(200);
    await asOwner([`${pgBin}/pg_ctl`, "-D", dataDir!, "-m", "fast", "-w", "stop"]);
    try {
      const down = await waitFor(async () => {
        const probe = await ready();
        return probe.status === 503 ? probe : undefined;
      }, 15_000, "/ready to answer 503");
      expect(down.body.status).toBe("unready");
      expect(down.body.checks.find((check) => check.name === "database")?.ok).toBe(false);
      expect((await fetch(`${serverUrl}/health`)).status).toBe(200);
    } finally {
      await asOwner([
        `${pgBin}/pg_ctl`, "-D", dataDir!, "-l", `${dataDir}/server.log`, "-w", "start",
        "-o", `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories='${dataDir}' -c fsync=off`,
      ]);
    }
    const back = await waitFor(async () => {
      const probe = await ready();
      return probe.status === 200 ? probe : undefined;
    }, 30_000, "/ready to answer 200 again");
    expect(back.body.checks.every((check) => check.ok)).toBe(true);
  });
});

describe("graceful shutdown", () => {
  it("on SIGTERM stops taking traffic, stops the job workers and exits 0", async () => {
    const pid = Number(required("HF_TEST_SERVER_PID"));
    process.kill(pid, "SIGTERM");
    await waitFor(async () => {
      try {
        process.kill(pid, 0);
        return undefined;
      } catch {
        return true;
      }
    }, 40_000, "the server to exit");
    const log = readFileSync(required("HF_TEST_SERVER_LOG"), "utf8");
    expect(log).toMatch(/"step":"stop pg-boss workers"/);
    expect(log).toMatch(/"msg":"shutdown complete"/);
    const exitStatus = readFileSync(required("HF_TEST_SERVER_EXIT_FILE"), "utf8").trim();
    expect(exitStatus).toBe("0");
  });
});
