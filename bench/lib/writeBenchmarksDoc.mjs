// Rebuilds docs/benchmarks.md from every bench/results/*.json.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resultsDir } from "./results.mjs";

const descriptions = {
  "company-list":
    "Company list (`getCompanies`): pages of 50 with search, filters and sort, 10,000 companies in the workspace and " +
    "100,000 in the database. Server-side time is the server's own request timing (pino-http `responseTime`) for " +
    "each call; the round trip adds loopback HTTP. Target: server p95 under 30 ms.",
  "csv-import":
    "CSV import of 10,000 rows end to end: upload (streamed, validated row by row and staged in batches), then the " +
    "`importCompanies` pg-boss job merging rows in batches of 500, until the import reports SUCCEEDED. Every 50th row " +
    "repeats a domain and every 200th is invalid. Memory: the benchmark server runs with its V8 heap capped " +
    "(`server_heap_cap_mib`) and takes six 10,000-row imports in a row, so work that held whole files or kept " +
    "something per import would fail; the resident set is sampled during each import. A 1,000-row import takes " +
    "about as long as a 10,000-row one mostly because pg-boss polls for new jobs every 2 s. Target: under 10 s.",
  "report-pipeline":
    "A market report on a subject with 20 competitors, 5 years of daily data on 4 metrics each (153,384 points) and " +
    "10,000 mentions, everything but the LLM's own time: gathering (heavy tables aggregated in SQL), sources and " +
    "computed sections, the grounded writer's prompt and checks (the LLM is the local OpenAI stand-in, its time " +
    "measured and taken out), the completing transaction, and the report page's data (`getReport`, server time). " +
    "Stage times come from the server's own `report completed` log line. Baseline: plain `pg` SELECTs of the same " +
    "rows (subject, competitor links, segment, every market-data point and mention) in the same run. Then the PDF " +
    "of that report, downloaded five times. Targets: under 500 ms and at most 3× the baseline; the PDF under 2 s " +
    "and 2 MB. The benchmark server runs the WebAssembly query engine with a 128 MiB heap.",
  "payments-webhook":
    "The Stripe webhook (`POST /payments-webhook`) under a steady open-loop load of 200 signed " +
    "`checkout.session.completed` events a second for 10 s (credit packs for 20 workspaces: each event writes the " +
    "event's id, a payment and a credit change with its balance, under the workspace's row lock), then every event " +
    "delivered again. Baseline in the same run: a bare Node `http` server verifying the same signatures with the same " +
    "SDK and doing the same inserts through `pg` in one transaction. Latencies count from when each delivery was due, so a " +
    "queue behind slow answers shows. The server runs on its own with the heap of a 1 GB machine (512 MiB; at the other " +
    "benchmarks' 128 MiB the collector took 1.5 ms of every delivery); the webhook writes through `pg`, not Prisma's " +
    "WebAssembly engine, which managed 37 events/s. The sender shares the 2 cores with the server and PostgreSQL. Targets: 200 events/s, p99 under 100 ms, each applied exactly once (the command exits " +
    "non-zero otherwise).",
  "apollo-sync":
    "An Apollo list of 50,000 contacts synced from the local Apollo stand-in by the real client in the built server's " +
    "`syncApolloList` pg-boss job: 500 pages of 100 (Apollo's cap is exactly 500 pages), each page's contacts upserted, " +
    "linked to the list and checkpointed in one `pg` statement (atomic on its own), then page 1 read again to prove the list held still. " +
    "`sync_s` is the sync row's own start-to-finish time; the server's resident memory is sampled every 100 ms " +
    "(`peak_server_rss_mib`, heap capped at 128 MiB). `sync_write_s` is the job's own time in its page statements and its " +
    "ending transaction (which links the pass's members to the list in one statement); `sync_db_write_s` is PostgreSQL's own " +
    "execution time for those statements (pg_stat_statements), the database's side without round trips or the scheduling " +
    "of three busy processes on two cores. Baseline in the same run: a raw `COPY` of the same 50,000 rows into the same " +
    "table (`ratio_vs_copy` = COPY's time / the job's write time; `db_ratio_vs_copy` the same from PostgreSQL's own times; " +
    "the target is read on the latter where it is measured). The sync writes more per member than COPY: the contact " +
    "(through ON CONFLICT, so a re-sync rewrites nothing), its link to the list, and its id in the page's checkpoint. Then a re-sync with nothing changed (every page read again; rows whose `updatedAt` moved " +
    "are counted; the key's request budget, `APOLLO_REQUESTS_PER_MINUTE`, is 1,200 here so that our own limiter " +
    "does not stretch the second 501 requests into the first's minute), and 50 concurrent enrolment requests of one contact each against one mailbox with a daily cap of 20. " +
    "Targets: under 60 s and 300 MB; writes at least 0.25 of COPY's speed; re-sync under 15 s rewriting no row; the cap " +
    "holding exactly (20 enrolled, 30 queued); the command exits non-zero otherwise.",
  "report-queue":
    "100 reports asked for at once (100 subjects, each with two competitors and 60 days of data), through " +
    "`requestReport` over HTTP, with `REPORT_JOB_CONCURRENCY=4` and `OPENAI_MAX_CONCURRENCY=4` and the OpenAI " +
    "stand-in answering after 250 ms. Sampled every 50 ms: reports running at once; the stand-in counts LLM " +
    "requests in flight. Checked: every report completed, each in one run, one LLM request each, exactly 100 " +
    "credits spent (the command exits non-zero otherwise).",
  "admin-analytics":
    "Admin analytics with 100,000 users, 1,000,000 raw page views (the 30 days kept before pruning, about 33,000 a " +
    "day) and two years of closed daily stats. The roll-up runs through the admin's \"Refresh now\" " +
    "(`refreshAdminStats`, the code of the stats jobs). First it catches up the whole retained month as if the server had missed it. " +
    "Then it closes one ordinary day again (`rollup_daily_s`, checked against that day's raw events). Dashboard: " +
    "`getAdminDashboard` over 90 days, 30 calls, server time (pino-http `responseTime`), beside each of its four " +
    "statements run directly through `pg` (median of 30; `ratio_vs_direct_pg` = server p50 / the four together). " +
    "The users table's pages and searches over the 100,000 users are timed too. Page views: `POST " +
    "/api/analytics/page-views` at a steady 1,000 a second for 10 s, after 2 s at that rate to warm up, open loop (`bench/lib/openLoop.mjs`), each from its own address and counted " +
    "from when it was due (`page_views_slowest_ms_per_second`: the slowest answer of each second; counted views are not written to the request log). Every view must be answered 204 and stored once, or the command exits non-zero. Targets: " +
    "dashboard under 100 ms, daily roll-up under 30 s, page views at 1,000/s with p99 under 50 ms.",
  "workflow-callbacks":
    "n8n's callbacks (`POST /api/workflows/callback`) sent by autocannon on 127.0.0.1 at 500 a second (`overallRate`, 10 " +
    "connections of 50 a second each) until 5,000 have been answered, after 1,000 to warm up: each a signed research-findings " +
    "callback (HMAC-SHA256 over timestamp and raw body) with a step of its own, for 200 running executions on 200 companies " +
    "of 20 workspaces, so each writes a WorkflowCallback row and a finding under its execution's row lock. Then every callback " +
    "again (n8n retrying): all duplicates, nothing written (`written_by_replay`). Counted in the database afterwards: every " +
    "callback applied exactly once, or the command exits non-zero. Baseline in the same run: a bare Node `http` server in its " +
    "own process verifying the same HMAC and running the same statements through `pg` in one transaction. autocannon's latency " +
    "counts from each request's send; the `open_loop_*` figures send the same callbacks from the benchmarks' open-loop sender " +
    "(each counted from when it was due). Sender, server and PostgreSQL share the 2 cores. Target: 500/s with p99 under 50 ms.",
};

const results = readdirSync(resultsDir)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => JSON.parse(readFileSync(path.join(resultsDir, file), "utf8")));

const sections = results.map((result) => {
  const { benchmark, command, date, ...figures } = result;
  const rows = Object.entries(figures).map(([key, value]) => `| \`${key}\` | ${value} |`);
  return [
    `## ${benchmark}`,
    "",
    descriptions[benchmark] ?? "",
    "",
    `Command: \`${command}\` · measured ${date.slice(0, 16).replace("T", " ")} UTC`,
    "",
    "| figure | value |",
    "| --- | --- |",
    ...rows,
    "",
  ].join("\n");
});

const document = [
  "# Benchmarks",
  "",
  "Commands anyone can run; each starts its own PostgreSQL and the production build, prints its figures, writes",
  "them to `bench/results/<name>.json` and regenerates this page. Machine: 2 cores, 24 GiB (the project's CI",
  "machines). Run all with `./bench/run.sh`.",
  "",
  ...sections,
].join("\n");
writeFileSync(path.join(resultsDir, "..", "..", "docs", "benchmarks.md"), document);
