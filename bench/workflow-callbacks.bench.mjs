// n8n's callbacks under load (issue 15): signed research-findings callbacks sent by autocannon at
// 500 a second to POST /api/workflows/callback, each a step of its own, then counted in the
// database: every one applied exactly once (a WorkflowCallback row and its finding). Baseline in
// the same run: a bare Node http server (its own process) verifying the same HMAC and doing the
// same statements through pg. Target: 500/s with p99 under 50 ms.
import { spawn } from "node:child_process";
import http from "node:http";
import { createHmac, randomUUID } from "node:crypto";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createBenchUser, database, serverUrl } from "./lib/benchServer.mjs";
import { recordResults } from "./lib/results.mjs";
import { percentile, round } from "./lib/statistics.mjs";
import { sendAtRate } from "./lib/openLoop.mjs";

const RATE_PER_S = 500;
const SECONDS = 10;
const CALLBACKS = RATE_PER_S * SECONDS;
const WARM_UP = 1_000;
// Callbacks of one execution queue behind its row lock: spread over as many as a busy hour would run.
const EXECUTIONS = 200;
const WORKSPACES = 20;
// 10 connections at 50 a second each: autocannon paces each connection on its own, and a share that does not divide evenly (500 / 32) came out near 454/s.
const CONNECTIONS = Number(process.env.BENCH_CALLBACK_CONNECTIONS ?? 10);
const secret = process.env.N8N_WEBHOOK_SECRET;
if (!secret) throw new Error("N8N_WEBHOOK_SECRET is not set: run through ./bench/run.sh");

const pool = database();
// 20 workspaces with 10 companies each, one running execution per company: callbacks for many
// workspaces' runs at once, as n8n sends them (all of them on one company's row would measure
// PostgreSQL's row-lock sharing on that row rather than the endpoint).
const workspaceIds = [];
for (let index = 0; index < WORKSPACES; index += 1) workspaceIds.push((await createBenchUser(pool, `callbacks-${index}`)).workspaceId);
const { rows: executions } = await pool.query(
  `WITH companies AS (
     INSERT INTO "Company" (id, "workspaceId", name, domain, role, "updatedAt")
     SELECT gen_random_uuid(), w, 'Callback Rival ' || n, 'callback-rival-' || n || '-' || left(w, 8) || '.example', 'COMPETITOR', now()
       FROM unnest($1::text[]) AS w, generate_series(1, $2::int) AS n
     RETURNING id, "workspaceId")
   INSERT INTO "WorkflowExecution" (id, "updatedAt", "workspaceId", "companyId", "workflowKey", status, "startedAt", "timeoutAt")
   SELECT gen_random_uuid(), now(), "workspaceId", id, 'market-research', 'RUNNING', now(), now() + interval '1 day' FROM companies
   RETURNING id, "workspaceId", "companyId"`,
  [workspaceIds, EXECUTIONS / WORKSPACES],
);

/** The index-th signed callback of a run: its own step, one finding, signed now. */
function callback(run, index) {
  const execution = executions[index % EXECUTIONS];
  const body = JSON.stringify({
    executionId: execution.id,
    stepId: `${run}-${index}`,
    workspaceId: execution.workspaceId,
    result: { kind: "research-findings", companyId: execution.companyId, findings: [{ category: "NEWS", text: `Callback Rival news item ${run} ${index}.`, url: `https://news.example.com/${run}/${index}`, source: "Bench News" }] },
  });
  const t = Math.floor(Date.now() / 1000);
  return { body, signature: `t=${t},v1=${createHmac("sha256", secret).update(`${t}.`).update(body).digest("hex")}` };
}

/** autocannon at a steady overall rate until `amount` answers came back; each request a new signed callback. */
async function load(url, run, amount, rate) {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    overallRate: rate,
    amount,
    timeout: 30,
    requests: [{
      method: "POST",
      setupRequest: (request) => {
        const { body, signature } = callback(run, next++);
        return { ...request, body, headers: { "content-type": "application/json", "x-hyperformant-signature": signature } };
      },
    }],
  });
  return result;
}

/** Keep-alive sockets for the open-loop sender, as n8n's HTTP Request nodes would hold. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function post(url, body, signature) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent, timeout: 30_000, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-hyperformant-signature": signature } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer from ${url} within 30 s`)));
    request.on("error", reject);
    request.end(body);
  });
}

/** The same callbacks from the open-loop sender (bench/lib/openLoop.mjs). */
async function openLoop(url, run, amount, rate) {
  const sent = await sendAtRate({ count: amount, rate, send: (index) => { const { body, signature } = callback(run, index); return post(url, body, signature); } });
  return { latencies: sent.latencies, ok: sent.statuses.get(200) ?? 0, ratePerS: sent.ratePerS, slowestPerSecond: sent.slowestPerSecond.map(Math.round).join(" ") };
}

const applied = async (run) => (await pool.query(
  `SELECT (SELECT count(*)::int FROM "WorkflowCallback" WHERE "stepId" LIKE $1) AS callbacks,
          (SELECT count(*)::int FROM "MarketIntelligence" WHERE "workspaceId" = ANY($2) AND "sourceUrl" LIKE $3) AS findings`,
  [`${run}-%`, workspaceIds, `https://news.example.com/${run}/%`],
)).rows[0];

