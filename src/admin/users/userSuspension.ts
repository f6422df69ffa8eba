import type { PrismaClient } from "@prisma/client";
import { skipQueuedEnrolmentsRequestedBy } from "../../apollo/sequences/enrolmentStore";
import { failReportsRequestedBy } from "../../reports/job/completeReport";
import { requesterSuspendedReason } from "../../reports/job/reportFailure";
import { sqlOfPrisma } from "../../server/db/sql";
import { writeAdminLog } from "../adminAuditLog";

export const ENROLMENT_SKIPPED_REASON = "Not sent: the person who queued it was suspended.";

type Admin = { id: string; email: string | null };
type Target = { id: string; email: string | null };
export type SuspensionOutcome = { changed: boolean; sessionsEnded: number; reportsStopped: number; enrolmentsSkipped: number };

/**
 * Suspends a user in one transaction: marked suspended, every session of
 * theirs deleted (their next request answers 401), the reports they asked for
 * that have not ended failed, their queued enrolments skipped, and the action
 * logged. Suspending a suspended user changes nothing.
 */
export async function suspendUser(prisma: PrismaClient, admin: Admin, target: Target): Promise<SuspensionOutcome> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: target.id, suspendedAt: null }, data: { suspendedAt: new Date() } });
    // Sessions go even on a repeat, so one made in between cannot outlive the suspension.
    const sessions = await tx.session.deleteMany({ where: { auth: { userId: target.id } } });
    if (count === 0) return { changed: false, sessionsEnded: sessions.count, reportsStopped: 0, enrolmentsSkipped: 0 };
    const reportsStopped = await failReportsRequestedBy(tx.marketReport, target.id, requesterSuspendedReason);
    const enrolmentsSkipped = await skipQueuedEnrolmentsRequestedBy(sqlOfPrisma(tx), target.id, ENROLMENT_SKIPPED_REASON);
    await writeAdminLog(tx, {
      admin,
      action: "suspend-user",
      message: `${admin.email ?? admin.id} suspended ${target.email ?? target.id}`,
      target: { userId: target.id, userEmail: target.email, sessionsEnded: sessions.count, reportsStopped, enrolmentsSkipped },
    });
    return { changed: true, sessionsEnded: sessions.count, reportsStopped, enrolmentsSkipped };
  });
}

/** Lifts a suspension (they sign in again as usual); logged. Reactivating an active user changes nothing. */
export async function reactivateUser(prisma: PrismaClient, admin: Admin, target: Target): Promise<{ changed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: target.id, suspendedAt: { not: null } }, data: { suspendedAt: null } });
    if (count === 0) return { changed: false };
    await writeAdminLog(tx, { admin, action: "reactivate-user", message: `${admin.email ?? admin.id} reactivated ${target.email ?? target.id}`, target: { userId: target.id, userEmail: target.email } });
    return { changed: true };
  });
}
