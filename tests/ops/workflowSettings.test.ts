import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReportWorkspace } from "../fixtures/reportWorkspace";
import { queryRows } from "../integration/support/database";
import { callOperation, signUpVerifiedUser } from "../integration/support/httpClient";
import { waitFor } from "./support";
import { requestReport, waitForReportToEnd } from "../integration/support/reports";
import { insertCompanies, workspaceIdOf } from "../integration/support/workspaces";

/**
 * The workflow settings admins edit (SystemConfig), and what they change on
 * the running server: a workflow turned off, another timeout, another n8n
 * URL, report delivery turned on. Here, not in the integration suite: the
 * settings are global, and its files run side by side.
 */
const n8nUrl = process.env.HF_TEST_N8N_URL!;
type Settings = { n8nUrl: string | null; workflows: Record<string, { enabled: boolean; webhookPath: string; timeoutMinutes: number }> };
type SettingsView = { settings: Settings; serverN8nUrl: string | null; secretConfigured: boolean; changes?: Array<{ field: string; from: unknown; to: unknown }> };
type Run = { id: string; status: string; errorMessage: string | null };

let admin: { email: string; sessionId: string };
let member: { email: string; sessionId: string };
let workspaceId: string;
let companyId: string;
let defaults: Settings;

const save = async (settings: Settings) => {
  const response = await callOperation<SettingsView>("update-workflow-settings", { ...settings, n8nUrl: settings.n8nUrl ?? "" }, admin.sessionId);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
};
const runs = async () => (await callOperation<{ workflows: Array<{ key: string; unavailableReason: string | null }>; runs: Run[] }>("get-company-workflow-runs", { companyId }, member.sessionId)).body;
const ended = (executionId: string) =>
  waitFor(async () => {
    const [row] = await queryRows<{ status: string; errorMessage: string | null; workflowKey: string; input: Record<string, string> }>(
      `SELECT status::text AS status, "errorMessage", "workflowKey", input FROM "WorkflowExecution" WHERE id = $1`, [executionId]);
    return row && !["QUEUED", "RUNNING"].includes(row.status) ? row : undefined;
  }, 30_000, `execution ${executionId} to end`);

beforeAll(async () => {
  [admin, member] = await Promise.all([signUpVerifiedUser("wf-settings-admin", process.env.HF_TEST_SETTINGS_ADMIN_EMAIL), signUpVerifiedUser("wf-settings")]);
  workspaceId = await workspaceIdOf(member.email);
  companyId = Object.values(await insertCompanies(workspaceId, [{ name: "Settings Rival", domain: "settings-rival.example", role: "COMPETITOR" }]))[0];
}, 60_000);

afterAll(async () => {
  await queryRows(`DELETE FROM "SystemConfig" WHERE key = 'workflows.settings'`);
});

