// CSV import end to end: upload (validated and staged while it streams in),
// then the importCompanies pg-boss job merging the rows, until the import says
// SUCCEEDED. Target (issue 4): 10,000 rows in under 10 s, memory bounded.
// Memory: the server runs with its V8 heap capped (bench/run.sh) and takes six
// 10,000-row imports in a row; work that held whole files or kept something per
// import would run out of heap. The resident set is sampled during each import.
import { callOperation, createBenchUser, database, residentMemoryMib, serverUrl } from "./lib/benchServer.mjs";
import { recordResults } from "./lib/results.mjs";
import { round } from "./lib/statistics.mjs";

const serverPid = Number(process.env.BENCH_SERVER_PID);
const pool = database();

function csvOf(rows, prefix) {
  const lines = ["domain,name,role,tags"];
  for (let index = 0; index < rows; index += 1) {
    // Every 50th row repeats an earlier domain (merged), every 200th is not a domain (rejected).
    if (index % 200 === 199) lines.push(`not a domain ${index},Broken,,`);
    else if (index % 50 === 49) lines.push(`https://www.${prefix}-${index - 1}.example.com/,,competitor,duplicate`);
    else lines.push(`${prefix}-${index}.example.com,Company ${index},${index % 3 === 0 ? "prospect" : "watch"},bench;import`);
  }
  return `${lines.join("\n")}\n`;
}

async function timedImport(rows, label) {
  const user = await createBenchUser(pool, label);
  const csv = csvOf(rows, label);
  const baselineMib = residentMemoryMib(serverPid);
  let peakMib = baselineMib;
  const sampler = setInterval(() => {
    peakMib = Math.max(peakMib, residentMemoryMib(serverPid));
  }, 20);

  const startedAt = performance.now();
  const response = await fetch(`${serverUrl}/api/companies/import?fileName=${label}.csv`, {
    method: "POST",
    headers: { "content-type": "text/csv", authorization: `Bearer ${user.sessionId}` },
    body: csv,
  });
  if (response.status !== 202) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  const { importId } = await response.json();
  const stagedAt = performance.now();
  let companyImport;
  for (;;) {
    companyImport = await callOperation("get-company-import", { id: importId }, user.sessionId);
    if (companyImport.status === "SUCCEEDED" || companyImport.status === "FAILED") break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const finishedAt = performance.now();
  clearInterval(sampler);
  if (companyImport.status !== "SUCCEEDED") throw new Error(`import failed: ${companyImport.failureReason}`);
  const [{ count }] = (await pool.query(`SELECT count(*)::int AS count FROM "Company" WHERE "workspaceId" = $1`, [user.workspaceId])).rows;
  if (count !== companyImport.createdCount) throw new Error(`created ${companyImport.createdCount} but found ${count}`);
  return {
    totalSeconds: (finishedAt - startedAt) / 1000,
    uploadSeconds: (stagedAt - startedAt) / 1000,
    companyImport,
    csvBytes: Buffer.byteLength(csv),
    rssGrowthMib: peakMib - baselineMib,
    rssPeakMib: peakMib,
  };
}

// A first small import warms the server (JIT, connection pool), as a running server is.
await timedImport(200, "warm");
const small = await timedImport(1_000, "small");
const large = await timedImport(10_000, "large");
const REPEATS = 5;
const repeats = [];
for (let index = 0; index < REPEATS; index += 1) repeats.push(await timedImport(10_000, `repeat-${index}`));

recordResults("csv-import", {
  rows: 10_000,
  csv_bytes: large.csvBytes,
  companies_created: large.companyImport.createdCount,
  rows_merged: large.companyImport.mergedCount,
  rows_rejected: large.companyImport.errorCount,
  end_to_end_s: round(large.totalSeconds, 2),
  upload_and_validation_s: round(large.uploadSeconds, 2),
  rows_per_s: Math.round(10_000 / large.totalSeconds),
  target_end_to_end_s: 10,
  server_rss_growth_10k_rows_mib: round(large.rssGrowthMib),
  server_rss_growth_1k_rows_mib: round(small.rssGrowthMib),
  server_rss_peak_first_10k_import_mib: round(large.rssPeakMib),
  server_rss_peak_last_of_repeated_10k_imports_mib: round(repeats.at(-1).rssPeakMib),
  repeated_10k_imports: REPEATS,
  server_heap_cap_mib: Number(process.env.BENCH_SERVER_HEAP_CAP_MIB),
  end_to_end_repeat_10k_rows_s: round(Math.max(...repeats.map((run) => run.totalSeconds)), 2),
  end_to_end_1k_rows_s: round(small.totalSeconds, 2),
  prisma_engine: process.env.HYPERFORMANT_PRISMA_ENGINE ?? "native",
});
await pool.end();
