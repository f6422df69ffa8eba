/** Who sent an invitation, as the invitee reads it: their name, else their email (null once their account is gone). */
export const inviterSelect = { displayName: true, email: true } as const;

export function inviterNameOf(invitedBy: { displayName: string | null; email: string | null } | null): string | null {
  return invitedBy?.displayName || invitedBy?.email || null;
}
