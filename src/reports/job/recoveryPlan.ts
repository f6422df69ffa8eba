import { timedOutReason, tooManyAttemptsReason } from "./reportFailure";

export interface StalledReport {
  id: string;
  status: string;
  attempts: number;
  createdAt: Date;
  startedAt: Date | null;
  leaseHolder: string | null;
  leaseExpiresAt: Date | null;
}

export interface RecoverySettings {
  timeoutMs: number;
  leaseMs: number;
  maxAttempts: number;
  /** A queued report nobody has claimed for this long has probably lost its job. */
  queuedGraceMs: number;
}

export type RecoveryDecision = { action: "leave" } | { action: "resubmit"; attempt: number } | { action: "fail"; reason: string };

/**
 * What to do with a report that has not ended: leave it to its live run,
 * queue another run (its run died, or its job was lost), or fail it (out of
 * time or of attempts). A run stuck past its deadline with a live lease is
 * failed too once two more leases have passed, so nothing runs for ever.
 */
export function planRecovery(report: StalledReport, now: Date, settings: RecoverySettings): RecoveryDecision {
  const time = now.getTime();
  const leaseLive = report.leaseHolder !== null && report.leaseExpiresAt !== null && report.leaseExpiresAt.getTime() >= time;
  const deadline = report.startedAt ? report.startedAt.getTime() + settings.timeoutMs : undefined;
  const stage = report.status.toLowerCase();

  if (leaseLive) {
    if (deadline !== undefined && time > deadline + 2 * settings.leaseMs) {
      return { action: "fail", reason: timedOutReason(Math.round(settings.timeoutMs / 1000), stage) };
    }
    return { action: "leave" };
  }
  if (deadline !== undefined && time > deadline) return { action: "fail", reason: timedOutReason(Math.round(settings.timeoutMs / 1000), stage) };
  if (report.attempts >= settings.maxAttempts) return { action: "fail", reason: tooManyAttemptsReason(report.attempts) };
  const neverClaimed = report.leaseHolder === null && report.attempts === 0;
  if (neverClaimed && time - report.createdAt.getTime() < settings.queuedGraceMs) return { action: "leave" };
  return { action: "resubmit", attempt: report.attempts + 1 };
}
