import { z } from "zod";
import { isPrivateOrHttpsUrl } from "../../server/secrets/productionSecrets";
import { workflowCatalogue, workflowKeys, type WorkflowKey } from "../trigger/workflowCatalogue";

/** The SystemConfig row admins edit on /admin/workflows/settings. */
export const WORKFLOW_SETTINGS_KEY = "workflows.settings";

const webhookPath = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9._~\-/]*$/i, "A webhook path is letters, digits, '-', '_', '.', '~' and '/', not starting with '/'.");

const oneWorkflow = z.object({
  enabled: z.boolean(),
  webhookPath,
  timeoutMinutes: z.number().int().min(1, "At least 1 minute.").max(24 * 60, "At most a day (1,440 minutes)."),
}).strict();

/** What admins may set: n8n's root URL (empty: the server's N8N_URL) and, per workflow, on or off, its webhook path and its timeout. */
export const workflowSettingsInput = z.object({
  n8nUrl: z.union([z.literal(""), z.string().trim().url("An n8n URL looks like https://n8n.example.com.").max(500).refine(isPrivateOrHttpsUrl, "Use https, or plain http only on loopback or Fly's private network (.internal, .flycast).")]).transform((url) => (url === "" ? null : url.replace(/\/+$/, ""))),
  workflows: z.object(Object.fromEntries(workflowKeys.map((key) => [key, oneWorkflow])) as Record<WorkflowKey, typeof oneWorkflow>).strict(),
}).strict();
export type WorkflowSettings = z.output<typeof workflowSettingsInput>;

/** The catalogue's paths and timeouts; company workflows on, report delivery through n8n off until an admin turns it on. */
export const defaultWorkflowSettings: WorkflowSettings = {
  n8nUrl: null,
  workflows: Object.fromEntries(
    workflowKeys.map((key) => [key, { enabled: key !== "report-delivery", webhookPath: workflowCatalogue[key].webhookPath, timeoutMinutes: workflowCatalogue[key].timeoutMinutes }]),
  ) as WorkflowSettings["workflows"],
};

/** The stored settings, or the defaults where the row is missing or no longer fits (a workflow added since is filled in). */
export function workflowSettingsOf(stored: unknown): WorkflowSettings {
  if (stored === null || typeof stored !== "object") return defaultWorkflowSettings;
  const candidate = stored as Partial<WorkflowSettings>;
  const merged = {
    n8nUrl: candidate.n8nUrl ?? "",
    workflows: Object.fromEntries(workflowKeys.map((key) => [key, candidate.workflows?.[key] ?? defaultWorkflowSettings.workflows[key]])),
  };
  const parsed = workflowSettingsInput.safeParse(merged);
  return parsed.success ? parsed.data : defaultWorkflowSettings;
}

/** Where n8n is: the admins' URL, else the server's N8N_URL, else nowhere. */
export function n8nUrlOf(settings: WorkflowSettings, envUrl: string | undefined): string | null {
  return settings.n8nUrl ?? envUrl ?? null;
}

type SettingValue = string | number | boolean | null;
export type SettingsChange = { field: string; from: SettingValue; to: SettingValue };

/** What an edit changed, field by field, for the admin log. */
export function settingsChanges(before: WorkflowSettings, after: WorkflowSettings): SettingsChange[] {
  const changes: SettingsChange[] = [];
  if (before.n8nUrl !== after.n8nUrl) changes.push({ field: "n8nUrl", from: before.n8nUrl, to: after.n8nUrl });
  for (const key of workflowKeys) {
    for (const field of ["enabled", "webhookPath", "timeoutMinutes"] as const) {
      if (before.workflows[key][field] !== after.workflows[key][field]) changes.push({ field: `${key}.${field}`, from: before.workflows[key][field], to: after.workflows[key][field] });
    }
  }
  return changes;
}

export type WorkflowAvailability = { kind: "available"; n8nUrl: string; secret: string } | { kind: "not-configured" | "turned-off"; reason: string };

/** Whether a workflow can be triggered now: turned on in the settings, and n8n's URL and the shared secret known. */
export function workflowAvailabilityOf(settings: WorkflowSettings, key: WorkflowKey, server: { n8nUrl?: string; secret?: string }): WorkflowAvailability {
  if (!settings.workflows[key].enabled) return { kind: "turned-off", reason: `${workflowCatalogue[key].label} is turned off in the workflow settings.` };
  const n8nUrl = n8nUrlOf(settings, server.n8nUrl);
  if (!n8nUrl || !server.secret) return { kind: "not-configured", reason: "Workflows are not configured on this server: set N8N_URL (or the n8n URL in the workflow settings) and N8N_WEBHOOK_SECRET." };
  return { kind: "available", n8nUrl, secret: server.secret };
}
