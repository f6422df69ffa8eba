/** Where an invitation stands, and what its link says when it can no longer be used. */

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

export function invitationStateOf(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

export function unusableInvitationMessage(state: Exclude<InvitationState, "pending">): string {
  switch (state) {
    case "accepted":
      return "This invitation has already been used. Ask the workspace's owner or an admin for a new one if you still need to join.";
    case "revoked":
      return "This invitation was revoked. Ask the workspace's owner or an admin for a new one.";
    case "expired":
      return "This invitation has expired (invitations last 7 days). Ask the workspace's owner or an admin to send it again.";
  }
}

export function normalisedInvitationEmail(email: string): string {
  return email.trim().toLowerCase();
}
