import type { SubscriptionStatus } from "./billingEvents";
import { planIds, type PlanId } from "./plans";

/**
 * Which of two pieces of news about one subscription is the newer: decided by
 * the provider's own clock and the subscription's lifecycle, never by the
 * order the webhooks arrived in. A cancelled subscription stays cancelled.
 */

export interface SubscriptionFacts {
  status: SubscriptionStatus;
  /** When the provider produced this news (the event's time). */
  asOf: Date;
  currentPeriodEnd?: Date | null;
  cancelAtPeriodEnd: boolean;
}

/** Lifecycle order for news of the same second: later stages win. */
const lifecycleRank: Record<SubscriptionStatus, number> = {
  INCOMPLETE: 0,
  TRIALING: 1,
  ACTIVE: 2,
  PAST_DUE: 3,
  UNPAID: 4,
  PAUSED: 5,
  INCOMPLETE_EXPIRED: 6,
  CANCELED: 6,
};

const endedStatuses = new Set<SubscriptionStatus>(["CANCELED", "INCOMPLETE_EXPIRED"]);
/** The statuses in which the workspace has the plan it pays for (past due: while the provider retries). */
const entitledStatuses = new Set<SubscriptionStatus>(["ACTIVE", "TRIALING", "PAST_DUE"]);

export function hasEnded(status: SubscriptionStatus): boolean {
  return endedStatuses.has(status);
}

export function isEntitled(status: SubscriptionStatus): boolean {
  return entitledStatuses.has(status);
}

function orderKey(facts: SubscriptionFacts): number[] {
  return [facts.asOf.getTime(), lifecycleRank[facts.status], facts.currentPeriodEnd?.getTime() ?? -1, facts.cancelAtPeriodEnd ? 1 : 0];
}

/** True when the incoming news should replace what is stored (nothing stored: always). */
export function isNewerThan(incoming: SubscriptionFacts, stored: SubscriptionFacts | null | undefined): boolean {
  if (!stored) return true;
  if (hasEnded(stored.status)) return false;
  const [a, b] = [orderKey(incoming), orderKey(stored)];
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return a[index] > b[index];
  return false;
}

/** The plan a workspace has: the best of its entitled subscriptions, or Free. */
export function effectivePlanOf(subscriptions: Array<{ plan: PlanId; status: SubscriptionStatus }>): PlanId {
  const entitled = subscriptions.filter((subscription) => isEntitled(subscription.status)).map((subscription) => planIds.indexOf(subscription.plan));
  return entitled.length === 0 ? "FREE" : planIds[Math.max(...entitled)];
}
