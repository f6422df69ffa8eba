// Everything of a report but the LLM's own time, for a subject with 20 competitors,
// 5 years of daily data on 4 metrics each and 10,000 mentions; plain pg SELECTs of
// the same rows side by side; and the PDF of that report.
import { readFileSync } from "node:fs";
import { callOperation, createBenchUser, database, logLineCount, serverResponseTimes, serverUrl } from "./lib/benchServer.mjs";
import { reportTimingsFromLog, seedReportSubject } from "./lib/reportBenchData.mjs";
import { recordResults } from "./lib/results.mjs";
import { percentile, round } from "./lib/statistics.mjs";

const RUNS = 5;
const PAGE_READS = 20;
const serverLog = process.env.BENCH_SERVER_LOG;
const median = (values) => percentile(values, 50);

const pool = database();
const { workspaceId, sessionId } = await createBenchUser(pool, "report-pipeline");
await pool.query(`UPDATE "Workspace" SET credits = 100 WHERE id = $1`, [workspaceId]);
const seededAt = Date.now();
const { subjectId, companyIds } = await seedReportSubject(pool, workspaceId, { label: "pipeline", subjectDomain: "pipeline-subject.bench.test" });
const seedSeconds = (Date.now() - seededAt) / 1000;
const [{ points }] = (await pool.query(`SELECT count(*)::int AS points FROM "MarketData" WHERE "companyId" = ANY($1)`, [companyIds])).rows;
const [{ mentions }] = (await pool.query(`SELECT count(*)::int AS mentions FROM "MarketIntelligence" WHERE "companyId" = ANY($1) AND kind = 'SENTIMENT'`, [companyIds])).rows;
await pool.query("ANALYZE");

async function waitForReport(id) {
  for (;;) {
    const report = await callOperation("get-report", { id }, sessionId);
    if (report.status === "COMPLETED") return report;
    if (report.status === "FAILED") throw new Error(`report failed: ${report.errorMessage}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The same rows the report reads, as plain SELECTs through pg. */
async function plainSelects() {
  const started = performance.now();
  await Promise.all([
    pool.query(`SELECT * FROM "Company" WHERE id = $1`, [subjectId]),
    pool.query(`SELECT * FROM "CompetitorAnalysis" a JOIN "Company" c ON c.id = a."competitorCompanyId" WHERE a."subjectCompanyId" = $1 AND a.status = 'ACCEPTED'`, [subjectId]),
    pool.query(`SELECT * FROM "Company" WHERE "workspaceId" = $1 AND "archivedAt" IS NULL AND lower(industry) = 'computer software' AND "sizeBand" = 'LARGE'`, [workspaceId]),
    pool.query(`SELECT * FROM "MarketData" WHERE "workspaceId" = $1 AND "companyId" = ANY($2)`, [workspaceId, companyIds]),
    pool.query(`SELECT * FROM "MarketIntelligence" WHERE "workspaceId" = $1 AND "companyId" = ANY($2)`, [workspaceId, companyIds]),
  ]);
  return performance.now() - started;
}

const runs = [];
let lastReportId;
for (let run = 0; run < RUNS; run += 1) {
  const { id } = await callOperation("request-report", { companyId: subjectId, kind: "MARKET" }, sessionId);
  const report = await waitForReport(id);
  lastReportId = id;
  const logStart = logLineCount(serverLog);
  for (let read = 0; read < PAGE_READS; read += 1) await callOperation("get-report", { id }, sessionId);
  const pageMs = median(serverResponseTimes(serverLog, "/operations/get-report", logStart));
  const timings = reportTimingsFromLog(readFileSync(serverLog, "utf8"), id);
  if (!timings) throw new Error(`no timings logged for report ${id}`);
  const withoutLlmMs = timings.gatherMs + timings.computeMs + (timings.narrativeMs - timings.llmMs) + timings.completeMs + pageMs;
  const baselineMs = await plainSelects();
  runs.push({ ...timings, pageMs, withoutLlmMs, baselineMs, sources: report.document.sources.length, claims: report.document.grounding.claimCount });
}

const pdfTimes = [];
let pdfBytes = 0;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  const response = await fetch(`${serverUrl}/api/reports/${lastReportId}/pdf`, { headers: { authorization: `Bearer ${sessionId}` } });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`PDF answered ${response.status}`);
  pdfTimes.push(performance.now() - started);
  pdfBytes = body.length;
}
await pool.end();

const pipelineMs = median(runs.map((run) => run.withoutLlmMs));
const baselineMs = median(runs.map((run) => run.baselineMs));
recordResults("report-pipeline", {
  competitors: companyIds.length - 1,
  market_data_points: points,
  mentions,
  seed_s: round(seedSeconds),
  runs: RUNS,
  sources_per_report: runs[0].sources,
  claims_per_report: runs[0].claims,
  gather_ms_p50: round(median(runs.map((run) => run.gatherMs))),
  compute_ms_p50: round(median(runs.map((run) => run.computeMs))),
  grounding_and_writer_ms_p50: round(median(runs.map((run) => run.narrativeMs - run.llmMs))),
  llm_stand_in_ms_p50: round(median(runs.map((run) => run.llmMs))),
  complete_ms_p50: round(median(runs.map((run) => run.completeMs))),
  page_data_server_ms_p50: round(median(runs.map((run) => run.pageMs))),
  report_without_llm_ms_p50: round(pipelineMs),
  plain_pg_selects_ms_p50: round(baselineMs),
  ratio_vs_plain_pg_selects: round(pipelineMs / baselineMs, 2),
  target_report_without_llm_ms: 500,
  target_ratio_vs_plain_pg_selects: 3,
  pdf_round_trip_ms_p50: round(median(pdfTimes)),
  pdf_round_trip_ms_max: round(Math.max(...pdfTimes)),
  pdf_bytes: pdfBytes,
  target_pdf_ms: 2000,
  target_pdf_bytes: 2_000_000,
  prisma_engine: process.env.HYPERFORMANT_PRISMA_ENGINE ?? "native",
});
