import type { Prisma } from "@prisma/client";
import { requireQuota, roomUnderQuota } from "../payment/quotas/requireQuota";
import { lockWorkspace } from "../workspaces/workspaceLock";

/**
 * The plan's tracked-companies quota, read with the workspace locked so that
 * concurrent adds (a form and an import) together stay under it.
 */
async function lockedCompanyCount(tx: Prisma.TransactionClient, workspaceId: string): Promise<number> {
  await lockWorkspace(tx, workspaceId);
  return tx.company.count({ where: { workspaceId } });
}

/** 402 unless `adding` more companies fit. */
export async function requireRoomForCompanies(tx: Prisma.TransactionClient, workspaceId: string, adding: number) {
  await requireQuota(tx, workspaceId, "trackedCompanies", { used: await lockedCompanyCount(tx, workspaceId), adding });
}

/** How many more companies fit (the import job adds what fits and reports the rest). */
export async function roomForCompanies(tx: Prisma.TransactionClient, workspaceId: string): Promise<number> {
  return roomUnderQuota(tx, workspaceId, "trackedCompanies", await lockedCompanyCount(tx, workspaceId));
}
