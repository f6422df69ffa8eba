import { planRaising, plans, type PlanId } from "../payment/plans";

/** Seats: members plus pending invitations, against the workspace plan's limit. */

export type SeatUsage = { members: number; pendingInvitations: number; limit: number; plan: PlanId };

export function seatsInUse(usage: Pick<SeatUsage, "members" | "pendingInvitations">): number {
  return usage.members + usage.pendingInvitations;
}

/** Why one more seat cannot be taken, or undefined when it can. */
export function seatLimitRefusal(usage: SeatUsage): string | undefined {
  if (seatsInUse(usage) < usage.limit) return undefined;
  const upgrade = planRaising("seats", usage.plan);
  return (
    `This workspace uses ${seatsInUse(usage)} of its ${usage.limit} seats (${usage.members} members, ` +
    `${usage.pendingInvitations} pending invitations). Revoke a pending invitation or remove a member to free a seat` +
    (upgrade ? `, or upgrade to ${upgrade.name} (${upgrade.quotas.seats} seats) on the Billing page.` : `: ${plans[usage.plan].name} is the largest plan.`)
  );
}
