import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { activeReportStatuses, type ReportStatus } from "../reportKinds";

type Reports = Pick<PrismaClient["marketReport"], "updateMany">;

export interface ReportLease {
  readonly holder: string;
  /** Extends the lease; false once the report is gone or another run holds it (this one must stop). */
  renew(changes?: { progressPercent?: number; status?: ReportStatus }): Promise<boolean>;
}

/**
 * Takes a report for one run with a conditional UPDATE: only a report that has
 * not ended, held by nobody or by a run whose lease ran out (its process died).
 * Counts the attempt. Undefined when a live run holds it or it has ended.
 */
export async function claimReportLease(reports: Reports, reportId: string, leaseMs: number, now = new Date()): Promise<ReportLease | undefined> {
  const holder = randomUUID();
  const { count } = await reports.updateMany({
    where: {
      id: reportId,
      status: { in: [...activeReportStatuses] },
      OR: [{ leaseHolder: null }, { leaseExpiresAt: { lt: now } }],
    },
    data: { leaseHolder: holder, leaseExpiresAt: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
  });
  if (count === 0) return undefined;
  return {
    holder,
    async renew(changes = {}) {
      const renewed = await reports.updateMany({
        where: { id: reportId, leaseHolder: holder, status: { in: [...activeReportStatuses] } },
        data: { leaseExpiresAt: new Date(Date.now() + leaseMs), ...changes },
      });
      return renewed.count === 1;
    },
  };
}
