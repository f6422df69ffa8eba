import type { Prisma } from "@prisma/client";
import { env, prisma } from "wasp/server";
import type { GetWorkflowSettings, UpdateWorkflowSettings } from "wasp/server/operations";
import type { z } from "zod";
import { writeAdminLog } from "../../admin/adminAuditLog";
import { parseInput, requireAdmin } from "../../server/operations/guards";
import { WORKFLOW_SETTINGS_KEY, settingsChanges, workflowSettingsInput, type SettingsChange, type WorkflowSettings } from "./workflowSettings";
import { loadWorkflowSettings } from "./workflowSettingsStore";

export type WorkflowSettingsView = {
  settings: WorkflowSettings;
  /** The server's N8N_URL, used while the settings leave the URL empty. */
  serverN8nUrl: string | null;
  /** Whether N8N_WEBHOOK_SECRET is set (the secret itself stays in the server's environment). */
  secretConfigured: boolean;
};

const viewOf = (settings: WorkflowSettings): WorkflowSettingsView => ({ settings, serverN8nUrl: env.N8N_URL ?? null, secretConfigured: Boolean(env.N8N_WEBHOOK_SECRET) });

/** The n8n URL, each workflow's path, timeout and switch, for the settings form. */
export const getWorkflowSettings: GetWorkflowSettings<void, WorkflowSettingsView> = async (_args, context) => {
  requireAdmin(context.user);
  return viewOf(await loadWorkflowSettings(context.entities.SystemConfig));
};

/** Saves the form (validated whole) and writes what changed, with who, to Log in the same transaction. */
export const updateWorkflowSettings: UpdateWorkflowSettings<z.input<typeof workflowSettingsInput>, WorkflowSettingsView & { changes: SettingsChange[] }> = async (args, context) => {
  const admin = requireAdmin(context.user);
  const next = parseInput(workflowSettingsInput, args);
  const changes = await prisma.$transaction(async (tx) => {
    // Locks the row (or its absence, through the upsert below) so two admins' saves log against what each replaced.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${WORKFLOW_SETTINGS_KEY}))`;
    const before = await loadWorkflowSettings(tx.systemConfig);
    const changed = settingsChanges(before, next);
    if (changed.length === 0) return changed;
    const value = next as unknown as Prisma.InputJsonObject;
    await tx.systemConfig.upsert({ where: { key: WORKFLOW_SETTINGS_KEY }, create: { key: WORKFLOW_SETTINGS_KEY, value }, update: { value } });
    await writeAdminLog(tx, {
      admin,
      action: "change-workflow-settings",
      message: `${admin.email ?? admin.id} changed the workflow settings: ${changed.map((change) => change.field).join(", ")}`,
      target: { changes: changed },
    });
    return changed;
  });
  return { ...viewOf(next), changes };
};
