import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { waitFor } from "./support/polling";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

/**
 * Starting a company's workflows on the real server against the n8n
 * stand-in (which checks the trigger's secret and signature, then calls
 * back as the repo's workflows do), and what happens when n8n is down or
 * refuses.
 */
const n8nUrl = process.env.HF_TEST_N8N_URL!;
type Run = { id: string; status: string; errorMessage: string | null; resultsCount: number; workflow: string };
let alice: { email: string; sessionId: string };
let companyId: string;
let domain: string;

beforeAll(async () => {
  alice = await signUpVerifiedUser("wf-runs");
  domain = `rival-${randomUUID().slice(0, 8)}.example`;
  companyId = Object.values(await insertCompanies(await workspaceIdOf(alice.email), [{ name: "Rival Runs", domain, role: "COMPETITOR" }]))[0];
}, 60_000);

const failNext = (status: number, count: number) => fetch(`${n8nUrl}/__stand-in/fail-next`, { method: "POST", body: JSON.stringify({ status, count }) });
const runs = async () => (await callOperation<{ runs: Run[] }>("get-company-workflow-runs", { companyId }, alice.sessionId)).body.runs;
const ended = (executionId: string) =>
  waitFor(`execution ${executionId} to end`, async () => {
    const run = (await runs()).find((candidate) => candidate.id === executionId);
    return run && !["QUEUED", "RUNNING"].includes(run.status) ? run : undefined;
  }, { timeoutMs: 30_000 });

describe("company workflows through n8n", { timeout: 90_000 }, () => {
  it("market research: triggered once, signed; its findings and data land on the company, the run succeeds", async () => {
    const started = await callOperation<{ executionId: string; alreadyRunning: boolean }>("start-company-workflow", { companyId, workflow: "market-research" }, alice.sessionId);
    expect(started.status).toBe(200);
    const again = await callOperation<{ executionId: string; alreadyRunning: boolean }>("start-company-workflow", { companyId, workflow: "market-research" }, alice.sessionId);
    expect(again.body).toEqual({ executionId: started.body.executionId, alreadyRunning: true });
    const run = await ended(started.body.executionId);
    expect(run).toMatchObject({ status: "SUCCEEDED", resultsCount: 2, errorMessage: null });
    const findings = await queryRows<{ kind: string; sourceUrl: string }>(`SELECT kind::text AS kind, "sourceUrl" FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1 ORDER BY kind`, [run.id]);
    expect(findings).toEqual([
      { kind: "FUNDING", sourceUrl: `https://news.example.test/${domain}/series-b` },
      { kind: "PRODUCT_CHANGE", sourceUrl: `https://news.example.test/${domain}/pricing` },
    ]);
    const stand = (await (await fetch(`${n8nUrl}/__stand-in/triggers`)).json()) as { triggers: Array<{ executionId: string }> };
    expect(stand.triggers.filter((trigger) => trigger.executionId === run.id)).toHaveLength(1);
    const [execution] = await queryRows<{ attempts: number; startedAt: Date; finishedAt: Date }>(`SELECT attempts, "startedAt", "finishedAt" FROM "WorkflowExecution" WHERE id = $1`, [run.id]);
    expect(execution.attempts).toBe(1);
    expect(execution.finishedAt.getTime()).toBeGreaterThanOrEqual(execution.startedAt.getTime());
  });

  it("sentiment collection: scored mentions appear in the company's sentiment", async () => {
    const started = await callOperation<{ executionId: string }>("start-company-workflow", { companyId, workflow: "sentiment-collection" }, alice.sessionId);
    expect((await ended(started.body.executionId)).status).toBe("SUCCEEDED");
    const mentions = await queryRows<{ sentimentScore: number }>(`SELECT "sentimentScore" FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1 AND kind = 'SENTIMENT' ORDER BY "observedAt" DESC`, [started.body.executionId]);
    expect(mentions).toHaveLength(2);
    expect(mentions[0].sentimentScore).toBeGreaterThan(0);
    expect(mentions[1].sentimentScore).toBeLessThan(0);
  });

  it("n8n answering 503: tried N8N_TRIGGER_ATTEMPTS times with backoff, then failed with the reason", async () => {
    await failNext(503, 100);
    try {
      const started = await callOperation<{ executionId: string }>("start-company-workflow", { companyId, workflow: "market-research" }, alice.sessionId);
      const run = await ended(started.body.executionId);
      expect(run.status).toBe("FAILED");
      expect(run.errorMessage).toMatch(/^n8n answered 503.*\(after 2 attempts\)$/);
      const [{ attempts }] = await queryRows<{ attempts: number }>(`SELECT attempts FROM "WorkflowExecution" WHERE id = $1`, [run.id]);
      expect(attempts).toBe(2);
    } finally {
      await failNext(0, 0);
    }
  });

  it("n8n refusing the trigger (404: not active): failed at once with what to do", async () => {
    await failNext(404, 1);
    const started = await callOperation<{ executionId: string }>("start-company-workflow", { companyId, workflow: "market-research" }, alice.sessionId);
    const run = await ended(started.body.executionId);
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toMatch(/no active workflow at that webhook path/);
  });
});
