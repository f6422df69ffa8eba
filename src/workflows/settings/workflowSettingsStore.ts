import { WORKFLOW_SETTINGS_KEY, workflowSettingsOf, type WorkflowSettings } from "./workflowSettings";

/** Anything that reads SystemConfig rows: prisma.systemConfig, an operation's context.entities.SystemConfig, a transaction's. */
export type SystemConfigReader = { findUnique(args: { where: { key: string } }): Promise<{ value: unknown } | null> };

/** The workflows' settings as admins left them (the defaults where they never did). */
export async function loadWorkflowSettings(systemConfig: SystemConfigReader): Promise<WorkflowSettings> {
  const row = await systemConfig.findUnique({ where: { key: WORKFLOW_SETTINGS_KEY } });
  return workflowSettingsOf(row?.value);
}
