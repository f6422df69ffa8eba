import type { Prisma } from "@prisma/client";
import { requireQuota, roomUnderQuota } from "../payment/quotas/requireQuota";
import { lockWorkspace } from "../workspaces/workspaceLock";

/**
 * The plan's tracked-companies quota, checked with the workspace locked so
 * that concurrent adds (a form and an import) together stay under it.
 */
export async function requireRoomForCompanies(tx: Prisma.TransactionClient, workspaceId: string, adding: number) {
  await lockWorkspace(tx, workspaceId);
  const used = await tx.company.count({ where: { workspaceId } });
  await requireQuota(tx, workspaceId, "trackedCompanies", { used, adding });
}

/** How many more companies fit (the import job adds what fits and reports the rest). */
export async function roomForCompanies(tx: Prisma.TransactionClient, workspaceId: string): Promise<number> {
  await lockWorkspace(tx, workspaceId);
  const used = await tx.company.count({ where: { workspaceId } });
  return roomUnderQuota(tx, workspaceId, "trackedCompanies", used);
}
