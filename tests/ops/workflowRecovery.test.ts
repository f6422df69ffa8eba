import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startN8nStandIn } from "../stand-ins/n8n/n8nStandIn.ts";
import { createJobTestbed, type JobTestbed } from "./jobTestbed";
import { required, waitFor } from "./support";

/**
 * Workflow triggers across server processes, on a database and an n8n
 * stand-in of their own: a server killed while n8n is down between tries
 * (the next server tries again and the workflow runs once), and one killed
 * after claiming a trigger (never sent twice; the sweeper ends it with the
 * reason instead of leaving it queued for ever).
 */
const secret = required("N8N_WEBHOOK_SECRET");

describe("workflow triggers across server processes", () => {
  let testbed: JobTestbed;
  let n8n: Awaited<ReturnType<typeof startN8nStandIn>>;
  let workspaceId: string;
  let companyId: string;
  const query = <Row extends Record<string, unknown>>(text: string, params: unknown[] = []) => testbed.query<Row>(text, params);
  const launch = () => testbed.launch({ N8N_URL: n8n.url, N8N_TRIGGER_ATTEMPTS: "3", N8N_TRIGGER_RETRY_DELAY_SECONDS: "3" });

  beforeAll(async () => {
    n8n = await startN8nStandIn({ secret, callbackDelayMs: 50 });
    testbed = await createJobTestbed("workflows");
    [{ id: workspaceId }] = await query<{ id: string }>(`INSERT INTO "Workspace" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'Ops workflows', now()) RETURNING id`);
    [{ id: companyId }] = await query<{ id: string }>(
      `INSERT INTO "Company" (id, "workspaceId", name, domain, role, "updatedAt") VALUES (gen_random_uuid(), $1, 'Recovery Rival', 'recovery-rival.example', 'COMPETITOR', now()) RETURNING id`, [workspaceId]);
  }, 120_000);

  afterAll(async () => {
    await testbed?.close();
    await n8n?.close();
  });

  async function queuedExecution(columns = "", values = ""): Promise<string> {
    const [row] = await query<{ id: string }>(
      `INSERT INTO "WorkflowExecution" (id, "updatedAt", "workspaceId", "companyId", "workflowKey", status, input, "timeoutAt"${columns})
       VALUES (gen_random_uuid(), now(), $1, $2, 'market-research', 'QUEUED', $3, now() + interval '30 minutes'${values}) RETURNING id`,
      [workspaceId, companyId, JSON.stringify({ companyId, companyName: "Recovery Rival", domain: "recovery-rival.example" })],
    );
    return row.id;
  }
  const executionRow = async (id: string) =>
    (await query<{ status: string; attempts: number; triggeredAt: Date | null; errorMessage: string | null }>(`SELECT status::text AS status, attempts, "triggeredAt", "errorMessage" FROM "WorkflowExecution" WHERE id = $1`, [id]))[0];
  const triggersOf = (id: string) => n8n.triggers.filter((trigger) => trigger.executionId === id);

  it("a server killed while n8n is down, between tries: the next server tries again, and the workflow runs once", async () => {
    const doomed = await launch();
    await fetch(`${n8n.url}/__stand-in/fail-next`, { method: "POST", body: JSON.stringify({ status: 503, count: 1 }) });
    const executionId = await queuedExecution();
    // Queued as submitWorkflowTrigger queues it: three tries, backing off from 3 s.
    const jobId = await testbed.boss.send("triggerWorkflowExecution", { executionId }, { retryLimit: 2, retryDelay: 3, retryBackoff: true, singletonKey: `workflow-trigger-${executionId}` });
    // Killed once pg-boss holds the failed try for a retry (not mid-try, which pg-boss would only expire much later).
    await waitFor(async () => ((await testbed.boss.getJobById(jobId!))?.state === "retry" ? true : undefined), 30_000, "the first try to be held for a retry");
    const waiting = await executionRow(executionId);
    expect(waiting).toMatchObject({ status: "QUEUED", errorMessage: expect.stringMatching(/^n8n answered 503/) });
    await doomed.kill();

    await launch();
    const ended = await waitFor(async () => {
      const row = await executionRow(executionId);
      return ["SUCCEEDED", "FAILED", "TIMED_OUT"].includes(row.status) ? row : undefined;
    }, 60_000, "the execution to end");
    expect(ended).toMatchObject({ status: "SUCCEEDED", attempts: 2, errorMessage: null });
    expect(triggersOf(executionId)).toHaveLength(1);
    const [{ findings }] = await query<{ findings: number }>(`SELECT count(*)::int AS findings FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1`, [executionId]);
    expect(findings).toBe(2);
  });

  it("a server killed after claiming a trigger: nothing sends it again, and past its deadline the sweeper ends it with the reason", async () => {
    // What a run that died between its claim and n8n's answer leaves: claimed, queued, its deadline passed.
    const executionId = await queuedExecution(`, attempts, "triggeredAt"`, `, 1, now() - interval '31 minutes'`);
    await query(`UPDATE "WorkflowExecution" SET "timeoutAt" = now() - interval '1 minute' WHERE id = $1`, [executionId]);
    await testbed.boss.send("triggerWorkflowExecution", { executionId }, { retryLimit: 0 });
    await testbed.boss.send("sweepTimedOutWorkflows", {}, { retryLimit: 0 });
    const ended = await waitFor(async () => {
      const row = await executionRow(executionId);
      return row.status === "TIMED_OUT" ? row : undefined;
    }, 30_000, "the sweeper to time it out");
    expect(ended.errorMessage).toMatch(/^n8n did not report the end of the workflow by \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\.$/);
    expect(ended.attempts).toBe(1);
    expect(triggersOf(executionId)).toHaveLength(0);
  });
});
