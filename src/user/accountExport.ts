/** The JSON document a user downloads with "Export my data": everything they own. */
export const ACCOUNT_EXPORT_FORMAT_VERSION = 1;

export interface AccountExportSource {
  user: Record<string, unknown>;
  memberships: Array<{ role: string; workspace: { id: string; name: string } }>;
  ownedWorkspaces: Array<Record<string, unknown>>;
  contactFormMessages: Array<Record<string, unknown>>;
}

export function buildAccountExport(source: AccountExportSource, exportedAt: Date) {
  return {
    formatVersion: ACCOUNT_EXPORT_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    user: source.user,
    memberships: source.memberships.map((membership) => ({
      role: membership.role,
      workspaceId: membership.workspace.id,
      workspaceName: membership.workspace.name,
    })),
    workspaces: source.ownedWorkspaces,
    contactFormMessages: source.contactFormMessages,
  };
}

export function accountExportFileName(exportedAt: Date): string {
  return `hyperformant-export-${exportedAt.toISOString().slice(0, 10)}.json`;
}