const bareProcess = spawn(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), "lib/bareCallbackServer.mjs")], { env: process.env, stdio: ["ignore", "pipe", "inherit"] });
const [line] = await once(bareProcess.stdout, "data");
const bareUrl = `http://127.0.0.1:${JSON.parse(String(line)).port}/`;
const appUrl = `${serverUrl}/api/workflows/callback`;

// Warm both (connections, JIT), then measure each at the full rate.
await load(appUrl, "warm-app", WARM_UP, RATE_PER_S);
await load(bareUrl, "warm-bare", WARM_UP, RATE_PER_S);
const appRun = `app-${randomUUID().slice(0, 8)}`;
const app = await load(appUrl, appRun, CALLBACKS, RATE_PER_S);
const appApplied = await applied(appRun);
// The same callbacks again (n8n retrying): all duplicates, nothing more written.
const replay = await load(appUrl, appRun, CALLBACKS, RATE_PER_S);
const afterReplay = await applied(appRun);
const bareRun = `bare-${randomUUID().slice(0, 8)}`;
const bare = await load(bareUrl, bareRun, CALLBACKS, RATE_PER_S);
const bareApplied = await applied(bareRun);
// The same rate from a plain open-loop sender, which spaces requests evenly (autocannon sends each connection's share in bursts).
// Its sockets opened and warm first, as autocannon's are before it measures.
await openLoop(appUrl, `open-warm-app-${randomUUID().slice(0, 8)}`, WARM_UP, RATE_PER_S);
const openAppRun = `open-app-${randomUUID().slice(0, 8)}`;
const openApp = await openLoop(appUrl, openAppRun, CALLBACKS, RATE_PER_S);
const openAppApplied = await applied(openAppRun);
await openLoop(bareUrl, `open-warm-bare-${randomUUID().slice(0, 8)}`, WARM_UP, RATE_PER_S);
const openBare = await openLoop(bareUrl, `open-bare-${randomUUID().slice(0, 8)}`, CALLBACKS, RATE_PER_S);
agent.destroy();
bareProcess.kill("SIGTERM");
await pool.end();

const seconds = (result) => result.duration;
const figures = {
  callbacks: CALLBACKS,
  executions: EXECUTIONS,
  target_rate_per_s: RATE_PER_S,
  achieved_rate_per_s: round(app.requests.total / seconds(app), 1),
  answered_2xx: app["2xx"],
  answered_non_2xx: app.non2xx + app.errors + app.timeouts,
  applied_callbacks: appApplied.callbacks,
  applied_findings: appApplied.findings,
  p50_ms: app.latency.p50,
  p97_5_ms: app.latency.p97_5,
  p99_ms: app.latency.p99,
  max_ms: app.latency.max,
  replay_p99_ms: replay.latency.p99,
  replay_answered_2xx: replay["2xx"],
  written_by_replay: afterReplay.callbacks - appApplied.callbacks + (afterReplay.findings - appApplied.findings),
  bare_node_achieved_rate_per_s: round(bare.requests.total / seconds(bare), 1),
  bare_node_applied_callbacks: bareApplied.callbacks,
  bare_node_p50_ms: bare.latency.p50,
  bare_node_p99_ms: bare.latency.p99,
  ratio_vs_bare_node_p50: round(app.latency.p50 / Math.max(bare.latency.p50, 0.5), 2),
  ratio_vs_bare_node_p99: round(app.latency.p99 / Math.max(bare.latency.p99, 0.5), 2),
  open_loop_rate_per_s: round(openApp.ratePerS, 1),
  open_loop_applied_callbacks: openAppApplied.callbacks,
  open_loop_p50_ms: round(percentile(openApp.latencies, 50), 1),
  open_loop_p99_ms: round(percentile(openApp.latencies, 99), 1),
  open_loop_slowest_ms_per_second: openApp.slowestPerSecond,
  bare_node_open_loop_p50_ms: round(percentile(openBare.latencies, 50), 1),
  bare_node_open_loop_p99_ms: round(percentile(openBare.latencies, 99), 1),
  bare_node_open_loop_slowest_ms_per_second: openBare.slowestPerSecond,
  ratio_vs_bare_node_open_loop_p99: round(percentile(openApp.latencies, 99) / Math.max(percentile(openBare.latencies, 99), 0.5), 2),
  autocannon_connections: CONNECTIONS,
  target_500_per_s_p99_under_50_ms: app.requests.total / seconds(app) >= 475 && app.latency.p99 < 50,
};
recordResults("workflow-callbacks", figures);
const failures = [];
if (appApplied.callbacks !== CALLBACKS || appApplied.findings !== CALLBACKS) failures.push(`applied ${appApplied.callbacks} callbacks and ${appApplied.findings} findings of ${CALLBACKS}`);
if (app["2xx"] !== CALLBACKS) failures.push(`${app["2xx"]} of ${CALLBACKS} answered 2xx`);
if (figures.written_by_replay !== 0) failures.push(`the replay wrote ${figures.written_by_replay} rows`);
if (openAppApplied.callbacks !== CALLBACKS || openApp.ok !== CALLBACKS) failures.push(`the open-loop run applied ${openAppApplied.callbacks} of ${CALLBACKS}`);
if (bareApplied.callbacks !== CALLBACKS) failures.push(`the baseline applied ${bareApplied.callbacks} of ${CALLBACKS}`);
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
