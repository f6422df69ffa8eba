import type { ExportMyData } from "wasp/server/api";
import { accountExportFileName, buildAccountExport } from "./accountExport";

/** GET /api/account/export: a JSON download of everything the caller owns. */
export const exportMyData: ExportMyData = async (_req, res, context) => {
  if (!context.user) {
    res.status(401).json({ message: "Sign in to export your data." });
    return;
  }
  const userId = context.user.id;
  const [user, memberships, ownedWorkspaces, contactFormMessages] = await Promise.all([
    context.entities.User.findUniqueOrThrow({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        displayName: true,
        createdAt: true,
      },
    }),
    context.entities.WorkspaceMember.findMany({
      where: { userId },
      select: {
        role: true,
        createdAt: true,
        workspace: { select: { id: true, name: true, isPersonal: true, _count: { select: { members: true } } } },
      },
    }),
    context.entities.Workspace.findMany({
      where: { members: { some: { userId, role: "OWNER" } } },
      include: {
        companies: true,
        marketData: true,
        competitorAnalyses: true,
        marketReports: true,
        marketIntelligence: true,
        apolloSmartLists: true,
        apolloSequences: true,
        workflowExecutions: true,
      },
    }),
    context.entities.ContactFormMessage.findMany({ where: { userId } }),
  ]);
  // The sealed Apollo key stays out of exports: it is a credential, not data.
  const exportableWorkspaces = ownedWorkspaces.map(({ apolloApiKeyEncrypted: _sealedKey, ...workspace }) => workspace);
  const exportedAt = new Date();
  res.setHeader("Content-Disposition", `attachment; filename="${accountExportFileName(exportedAt)}"`);
  res.json(buildAccountExport({ user, memberships, ownedWorkspaces: exportableWorkspaces, contactFormMessages }, exportedAt));
};
