import type { Prisma } from "@prisma/client";
import { utcDayRange } from "../../analytics/stats/statsDays";
import type { AdminUsersQuery } from "./adminUserInputs";

// A workspace is on a paid plan while its subscription is in one of these.
export const LIVE_SUBSCRIPTION_STATUSES = ["ACTIVE", "TRIALING", "PAST_DUE"] as const;

/**
 * The users table's filters as a Prisma where: email or name containing the
 * search, admin or not, suspended or not, the plan of any workspace they are
 * in (Free: none on a paid plan), any workspace's subscription status, and
 * signup days (UTC, both included).
 */
export function adminUsersWhere(query: AdminUsersQuery): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  if (query.search) {
    and.push({ OR: [{ email: { contains: query.search, mode: "insensitive" } }, { displayName: { contains: query.search, mode: "insensitive" } }] });
  }
  if (query.admin !== "any") and.push({ isAdmin: query.admin === "admins" });
  if (query.state !== "any") and.push({ suspendedAt: query.state === "suspended" ? { not: null } : null });
  const live = { status: { in: [...LIVE_SUBSCRIPTION_STATUSES] } };
  if (query.plan === "FREE") and.push({ memberships: { none: { workspace: { subscriptions: { some: live } } } } });
  else if (query.plan !== "any") and.push({ memberships: { some: { workspace: { subscriptions: { some: { ...live, plan: query.plan } } } } } });
  if (query.subscriptionStatus !== "any") and.push({ memberships: { some: { workspace: { subscriptions: { some: { status: query.subscriptionStatus } } } } } });
  if (query.signedUpFrom || query.signedUpTo) and.push({ createdAt: utcDayRange(query.signedUpFrom, query.signedUpTo) });
  return and.length > 0 ? { AND: and } : {};
}

/** The sort, then the id so pages never overlap between equal values. */
export function adminUsersOrder(query: AdminUsersQuery): Prisma.UserOrderByWithRelationInput[] {
  return [{ [query.sort]: query.direction }, { id: query.direction }];
}

type PlanOf = "FREE" | "PRO" | "TEAM";
const planRank: Record<PlanOf, number> = { FREE: 0, PRO: 1, TEAM: 2 };

/** A user's plan (the best among their workspaces' live subscriptions) and newest subscription status. */
export function planAndStatusOf(subscriptions: Array<{ plan: PlanOf; status: string; createdAt: Date }>): { plan: PlanOf; subscriptionStatus: string | null } {
  const live = subscriptions.filter((subscription) => (LIVE_SUBSCRIPTION_STATUSES as readonly string[]).includes(subscription.status));
  const plan = live.reduce<PlanOf>((best, subscription) => (planRank[subscription.plan] > planRank[best] ? subscription.plan : best), "FREE");
  const newest = [...subscriptions].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return { plan, subscriptionStatus: newest?.status ?? null };
}
