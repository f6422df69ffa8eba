/**
 * What the recovery sweep does with a running sync. Pure.
 * A run renews its lease with every page; a lease run out means the run
 * died (a killed process, an expired job). A sync never picked up (no lease)
 * gets a grace period in the queue first.
 */
export type StalledSync = { attempts: number; leaseExpiresAt: Date | null; leaseToken: string | null; updatedAt: Date };
export type RecoveryDecision = { action: "leave" } | { action: "resubmit"; attempt: number } | { action: "fail"; reason: string };

export function planSyncRecovery(sync: StalledSync, now: Date, settings: { queuedGraceMs: number; maxAttempts: number }): RecoveryDecision {
  const died = sync.leaseToken !== null && sync.leaseExpiresAt !== null && sync.leaseExpiresAt.getTime() < now.getTime();
  const neverStarted = sync.leaseToken === null && now.getTime() - sync.updatedAt.getTime() > settings.queuedGraceMs;
  if (!died && !neverStarted) return { action: "leave" };
  if (sync.attempts >= settings.maxAttempts) {
    return {
      action: "fail",
      reason: `The sync stopped ${settings.maxAttempts} times without finishing (its server process ended each time). The members read are stored and none was unlinked; the next sync starts again.`,
    };
  }
  return { action: "resubmit", attempt: sync.attempts + 1 };
}
