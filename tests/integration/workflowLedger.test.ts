import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { waitFor } from "./support/polling";
import { requestReport, waitForReportToEnd } from "./support/reports";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

/**
 * The admins' workflow ledger over real executions (run through the n8n
 * stand-in): filters, timings, errors and re-runs; the company's findings
 * as its page shows them; and an execution whose trigger job was lost.
 */
const n8nUrl = process.env.HF_TEST_N8N_URL!;
const boss = useJobQueue();
type Run = { id: string; status: string; workflow: string; errorMessage: string | null; waitMs: number | null; durationMs: number | null; attempts: number; callbacks: number; results: number; rerunOfId: string | null; workspace: { id: string; name: string }; triggeredBy: string | null };
type Ledger = { runs: Run[]; totalCount: number; statusCounts: Record<string, number> };
type CompanyWorkflows = { workflows: Array<{ key: string; unavailableReason: string | null }>; runs: Array<{ id: string; status: string }> };

let admin: { email: string; sessionId: string };
let member: { email: string; sessionId: string };
let workspaceId: string;
let companyId: string;
let domain: string;

beforeAll(async () => {
  [admin, member] = await Promise.all([signUpVerifiedUser("wf-ledger-admin", process.env.HF_TEST_WORKFLOWS_ADMIN_EMAIL), signUpVerifiedUser("wf-ledger")]);
  workspaceId = await workspaceIdOf(member.email);
  domain = `ledger-${randomUUID().slice(0, 8)}.example`;
  companyId = Object.values(await insertCompanies(workspaceId, [{ name: "Ledger Rival", domain, role: "COMPETITOR" }]))[0];
}, 60_000);

const ledger = async (filters: object) => {
  const response = await callOperation<Ledger>("get-admin-workflow-runs", { workspaceId, ...filters }, admin.sessionId);
  expect(response.status).toBe(200);
  return response.body;
};
const ended = (executionId: string) =>
  waitFor(`execution ${executionId} to end`, async () => {
    const run = (await ledger({})).runs.find((candidate) => candidate.id === executionId);
    return run && !["QUEUED", "RUNNING"].includes(run.status) ? run : undefined;
  }, { timeoutMs: 30_000 });
const start = async (workflow: string) => {
  const started = await callOperation<{ executionId: string }>("start-company-workflow", { companyId, workflow }, member.sessionId);
  expect(started.status).toBe(200);
  return started.body.executionId;
};

