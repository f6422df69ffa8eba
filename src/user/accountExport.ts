/** The JSON document a user downloads with "Export my data": everything they own. */
export const ACCOUNT_EXPORT_FORMAT_VERSION = 1;

export interface AccountExportSource {
  user: Record<string, unknown>;
  memberships: Array<{
    role: string;
    createdAt: Date;
    workspace: { id: string; name: string; isPersonal: boolean; _count: { members: number } };
  }>;
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
      isPersonal: membership.workspace.isPersonal,
      memberCount: membership.workspace._count.members,
      joinedAt: membership.createdAt.toISOString(),
    })),
    workspaces: source.ownedWorkspaces,
    contactFormMessages: source.contactFormMessages,
  };
}

export function accountExportFileName(exportedAt: Date): string {
  return `hyperformant-export-${exportedAt.toISOString().slice(0, 10)}.json`;
}
