import type { Prisma } from "@prisma/client";
import type { PlanId } from "../plans";
import { effectivePlanOf } from "../subscriptionOrder";

type Subscriptions = Pick<Prisma.TransactionClient["billingSubscription"], "findMany">;

/** The plan a workspace has now, from its subscriptions (none entitled: Free). */
export async function planOfWorkspace(subscriptions: Subscriptions, workspaceId: string): Promise<PlanId> {
  const rows = await subscriptions.findMany({ where: { workspaceId }, select: { plan: true, status: true } });
  return effectivePlanOf(rows);
}
