import type { Prisma } from "@prisma/client";

/**
 * Locks a workspace's row for the rest of the transaction: membership changes
 * (seats, the last owner) of one workspace run one after another, so two
 * concurrent ones cannot both pass a check only one of them may pass.
 */
export async function lockWorkspace(tx: Prisma.TransactionClient, workspaceId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
}
