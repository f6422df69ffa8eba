// 100 reports asked for at once: they complete at the configured concurrency,
// none runs twice, none is lost, and the credits come out exact.
import { callOperation, createBenchUser, database } from "./lib/benchServer.mjs";
import { seedReportSubject } from "./lib/reportBenchData.mjs";
import { recordResults } from "./lib/results.mjs";
import { round } from "./lib/statistics.mjs";

const REPORTS = 100;
const CREDITS = 150;
const standInOrigin = new URL(process.env.OPENAI_BASE_URL).origin;

const pool = database();
const { workspaceId, sessionId } = await createBenchUser(pool, "report-queue");
await pool.query(`UPDATE "Workspace" SET credits = $2 WHERE id = $1`, [workspaceId, CREDITS]);
const subjects = [];
for (let index = 0; index < REPORTS; index += 1) {
  // "llm-slow": the OpenAI stand-in answers after a delay, so runs overlap and the limits show.
  const { subjectId } = await seedReportSubject(pool, workspaceId, { label: `queue${index}`, subjectDomain: `llm-slow-queue-${index}.bench.test`, competitorCount: 2, days: 60, mentionCount: 20 });
  subjects.push(subjectId);
}
await fetch(`${standInOrigin}/__stand-in/reset`, { method: "POST" });

let maxRunning = 0;
let sampling = true;
const sampler = (async () => {
  while (sampling) {
    const [{ running }] = (await pool.query(`SELECT count(*)::int AS running FROM "MarketReport" WHERE "workspaceId" = $1 AND status IN ('GATHERING','ANALYSING','RENDERING')`, [workspaceId])).rows;
    maxRunning = Math.max(maxRunning, running);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
})();

const started = performance.now();
const asked = await Promise.all(subjects.map((companyId) => callOperation("request-report", { companyId, kind: "MARKET" }, sessionId)));
const ids = asked.map((report) => report.id);
for (;;) {
  const [{ ended }] = (await pool.query(`SELECT count(*)::int AS ended FROM "MarketReport" WHERE id = ANY($1) AND status IN ('COMPLETED','FAILED')`, [ids])).rows;
  if (ended === REPORTS) break;
  if (performance.now() - started > 10 * 60_000) throw new Error(`only ${ended} of ${REPORTS} reports ended within 10 minutes`);
  await new Promise((resolve) => setTimeout(resolve, 200));
}
const wallSeconds = (performance.now() - started) / 1000;
sampling = false;
await sampler;

const rows = (await pool.query(`SELECT status, attempts, "creditsSpent" FROM "MarketReport" WHERE id = ANY($1)`, [ids])).rows;
const [{ credits }] = (await pool.query(`SELECT credits FROM "Workspace" WHERE id = $1`, [workspaceId])).rows;
const stats = await (await fetch(`${standInOrigin}/__stand-in/stats`)).json();
await pool.end();

const completed = rows.filter((row) => row.status === "COMPLETED").length;
const figures = {
  reports_asked: REPORTS,
  reports_distinct: new Set(ids).size,
  reports_completed: completed,
  reports_failed: rows.filter((row) => row.status === "FAILED").length,
  reports_lost: REPORTS - rows.length,
  runs_more_than_once: rows.filter((row) => row.attempts !== 1).length,
  llm_requests: stats.requestCount,
  credits_spent: CREDITS - credits,
  credits_spent_by_reports: rows.reduce((sum, row) => sum + row.creditsSpent, 0),
  report_job_concurrency: Number(process.env.REPORT_JOB_CONCURRENCY ?? 4),
  max_reports_running_at_once: maxRunning,
  openai_max_concurrency: Number(process.env.OPENAI_MAX_CONCURRENCY ?? 4),
  max_llm_requests_in_flight: stats.maxInFlight,
  llm_answer_delay_ms: Number(process.env.BENCH_LLM_DELAY_MS ?? 0),
  wall_s: round(wallSeconds),
  reports_per_s: round(REPORTS / wallSeconds, 2),
};
recordResults("report-queue", figures);
const exact = figures.reports_completed === REPORTS && figures.runs_more_than_once === 0 && figures.credits_spent === REPORTS && figures.credits_spent_by_reports === REPORTS && figures.llm_requests === REPORTS;
if (!exact) {
  console.error("report-queue: the queue lost, repeated or mis-charged reports (see the figures above)");
  process.exitCode = 1;
}
