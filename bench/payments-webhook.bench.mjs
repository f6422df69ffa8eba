// The payments webhook under load: signed Stripe events (credit-pack checkouts, the path that
// writes the most: the event, a payment and a credit change with its balance) sent at a steady
// 200 a second, open loop, each answered and applied exactly once. Baseline in the same run: a
// bare Node http server verifying the same signatures with the same SDK and doing the same
// inserts through pg. Targets (issue 16): 200 events/s with p99 under 100 ms.
import http, { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { createBenchUser, database, serverUrl } from "./lib/benchServer.mjs";
import { recordResults } from "./lib/results.mjs";
import { percentile, round } from "./lib/statistics.mjs";
import { sendAtRate } from "./lib/openLoop.mjs";
import { checkoutSessionObject, stripeEvent } from "../tests/stand-ins/stripe/stripeEvents.ts";

const RATE_PER_S = 200;
const SECONDS = 10;
const EVENTS = RATE_PER_S * SECONDS;
const WORKSPACES = 20;
const PACK_CREDITS = 25;
const secret = process.env.STRIPE_WEBHOOK_SECRET;
const priceId = process.env.STRIPE_PRICE_CREDITS_25;
if (!secret || !priceId) throw new Error("STRIPE_WEBHOOK_SECRET and STRIPE_PRICE_CREDITS_25 are not set: run through ./bench/run.sh");
const stripe = new Stripe("sk_test_bench_signing_only");

const pool = database();
const workspaces = [];
for (let index = 0; index < WORKSPACES; index += 1) {
  const { workspaceId } = await createBenchUser(pool, `webhook-${index}`);
  const customer = `cus_bench_${randomUUID().slice(0, 12)}`;
  await pool.query(`UPDATE "Workspace" SET "billingCustomerId" = $2, credits = 0 WHERE id = $1`, [workspaceId, customer]);
  workspaces.push({ workspaceId, customer });
}

function packEvents(count) {
  return Array.from({ length: count }, (_, index) => {
    const { workspaceId, customer } = workspaces[index % WORKSPACES];
    const session = checkoutSessionObject({
      id: `cs_bench_${randomUUID()}`, customer, mode: "payment", paymentIntent: `pi_bench_${randomUUID()}`, amountTotal: 1_900, currency: "usd",
      clientReferenceId: workspaceId, metadata: { workspaceId, priceId, creditPack: "CREDITS_25" },
    });
    return stripeEvent("checkout.session.completed", session);
  });
}

/** Keep-alive connections, as a webhook sender would hold; requests beyond them wait for one. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function post(url, headers, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) }, timeout: 30_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer from ${url} within 30 s`)));
    request.on("error", reject);
    request.end(body);
  });
}

/** Open loop (bench/lib/openLoop.mjs): one delivery due every 1000/RATE ms whatever the answers, each latency counted from when it was due. */
async function deliverAtRate(url, events, rate = RATE_PER_S) {
  return sendAtRate({
    count: events.length,
    rate,
    send: (index) => {
      const payload = JSON.stringify(events[index], null, 2);
      const signature = stripe.webhooks.generateTestHeaderString({ payload, secret });
      return post(url, { "content-type": "application/json", "stripe-signature": signature }, payload);
    },
  });
}

/** The baseline: the same verification and the same rows, with nothing else around them. */
function startBareServer() {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", async () => {
      try {
        const event = stripe.webhooks.constructEvent(Buffer.concat(chunks), req.headers["stripe-signature"], secret);
        const session = event.data.object;
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const inserted = await client.query(
            `INSERT INTO "PaymentEvent" (id, provider, type, "occurredAt", outcome) VALUES ($1, 'stripe', $2, to_timestamp($3), 'received') ON CONFLICT (id) DO NOTHING`,
            [event.id, event.type, event.created],
          );
          if (inserted.rowCount === 1) {
            const { rows: [workspace] } = await client.query(`SELECT id FROM "Workspace" WHERE "billingCustomerId" = $1 FOR UPDATE`, [session.customer]);
            await client.query(
              `INSERT INTO "BillingLedgerEntry" (id, kind, "workspaceId", "amountMinor", currency, description, "dedupeKey", "paymentEventId", "providerObjectId", "providerPaymentId")
               VALUES ($1, 'PAYMENT', $2, $3, $4, 'bench payment', $5, $6, $7, $8) ON CONFLICT ("dedupeKey") DO NOTHING`,
              [randomUUID(), workspace.id, session.amount_total, session.currency, `payment:checkout:${session.id}`, event.id, session.id, session.payment_intent],
            );
            const { rows: [balance] } = await client.query(`UPDATE "Workspace" SET credits = credits + $2 WHERE id = $1 RETURNING credits`, [workspace.id, PACK_CREDITS]);
            await client.query(
              `INSERT INTO "BillingLedgerEntry" (id, kind, "workspaceId", "creditsDelta", "creditsBalanceAfter", description, "dedupeKey", "paymentEventId", "providerObjectId", "providerPaymentId")
               VALUES ($1, 'CREDIT_PACK', $2, $3, $4, 'bench pack', $5, $6, $7, $8)`,
              [randomUUID(), workspace.id, PACK_CREDITS, balance.credits, `credit-pack:${session.id}`, event.id, session.id, session.payment_intent],
            );
            await client.query(`UPDATE "PaymentEvent" SET outcome = 'applied', "workspaceId" = $2 WHERE id = $1`, [event.id, workspace.id]);
          }
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        } finally {
          client.release();
        }
        res.writeHead(200, { "content-type": "application/json" }).end('{"received":true}');
      } catch (error) {
        res.writeHead(400).end(String(error));
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const creditsOf = async () => (await pool.query(`SELECT sum(credits)::int AS total FROM "Workspace" WHERE id = ANY($1)`, [workspaces.map((w) => w.workspaceId)])).rows[0].total;
const appliedCount = async (ids) => (await pool.query(`SELECT count(*)::int AS n FROM "PaymentEvent" WHERE id = ANY($1) AND outcome = 'applied'`, [ids])).rows[0].n;

// Warm both paths (connections, JIT) before measuring, gently.
await deliverAtRate(`${serverUrl}/payments-webhook`, packEvents(100), 50);
const bare = await startBareServer();
// One at a time: what a single delivery costs with nothing queued.
const sequential = [];
for (const event of packEvents(50)) {
  const payload = JSON.stringify(event, null, 2);
  const sent = performance.now();
  await post(`${serverUrl}/payments-webhook`, { "content-type": "application/json", "stripe-signature": stripe.webhooks.generateTestHeaderString({ payload, secret }) }, payload);
  sequential.push(performance.now() - sent);
}
const bareUrl = `http://127.0.0.1:${bare.address().port}/`;
await deliverAtRate(bareUrl, packEvents(100), 50);

/** CPU seconds a process has used (user + system), from /proc: how busy the server was per event. */
function cpuSecondsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
const serverPid = Number(process.env.BENCH_SERVER_PID);

const appEvents = packEvents(EVENTS);
const creditsBefore = await creditsOf();
const serverCpuBefore = cpuSecondsOf(serverPid);
const benchCpuBefore = process.cpuUsage();
const app = await deliverAtRate(`${serverUrl}/payments-webhook`, appEvents);
const serverCpuMs = (cpuSecondsOf(serverPid) - serverCpuBefore) * 1000;
const benchCpu = process.cpuUsage(benchCpuBefore);
const appApplied = await appliedCount(appEvents.map((event) => event.id));
const creditsAfterApp = await creditsOf();
// Every event again, at the same rate: all duplicates, nothing changes.
const redelivered = await deliverAtRate(`${serverUrl}/payments-webhook`, appEvents);
const creditsAfterReplay = await creditsOf();

const bareEvents = packEvents(EVENTS);
const baseline = await deliverAtRate(bareUrl, bareEvents);
const bareApplied = await appliedCount(bareEvents.map((event) => event.id));
bare.close();
agent.destroy();
await pool.end();

const p = (run, q) => round(percentile(run.latencies, q), 1);
const figures = {
  events: EVENTS,
  target_rate_per_s: RATE_PER_S,
  achieved_rate_per_s: round(app.ratePerS, 1),
  answered_200: app.statuses.get(200) ?? 0,
  applied_exactly_once: appApplied,
  credits_granted: creditsAfterApp - creditsBefore,
  credits_expected: EVENTS * PACK_CREDITS,
  p50_ms: p(app, 50),
  p95_ms: p(app, 95),
  p99_ms: p(app, 99),
  max_ms: p(app, 100),
  one_at_a_time_p50_ms: round(percentile(sequential, 50), 1),
  server_heap_cap_mib: Number(process.env.BENCH_SERVER_HEAP_CAP_MIB),
  server_cpu_ms_per_event: round(serverCpuMs / EVENTS, 2),
  sender_cpu_ms_per_event: round((benchCpu.user + benchCpu.system) / 1000 / EVENTS, 2),
  redelivered_p99_ms: p(redelivered, 99),
  credits_changed_by_redelivery: creditsAfterReplay - creditsAfterApp,
  bare_node_achieved_rate_per_s: round(baseline.ratePerS, 1),
  bare_node_applied: bareApplied,
  bare_node_p50_ms: p(baseline, 50),
  bare_node_p99_ms: p(baseline, 99),
  ratio_vs_bare_node_p50: round(p(app, 50) / p(baseline, 50), 2),
  ratio_vs_bare_node_p99: round(p(app, 99) / p(baseline, 99), 2),
};
recordResults("payments-webhook", figures);
const failures = [];
if (figures.applied_exactly_once !== EVENTS || figures.credits_granted !== figures.credits_expected) failures.push("not every event applied exactly once");
if (figures.credits_changed_by_redelivery !== 0) failures.push("a redelivery changed credits");
if (figures.answered_200 !== EVENTS) failures.push(`answers: ${JSON.stringify([...app.statuses])}`);
if (failures.length > 0) {
  console.error(failures.join("; "));
  process.exit(1);
}
