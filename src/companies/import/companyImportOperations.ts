import type { GetCompanyImport, GetRecentCompanyImports } from "wasp/server/operations";
import type { CompanyImport } from "wasp/entities";
import { z } from "zod";
import { parseInput } from "../../server/operations/guards";
import { assertFoundInWorkspace, requireWorkspaceMember } from "../../workspaces/workspaceAccess";

const importIdInput = z.object({ id: z.string().uuid("Unknown import.") }).strict();

export const getCompanyImport: GetCompanyImport<{ id: string }, CompanyImport> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id } = parseInput(importIdInput, rawArgs);
  const companyImport = await context.entities.CompanyImport.findFirst({ where: { id, workspaceId: workspace.id } });
  assertFoundInWorkspace(companyImport, "import");
  return companyImport;
};

/** The workspace's last few imports, newest first, for the import panel. */
export const getRecentCompanyImports: GetRecentCompanyImports<void, CompanyImport[]> = async (_args, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  return context.entities.CompanyImport.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { createdAt: "desc" },
    take: 5,
  });
};