describe("workflow settings", { timeout: 90_000 }, () => {
  it("start from the catalogue's defaults, with the server's n8n URL and whether its secret is set (never the secret)", async () => {
    const response = await callOperation<SettingsView>("get-workflow-settings", undefined, admin.sessionId);
    expect(response.status).toBe(200);
    defaults = response.body.settings;
    expect(defaults).toEqual({
      n8nUrl: null,
      workflows: {
        "market-research": { enabled: true, webhookPath: "hyperformant/market-research", timeoutMinutes: 30 },
        "sentiment-collection": { enabled: true, webhookPath: "hyperformant/sentiment-collection", timeoutMinutes: 30 },
        "report-delivery": { enabled: false, webhookPath: "hyperformant/report-delivery", timeoutMinutes: 15 },
      },
    });
    expect(response.body).toMatchObject({ serverN8nUrl: n8nUrl, secretConfigured: true });
    expect(JSON.stringify(response.body)).not.toContain(process.env.N8N_WEBHOOK_SECRET);
  });

  it("a change is saved, logged field by field with who, and applies at once: a workflow turned off is refused, a timeout is the new one", async () => {
    const saved = await save({ ...defaults, workflows: { ...defaults.workflows, "market-research": { ...defaults.workflows["market-research"], enabled: false }, "sentiment-collection": { ...defaults.workflows["sentiment-collection"], timeoutMinutes: 45 } } });
    expect(saved.changes).toEqual([
      { field: "market-research.enabled", from: true, to: false },
      { field: "sentiment-collection.timeoutMinutes", from: 30, to: 45 },
    ]);
    const [log] = await queryRows<{ context: { action: string; adminEmail: string; changes: unknown[] } }>(
      `SELECT context FROM "Log" WHERE source = 'admin' AND context->>'action' = 'change-workflow-settings' ORDER BY "createdAt" DESC LIMIT 1`);
    expect(log.context).toMatchObject({ adminEmail: admin.email, changes: saved.changes });

    const refused = await callOperation<{ message: string }>("start-company-workflow", { companyId, workflow: "market-research" }, member.sessionId);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe("Market research is turned off in the workflow settings.");
    expect((await runs()).workflows).toEqual([
      { key: "market-research", label: "Market research", unavailableReason: "Market research is turned off in the workflow settings." },
      { key: "sentiment-collection", label: "Sentiment collection", unavailableReason: null },
    ]);
    const started = await callOperation<{ executionId: string }>("start-company-workflow", { companyId, workflow: "sentiment-collection" }, member.sessionId);
    expect(started.status).toBe(200);
    const [row] = await queryRows<{ minutes: number }>(`SELECT round(extract(epoch FROM "timeoutAt" - "createdAt") / 60)::int AS minutes FROM "WorkflowExecution" WHERE id = $1`, [started.body.executionId]);
    expect(row.minutes).toBe(45);
    expect((await ended(started.body.executionId)).status).toBe("SUCCEEDED");

    const logsBefore = await queryRows(`SELECT id FROM "Log" WHERE context->>'action' = 'change-workflow-settings'`);
    expect((await save((await callOperation<SettingsView>("get-workflow-settings", undefined, admin.sessionId)).body.settings)).changes).toEqual([]);
    expect(await queryRows(`SELECT id FROM "Log" WHERE context->>'action' = 'change-workflow-settings'`)).toHaveLength(logsBefore.length);
  });

  it("the n8n URL in the settings is the one triggers go to", async () => {
    await save({ ...defaults, n8nUrl: "http://127.0.0.1:9" });
    const started = await callOperation<{ executionId: string }>("start-company-workflow", { companyId, workflow: "market-research" }, member.sessionId);
    const run = await ended(started.body.executionId);
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toMatch(/^n8n could not be reached/);
    await save({ ...defaults, n8nUrl: `${n8nUrl}/` });
    const again = await callOperation<{ executionId: string }>("start-company-workflow", { companyId, workflow: "market-research" }, member.sessionId);
    expect((await ended(again.body.executionId)).status).toBe("SUCCEEDED");
  });

  it("with report delivery on, a completed report is announced through n8n once, with its title and link", async () => {
    await save({ ...defaults, workflows: { ...defaults.workflows, "report-delivery": { ...defaults.workflows["report-delivery"], enabled: true } } });
    await queryRows(`UPDATE "Workspace" SET credits = 5 WHERE id = $1`, [workspaceId]);
    const seeded = await seedReportWorkspace(queryRows, workspaceId, "wfs");
    const report = await waitForReportToEnd(member.sessionId, (await requestReport(member.sessionId, seeded.subjectId)).body.id);
    expect(report.status).toBe("COMPLETED");
    const delivery = await waitFor(async () => {
      const rows = await queryRows<{ id: string }>(`SELECT id FROM "WorkflowExecution" WHERE "workflowKey" = 'report-delivery' AND input->>'reportId' = $1`, [report.id]);
      return rows.length > 0 ? rows : undefined;
    }, 30_000, "the report-delivery execution");
    expect(delivery).toHaveLength(1);
    const run = await ended(delivery[0].id);
    expect(run.status).toBe("SUCCEEDED");
    const [stored] = await queryRows<{ title: string }>(`SELECT title FROM "MarketReport" WHERE id = $1`, [report.id]);
    expect(run.input).toMatchObject({ reportId: report.id, reportTitle: stored.title, workspaceName: expect.any(String) });
    expect(run.input.reportUrl).toMatch(new RegExp(`/app/reports/${report.id}$`));
    const stand = (await (await fetch(`${n8nUrl}/__stand-in/triggers`)).json()) as { triggers: Array<{ executionId: string; workflow: string }> };
    expect(stand.triggers.filter((trigger) => trigger.executionId === delivery[0].id)).toEqual([expect.objectContaining({ workflow: "report-delivery" })]);
  });
});
