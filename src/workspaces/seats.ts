/** Seats: members plus pending invitations, against a limit read from one place. */

export type SeatUsage = { members: number; pendingInvitations: number; limit: number };

export function seatsInUse(usage: SeatUsage): number {
  return usage.members + usage.pendingInvitations;
}

/** Why one more seat cannot be taken, or undefined when it can. */
export function seatLimitRefusal(usage: SeatUsage): string | undefined {
  if (seatsInUse(usage) < usage.limit) return undefined;
  return (
    `This workspace uses ${seatsInUse(usage)} of its ${usage.limit} seats (${usage.members} members, ` +
    `${usage.pendingInvitations} pending invitations). Revoke a pending invitation or remove a member to free a seat, ` +
    `or raise the limit: WORKSPACE_SEAT_LIMIT on this server, until plans with more seats arrive with billing.`
  );
}