describe("the admins' workflow ledger", { timeout: 90_000 }, () => {
  let researchId: string;
  let failedId: string;

  it("lists the workspace's runs with their timings, callbacks and results; filters by status, workflow and day", async () => {
    researchId = await start("market-research");
    const research = await ended(researchId);
    expect(research).toMatchObject({ status: "SUCCEEDED", workflow: "market-research", attempts: 1, callbacks: 4, results: 2, errorMessage: null, rerunOfId: null, triggeredBy: member.email });
    expect(research.workspace.id).toBe(workspaceId);
    expect(research.waitMs).toBeGreaterThanOrEqual(0);
    expect(research.durationMs).toBeGreaterThan(0);
    const [stored] = await queryRows<{ startedAt: Date; finishedAt: Date }>(`SELECT "startedAt", "finishedAt" FROM "WorkflowExecution" WHERE id = $1`, [researchId]);
    expect(research.durationMs).toBe(stored.finishedAt.getTime() - stored.startedAt.getTime());

    await fetch(`${n8nUrl}/__stand-in/fail-next`, { method: "POST", body: JSON.stringify({ status: 404, count: 1 }) });
    failedId = await start("sentiment-collection");
    const failed = await ended(failedId);
    expect(failed.status).toBe("FAILED");
    expect(failed.errorMessage).toMatch(/404/);
    expect(failed.durationMs).not.toBeNull();

    const all = await ledger({});
    expect(all.runs.map((run) => run.id)).toEqual([failedId, researchId]);
    expect(all.statusCounts).toMatchObject({ SUCCEEDED: 1, FAILED: 1, QUEUED: 0, RUNNING: 0, TIMED_OUT: 0 });
    expect((await ledger({ status: "FAILED" })).runs.map((run) => run.id)).toEqual([failedId]);
    expect((await ledger({ workflow: "market-research" })).runs.map((run) => run.id)).toEqual([researchId]);
    // The status counts follow the other filters, not the status one.
    expect((await ledger({ status: "FAILED", workflow: "market-research" })).statusCounts).toMatchObject({ SUCCEEDED: 1, FAILED: 0 });
    const today = new Date().toISOString().slice(0, 10);
    expect((await ledger({ from: today, to: today })).totalCount).toBe(2);
    expect((await ledger({ to: "1999-12-31" })).totalCount).toBe(0);
  });

  it("re-runs an ended execution as a new one of the same workspace, logged with who; a running one or an unknown id is refused", async () => {
    const rerun = await callOperation<{ executionId: string }>("rerun-workflow-execution", { executionId: failedId }, admin.sessionId);
    expect(rerun.status).toBe(200);
    const again = await ended(rerun.body.executionId);
    expect(again).toMatchObject({ status: "SUCCEEDED", workflow: "sentiment-collection", rerunOfId: failedId, triggeredBy: admin.email });
    expect(again.workspace.id).toBe(workspaceId);
    const [original] = await queryRows<{ status: string }>(`SELECT status::text AS status FROM "WorkflowExecution" WHERE id = $1`, [failedId]);
    expect(original.status).toBe("FAILED");
    const logs = await queryRows<{ context: { action: string; adminEmail: string; rerunOfId: string; executionId: string } }>(
      `SELECT context FROM "Log" WHERE source = 'admin' AND context->>'action' = 'rerun-workflow' AND context->>'rerunOfId' = $1`, [failedId]);
    expect(logs).toHaveLength(1);
    expect(logs[0].context).toMatchObject({ adminEmail: admin.email, executionId: rerun.body.executionId });

    const [{ id: runningId }] = await queryRows<{ id: string }>(
      `INSERT INTO "WorkflowExecution" (id, "updatedAt", "workspaceId", "workflowKey", status, "startedAt", "timeoutAt") VALUES (gen_random_uuid(), now(), $1, 'market-research', 'RUNNING', now(), now() + interval '1 hour') RETURNING id`, [workspaceId]);
    const refused = await callOperation("rerun-workflow-execution", { executionId: runningId }, admin.sessionId);
    expect(refused.status).toBe(409);
    const unknown = await callOperation("rerun-workflow-execution", { executionId: randomUUID() }, admin.sessionId);
    expect(unknown.status).toBe(404);
    const [{ count }] = await queryRows<{ count: number }>(`SELECT count(*)::int AS count FROM "WorkflowExecution" WHERE "rerunOfId" = $1`, [runningId]);
    expect(count).toBe(0);
    await queryRows(`UPDATE "WorkflowExecution" SET status = 'FAILED', "finishedAt" = now() WHERE id = $1`, [runningId]);
  });

  it("the company page's findings: newest first with their sources; another workspace's company is not found", async () => {
    const findings = await callOperation<{ findings: Array<{ kind: string; sourceUrl: string; workflowExecutionId: string }>; totalCount: number }>("get-company-findings", { companyId }, member.sessionId);
    expect(findings.status).toBe(200);
    expect(findings.body.totalCount).toBe(2);
    expect(findings.body.findings.map((finding) => [finding.kind, finding.sourceUrl])).toEqual([
      ["FUNDING", `https://news.example.test/${domain}/series-b`],
      ["PRODUCT_CHANGE", `https://news.example.test/${domain}/pricing`],
    ]);
    expect(findings.body.findings.every((finding) => finding.workflowExecutionId === researchId)).toBe(true);
    const outsider = await signUpVerifiedUser("wf-ledger-outsider");
    expect((await callOperation("get-company-findings", { companyId }, outsider.sessionId)).status).toBe(404);
    const workflows = await callOperation<CompanyWorkflows>("get-company-workflow-runs", { companyId }, member.sessionId);
    expect(workflows.body.workflows).toEqual([
      { key: "market-research", label: "Market research", unavailableReason: null },
      { key: "sentiment-collection", label: "Sentiment collection", unavailableReason: null },
    ]);
  });

  it("a report on the company cites the findings market research brought, as workflow findings with their links", async () => {
    await queryRows(`UPDATE "Workspace" SET credits = 5 WHERE id = $1`, [workspaceId]);
    const report = await waitForReportToEnd(member.sessionId, (await requestReport(member.sessionId, companyId)).body.id);
    expect(report.status).toBe("COMPLETED");
    const findingIds = (await queryRows<{ id: string }>(`SELECT id FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1`, [researchId])).map((row) => row.id).sort();
    const cited = report.document!.sources.filter((source) => source.kind === "workflowFinding");
    expect(cited.map((source) => source.recordId).sort()).toEqual(findingIds);
    expect(cited.map((source) => source.title).join(" ")).toMatch(/raised a Series B/);
  });

  it("a queued execution whose trigger job was lost (the process died in between) is triggered by the sweeper, once", async () => {
    const [{ id }] = await queryRows<{ id: string }>(
      `INSERT INTO "WorkflowExecution" (id, "createdAt", "updatedAt", "workspaceId", "companyId", "workflowKey", status, input, "timeoutAt")
       VALUES (gen_random_uuid(), now() - interval '5 minutes', now(), $1, $2, 'market-research', 'QUEUED', $3, now() + interval '25 minutes') RETURNING id`,
      [workspaceId, companyId, JSON.stringify({ companyId, companyName: "Ledger Rival", domain })]);
    const job = await runJob(boss, "sweepTimedOutWorkflows", {});
    expect(job.state).toBe("completed");
    expect((await ended(id)).status).toBe("SUCCEEDED");
    await runJob(boss, "sweepTimedOutWorkflows", {});
    const stand = (await (await fetch(`${n8nUrl}/__stand-in/triggers`)).json()) as { triggers: Array<{ executionId: string }> };
    expect(stand.triggers.filter((trigger) => trigger.executionId === id)).toHaveLength(1);
  });
});

describe("triggerWorkflowExecution sent bad arguments", { timeout: 60_000 }, () => {
  it("fails the job and changes no execution", async () => {
    const before = await queryRows(`SELECT id, status::text, attempts, "triggeredAt" FROM "WorkflowExecution" WHERE "workspaceId" = $1 ORDER BY id`, [workspaceId]);
    for (const data of [{ executionId: "not-a-uuid" }, {}, { executionId: randomUUID(), extra: true }]) {
      expect((await runJob(boss, "triggerWorkflowExecution", data)).state).toBe("failed");
    }
    expect(await queryRows(`SELECT id, status::text, attempts, "triggeredAt" FROM "WorkflowExecution" WHERE "workspaceId" = $1 ORDER BY id`, [workspaceId])).toEqual(before);
  });
});
