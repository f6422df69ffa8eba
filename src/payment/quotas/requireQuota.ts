import { HttpError } from "wasp/server";
import type { Prisma } from "@prisma/client";
import { plans, type QuotaName } from "../plans";
import { quotaRefusal } from "./quotaRefusal";
import { planOfWorkspace } from "./workspacePlan";

/**
 * 402 unless the workspace's plan leaves room for `adding` more of the quota.
 * Call it inside the transaction that consumes the quota, with the workspace
 * row locked (src/workspaces/workspaceLock.ts), so concurrent requests
 * together cannot pass the limit.
 */
export async function requireQuota(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  quota: QuotaName,
  { used, adding = 1 }: { used: number; adding?: number },
) {
  const plan = await planOfWorkspace(tx.billingSubscription, workspaceId);
  const refusal = quotaRefusal({ plan, quota, used, adding });
  if (refusal) throw new HttpError(402, refusal, { quota, plan, limit: plans[plan].quotas[quota], used });
}

/** How many of `wanted` fit under the quota (for work that takes what fits and reports the rest). */
export async function roomUnderQuota(tx: Prisma.TransactionClient, workspaceId: string, quota: QuotaName, used: number): Promise<number> {
  const plan = await planOfWorkspace(tx.billingSubscription, workspaceId);
  return Math.max(0, plans[plan].quotas[quota] - used);
}
