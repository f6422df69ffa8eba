import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { sign } from "../stand-ins/n8n/n8nStandIn";
import { queryRows } from "./support/database";
import { sendRaw, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

/**
 * POST /api/workflows/callback, called as n8n (and an attacker) would: signed
 * and not, stale, replayed, at the same moment, out of order, for finished,
 * unknown and other workspaces' executions, and malformed; each with its
 * status code and what the database holds after.
 */
const secret = process.env.N8N_WEBHOOK_SECRET!;
const boss = useJobQueue();
const marker = `wf${randomUUID().slice(0, 6)}`;
let alice: { workspaceId: string; companyId: string };
let bob: { workspaceId: string; companyId: string };

async function member(label: string) {
  const user = await signUpVerifiedUser(label);
  const workspaceId = await workspaceIdOf(user.email);
  const companies = await insertCompanies(workspaceId, [{ name: `${label} Corp`, domain: `${label}-${randomUUID().slice(0, 6)}.example`, role: "COMPETITOR" }]);
  return { workspaceId, companyId: Object.values(companies)[0] };
}

beforeAll(async () => {
  [alice, bob] = await Promise.all([member(`${marker}-alice`), member(`${marker}-bob`)]);
}, 60_000);

/** An execution n8n has been sent (triggered once) and whose callbacks these tests play. */
async function execution(workspaceId: string, status = "QUEUED", timeoutAt = "now() + interval '30 minutes'") {
  const [row] = await queryRows<{ id: string }>(
    `INSERT INTO "WorkflowExecution" (id, "workspaceId", "workflowKey", status, attempts, "triggeredAt", "timeoutAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'market-research', $2::"WorkflowStatus", 1, now(), ${timeoutAt}, now()) RETURNING id`,
    [workspaceId, status],
  );
  return row.id;
}

/** null: unsigned. */
const post = (body: string, signature: string | null = sign(secret, body)) =>
  sendRaw("POST", "/api/workflows/callback", body, "application/json", undefined, signature ? { "x-hyperformant-signature": signature } : {});
const callback = (executionId: string, stepId: string, result: object, workspaceId = alice.workspaceId) => JSON.stringify({ executionId, stepId, workspaceId, result });
const findings = (companyId: string, text = "Raised a Series B.") => ({
  kind: "research-findings",
  companyId,
  findings: [{ category: "FUNDING", text: `${text} ${randomUUID()}`, url: `https://news.example.test/${randomUUID()}`, source: "Stand-in News", publishedAt: "2026-11-30T10:00:00Z" }],
});
const stateOf = async (executionId: string) => {
  const [row] = await queryRows<{ status: string; errorMessage: string | null; finishedAt: Date | null; startedAt: Date | null }>(
    `SELECT status::text AS status, "errorMessage", "finishedAt", "startedAt" FROM "WorkflowExecution" WHERE id = $1`,
    [executionId],
  );
  const [{ callbacks }] = await queryRows<{ callbacks: number }>(`SELECT count(*)::int AS callbacks FROM "WorkflowCallback" WHERE "executionId" = $1`, [executionId]);
  const [{ results }] = await queryRows<{ results: number }>(`SELECT count(*)::int AS results FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1`, [executionId]);
  return { ...row, callbacks, results };
};

describe("POST /api/workflows/callback", { timeout: 60_000 }, () => {
  it("applies a signed result: findings stored for the company, citable, and the execution running", async () => {
    const id = await execution(alice.workspaceId);
    const response = await post(callback(id, "result-1", findings(alice.companyId)));
    expect(response).toEqual({ status: 200, body: { outcome: "applied" } });
    expect(await stateOf(id)).toMatchObject({ status: "RUNNING", callbacks: 1, results: 1 });
    const [finding] = await queryRows<{ kind: string; sourceName: string; companyId: string }>(`SELECT kind::text AS kind, "sourceName", "companyId" FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1`, [id]);
    expect(finding).toEqual({ kind: "FUNDING", sourceName: "Stand-in News", companyId: alice.companyId });
  });

  it("refuses a forged signature, a stale or future timestamp and an unsigned body with 401, writing nothing", async () => {
    const id = await execution(alice.workspaceId);
    const body = callback(id, "result-1", findings(alice.companyId));
    const now = Math.floor(Date.now() / 1000);
    for (const signature of [sign("not-the-secret-at-all", body), sign(secret, body, now - 301), sign(secret, body, now + 301), null, `t=${now},v1=${"0".repeat(64)}`]) {
      const response = await post(body, signature);
      expect(response.status, String(signature)).toBe(401);
    }
    // Signed, then the body changed.
    expect((await post(body.replace("Series B", "Series Z"), sign(secret, body))).status).toBe(401);
    expect(await stateOf(id)).toMatchObject({ status: "QUEUED", callbacks: 0, results: 0 });
  });

  it("a redelivered step changes nothing and answers 200, even ten at the same moment", async () => {
    const id = await execution(alice.workspaceId);
    const body = callback(id, "result-1", findings(alice.companyId));
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((answer) => (answer.body as { outcome: string }).outcome === "applied")).toHaveLength(1);
    expect(answers.filter((answer) => (answer.body as { outcome: string }).outcome === "duplicate")).toHaveLength(9);
    expect(await post(body)).toEqual({ status: 200, body: { outcome: "duplicate" } });
    expect(await stateOf(id)).toMatchObject({ callbacks: 1, results: 1 });
  });

  it("ends in the right state when results arrive before running, and a late running moves nothing back", async () => {
    const id = await execution(alice.workspaceId);
    expect((await post(callback(id, "result-1", findings(alice.companyId)))).body).toEqual({ outcome: "applied" });
    expect((await stateOf(id)).status).toBe("RUNNING");
    expect((await post(callback(id, "finished", { kind: "status", status: "succeeded" }))).body).toEqual({ outcome: "applied" });
    expect((await post(callback(id, "started", { kind: "status", status: "running" }))).body).toEqual({ outcome: "finished" });
    const state = await stateOf(id);
    expect(state).toMatchObject({ status: "SUCCEEDED", callbacks: 2, results: 1 });
    expect(state.finishedAt).not.toBeNull();
  });

  it("a result for a finished, unknown or other workspace's execution changes nothing", async () => {
    const failed = await execution(alice.workspaceId);
    expect((await post(callback(failed, "finished", { kind: "status", status: "failed", error: "The news feed was down." }))).body).toEqual({ outcome: "applied" });
    expect(await stateOf(failed)).toMatchObject({ status: "FAILED", errorMessage: "The news feed was down." });
    expect((await post(callback(failed, "result-1", findings(alice.companyId)))).body).toEqual({ outcome: "finished" });
    expect((await post(callback(randomUUID(), "result-1", findings(alice.companyId)))).body).toEqual({ outcome: "unknown-execution" });

    const alices = await execution(alice.workspaceId);
    // Claimed for bob's workspace, or carrying bob's company: refused, nothing written on either side.
    expect((await post(callback(alices, "result-1", findings(bob.companyId)))).body).toEqual({ outcome: "other-workspace" });
    expect((await post(callback(alices, "result-2", findings(alice.companyId), bob.workspaceId))).body).toEqual({ outcome: "other-workspace" });
    expect(await stateOf(alices)).toMatchObject({ status: "QUEUED", callbacks: 0, results: 0 });
    expect(await stateOf(failed)).toMatchObject({ callbacks: 1, results: 0 });
    const [{ bobs }] = await queryRows<{ bobs: number }>(`SELECT count(*)::int AS bobs FROM "MarketIntelligence" WHERE "companyId" = $1`, [bob.companyId]);
    expect(bobs).toBe(0);
  });

  it("answers 400 with what is wrong for a body that is not a callback, writing nothing", async () => {
    const id = await execution(alice.workspaceId);
    const notJson = "{not json";
    expect((await post(notJson)).status).toBe(400);
    const cases: Array<[object, string]> = [
      [{ executionId: "42", stepId: "s", workspaceId: alice.workspaceId, result: { kind: "status", status: "running" } }, "executionId"],
      [{ executionId: id, stepId: "", workspaceId: alice.workspaceId, result: { kind: "status", status: "running" } }, "stepId"],
      [{ executionId: id, stepId: "s", workspaceId: alice.workspaceId, result: { kind: "status", status: "done" } }, "result.status"],
      [{ executionId: id, stepId: "s", workspaceId: alice.workspaceId, result: { kind: "gossip" } }, "result.kind"],
      [{ executionId: id, stepId: "s", workspaceId: alice.workspaceId, result: { ...findings(alice.companyId), findings: [{ text: "x", url: "not a url", source: "s" }] } }, "result.findings.0.url"],
      [{ executionId: id, stepId: "s", workspaceId: alice.workspaceId, result: { kind: "status", status: "running" }, extra: true }, "_"],
    ];
    for (const [payload, field] of cases) {
      const response = await post(JSON.stringify(payload));
      expect(response.status, field).toBe(400);
      expect((response.body as { data: { fieldErrors: Record<string, string[]> } }).data.fieldErrors[field], field).toBeDefined();
    }
    expect(await stateOf(id)).toMatchObject({ status: "QUEUED", callbacks: 0, results: 0 });
  });

  it("writes mentions (scored), market data and enrichment facts in the callback's one transaction", async () => {
    const id = await execution(alice.workspaceId);
    const mentions = { kind: "sentiment-mentions", companyId: alice.companyId, mentions: [{ text: `Support was excellent ${marker}`, sourceName: "Reviews", publishedAt: "2026-11-29T08:00:00Z" }] };
    expect((await post(callback(id, "mentions", mentions))).body).toEqual({ outcome: "applied" });
    const points = { kind: "market-data", companyId: alice.companyId, points: [{ metric: "Web traffic", value: 1200, unit: "visits", observedAt: "2026-11-28" }] };
    expect((await post(callback(id, "traffic", points))).body).toEqual({ outcome: "applied" });
    const facts = { kind: "enrichment-facts", companyId: alice.companyId, facts: { industry: "Analytics", employeeCount: 240 } };
    expect((await post(callback(id, "facts", facts))).body).toEqual({ outcome: "applied" });
    const [mention] = await queryRows<{ sentimentScore: number }>(`SELECT "sentimentScore" FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1 AND kind = 'SENTIMENT'`, [id]);
    expect(mention.sentimentScore).toBeGreaterThan(0);
    expect(await queryRows(`SELECT value, source::text AS source FROM "MarketData" WHERE "companyId" = $1 AND metric = 'Web traffic'`, [alice.companyId])).toEqual([{ value: 1200, source: "WORKFLOW" }]);
    expect(await queryRows(`SELECT industry, "employeeCount", "sizeBand"::text AS "sizeBand" FROM "Company" WHERE id = $1`, [alice.companyId])).toEqual([{ industry: "Analytics", employeeCount: 240, sizeBand: "LARGE" }]);
  });
});

describe("the workflow sweeper", { timeout: 60_000 }, () => {
  it("times out executions past their deadline with the reason, and leaves the rest", async () => {
    const late = await execution(alice.workspaceId, "RUNNING", "now() - interval '1 minute'");
    const lateQueued = await execution(alice.workspaceId, "QUEUED", "now() - interval '1 minute'");
    const onTime = await execution(alice.workspaceId, "RUNNING");
    const job = await runJob(boss, "sweepTimedOutWorkflows", {});
    expect(job.state).toBe("completed");
    for (const id of [late, lateQueued]) {
      const state = await stateOf(id);
      expect(state.status).toBe("TIMED_OUT");
      expect(state.errorMessage).toMatch(/^n8n did not report the end of the workflow by \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\.$/);
    }
    expect((await stateOf(onTime)).status).toBe("RUNNING");
    expect((await post(callback(late, "finished", { kind: "status", status: "succeeded" }))).body).toEqual({ outcome: "finished" });
    expect((await runJob(boss, "sweepTimedOutWorkflows", { now: "later" })).state).toBe("failed");
  });
});
