/**
 * What the background auth jobs do with a request, decided from what the
 * database holds. Pure: the jobs (signupJob.ts, passwordResetJob.ts) are thin
 * shells around these, so every branch is unit-tested.
 */

/** Wasp's own spacing between two mails of one kind to one address. */
export const RESEND_INTERVAL_MS = 60_000;

export interface EmailIdentityState {
  hashedPassword: string;
  isEmailVerified: boolean;
  emailVerificationSentAt: string | null;
  passwordResetSentAt: string | null;
}

const sentWithin = (sentAt: string | null, now: Date, intervalMs: number) =>
  sentAt !== null && now.getTime() - new Date(sentAt).getTime() < intervalMs;

export type PasswordResetPlan = "no-account" | "already-sent" | "too-soon" | "send";

/**
 * A reset mail goes out once per request, and at most once a minute: a
 * replayed job finds the mail it sent (sent at or after its request) and
 * sends nothing.
 */
export function planPasswordReset(identity: EmailIdentityState | null, requestedAt: Date, now: Date): PasswordResetPlan {
  if (!identity) return "no-account";
  const sentAt = identity.passwordResetSentAt;
  if (sentAt !== null && new Date(sentAt).getTime() >= requestedAt.getTime()) return "already-sent";
  if (sentWithin(sentAt, now, RESEND_INTERVAL_MS)) return "too-soon";
  return "send";
}

export type SignupPlan =
  /** The address belongs to a verified account: nothing happens, and nobody learns it. */
  | "keep-verified-account"
  /** Another unverified signup for this address was mailed less than a minute ago. */
  | "too-soon"
  /** An unverified signup of someone else holds the address: it gives way, as in Wasp. */
  | "replace-unverified-account"
  | "create-account"
  /** This very signup created the account already (a replayed or resumed job). */
  | "resume-own-account";

export function planSignup(existing: EmailIdentityState | null, requestedHashedPassword: string, now: Date): SignupPlan {
  if (!existing) return "create-account";
  if (existing.isEmailVerified) return "keep-verified-account";
  // The hash carries its own random salt: equal hashes mean the same signup request.
  if (existing.hashedPassword === requestedHashedPassword) return "resume-own-account";
  if (sentWithin(existing.emailVerificationSentAt, now, RESEND_INTERVAL_MS)) return "too-soon";
  return "replace-unverified-account";
}
