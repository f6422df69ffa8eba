import { describe, expect, it } from "vitest";
import { defaultWorkflowSettings, n8nUrlOf, settingsChanges, workflowAvailabilityOf, workflowSettingsInput, workflowSettingsOf } from "./workflowSettings";

const form = (overrides: Record<string, unknown> = {}) => ({ ...defaultWorkflowSettings, n8nUrl: "", ...overrides });

describe("workflow settings", () => {
  it("start from the catalogue: company workflows on, report delivery off", () => {
    expect(defaultWorkflowSettings.workflows["market-research"]).toEqual({ enabled: true, webhookPath: "hyperformant/market-research", timeoutMinutes: 30 });
    expect(defaultWorkflowSettings.workflows["report-delivery"].enabled).toBe(false);
    expect(defaultWorkflowSettings.n8nUrl).toBeNull();
  });

  it("read back what was stored; a missing row or one that no longer fits gives the defaults; a workflow added since is filled in", () => {
    const stored = { n8nUrl: "https://n8n.example.com", workflows: { ...defaultWorkflowSettings.workflows, "market-research": { enabled: false, webhookPath: "x/research", timeoutMinutes: 5 } } };
    expect(workflowSettingsOf(stored)).toEqual(stored);
    expect(workflowSettingsOf(undefined)).toEqual(defaultWorkflowSettings);
    expect(workflowSettingsOf("junk")).toEqual(defaultWorkflowSettings);
    expect(workflowSettingsOf({ ...stored, workflows: { ...stored.workflows, "market-research": { enabled: "yes" } } })).toEqual(defaultWorkflowSettings);
    const { "report-delivery": _dropped, ...older } = defaultWorkflowSettings.workflows;
    expect(workflowSettingsOf({ n8nUrl: null, workflows: older }).workflows["report-delivery"]).toEqual(defaultWorkflowSettings.workflows["report-delivery"]);
  });

  it("validate the form: an empty URL means the server's, https or private http only, paths and timeouts in bounds", () => {
    expect(workflowSettingsInput.parse(form()).n8nUrl).toBeNull();
    expect(workflowSettingsInput.parse(form({ n8nUrl: "https://n8n.example.com/" })).n8nUrl).toBe("https://n8n.example.com");
    expect(workflowSettingsInput.parse(form({ n8nUrl: "http://hyperformant-n8n.flycast" })).n8nUrl).toBe("http://hyperformant-n8n.flycast");
    expect(workflowSettingsInput.safeParse(form({ n8nUrl: "http://n8n.example.com" })).success).toBe(false);
    expect(workflowSettingsInput.safeParse(form({ n8nUrl: "not a url" })).success).toBe(false);
    const withWorkflow = (change: object) => form({ workflows: { ...defaultWorkflowSettings.workflows, "market-research": { ...defaultWorkflowSettings.workflows["market-research"], ...change } } });
    expect(workflowSettingsInput.safeParse(withWorkflow({ webhookPath: "/leading" })).success).toBe(false);
    expect(workflowSettingsInput.safeParse(withWorkflow({ webhookPath: "has space" })).success).toBe(false);
    expect(workflowSettingsInput.safeParse(withWorkflow({ timeoutMinutes: 0 })).success).toBe(false);
    expect(workflowSettingsInput.safeParse(withWorkflow({ timeoutMinutes: 1441 })).success).toBe(false);
    expect(workflowSettingsInput.safeParse(withWorkflow({ timeoutMinutes: 1.5 })).success).toBe(false);
    expect(workflowSettingsInput.safeParse({ ...form(), extra: 1 }).success).toBe(false);
  });

  it("list what an edit changed, field by field", () => {
    const after = { n8nUrl: "https://n8n.example.com", workflows: { ...defaultWorkflowSettings.workflows, "report-delivery": { ...defaultWorkflowSettings.workflows["report-delivery"], enabled: true, timeoutMinutes: 20 } } };
    expect(settingsChanges(defaultWorkflowSettings, after)).toEqual([
      { field: "n8nUrl", from: null, to: "https://n8n.example.com" },
      { field: "report-delivery.enabled", from: false, to: true },
      { field: "report-delivery.timeoutMinutes", from: 15, to: 20 },
    ]);
    expect(settingsChanges(after, after)).toEqual([]);
  });

  it("say whether a workflow can start: turned off first, then n8n's URL (settings before the server's) and the secret", () => {
    const server = { n8nUrl: "http://127.0.0.1:5678", secret: "s".repeat(32) };
    expect(workflowAvailabilityOf(defaultWorkflowSettings, "market-research", server)).toEqual({ kind: "available", n8nUrl: server.n8nUrl, secret: server.secret });
    expect(workflowAvailabilityOf(defaultWorkflowSettings, "report-delivery", server).kind).toBe("turned-off");
    expect(workflowAvailabilityOf(defaultWorkflowSettings, "market-research", { secret: server.secret }).kind).toBe("not-configured");
    expect(workflowAvailabilityOf(defaultWorkflowSettings, "market-research", { n8nUrl: server.n8nUrl }).kind).toBe("not-configured");
    const own = { ...defaultWorkflowSettings, n8nUrl: "https://n8n.example.com" };
    expect(workflowAvailabilityOf(own, "market-research", { secret: server.secret })).toMatchObject({ kind: "available", n8nUrl: "https://n8n.example.com" });
    expect(n8nUrlOf(own, server.n8nUrl)).toBe("https://n8n.example.com");
    expect(n8nUrlOf(defaultWorkflowSettings, undefined)).toBeNull();
  });
});
