import type { PrismaClient } from "@prisma/client";
import type { GroundingFigures, ReportSource, ReportUsage, StoredReportSections } from "../reportDocument";
import { activeReportStatuses } from "../reportKinds";
import { ReportFailure, ReportLeaseLost } from "./reportFailure";
import { changeCredits, InsufficientCredits } from "../../payment/credits/creditLedger";
import { sqlOfPrisma } from "../../server/db/sql";

type Db = Pick<PrismaClient, "$transaction">;

export const NO_CREDITS_LEFT_REASON =
  "Your workspace ran out of report credits before this report finished, so it was not completed and nothing was spent. Buy a credit pack or upgrade on the Billing page, then ask again.";

const usageColumns = (usage: ReportUsage) => ({
  model: usage.model,
  promptTokens: usage.promptTokens,
  completionTokens: usage.completionTokens,
  costUsd: usage.costUsd,
});

export interface CompletedReport {
  reportId: string;
  workspaceId: string;
  /** Names the report in the workspace's credit history. */
  title: string;
  leaseHolder: string;
  sources: ReportSource[];
  sections: StoredReportSections;
  grounding: GroundingFigures;
  usage: ReportUsage;
  summary: string;
  previousReportId: string | null;
}

/**
 * Stores the finished report and spends one credit of the workspace in the
 * same transaction: both happen or neither. Only the run holding the lease can
 * complete it, so a replayed or overlapping run never spends twice.
 */
export async function completeReport(db: Db, report: CompletedReport): Promise<void> {
  await db.$transaction(async (tx) => {
    // Raw SQL with the documents as JSON text: Prisma's Json input path costs far more for a large report.
    const completed = await tx.$executeRaw`
      UPDATE "MarketReport"
         SET status = 'COMPLETED', "progressPercent" = 100, "completedAt" = now(), "updatedAt" = now(),
             "activeKey" = NULL, "leaseHolder" = NULL, "leaseExpiresAt" = NULL,
             sources = ${JSON.stringify(report.sources)}::jsonb, sections = ${JSON.stringify(report.sections)}::jsonb,
             summary = ${report.summary}, "previousReportId" = ${report.previousReportId},
             "claimCount" = ${report.grounding.claimCount}, "citedClaimCount" = ${report.grounding.citedClaimCount},
             "unverifiedNumberCount" = ${report.grounding.unverifiedNumberCount},
             "creditsSpent" = 1, "errorMessage" = NULL,
             model = ${report.usage.model}, "promptTokens" = ${report.usage.promptTokens},
             "completionTokens" = ${report.usage.completionTokens}, "costUsd" = ${report.usage.costUsd}
       WHERE id = ${report.reportId} AND "leaseHolder" = ${report.leaseHolder}
         AND status::text = ANY(${[...activeReportStatuses]}::text[])`;
    if (completed === 0) throw new ReportLeaseLost();
    try {
      await changeCredits(sqlOfPrisma(tx), {
        workspaceId: report.workspaceId,
        kind: "REPORT",
        creditsDelta: -1,
        description: `Report: ${report.title}`,
        dedupeKey: `report:${report.reportId}`,
        reportId: report.reportId,
      });
    } catch (error) {
      if (error instanceof InsufficientCredits) throw new ReportFailure(NO_CREDITS_LEFT_REASON);
      throw error;
    }
  });
}

/** What a failed report's row holds: ended with the reason, no run on it, nothing spent. */
const failedColumns = (reason: string) =>
  ({ status: "FAILED", failedAt: new Date(), errorMessage: reason, progressPercent: 100, activeKey: null, leaseHolder: null, leaseExpiresAt: null, creditsSpent: 0 }) as const;

/** Ends a report as failed with its reason; spends nothing. Returns false when the run no longer held it. */
export async function failReport(
  reports: Pick<PrismaClient["marketReport"], "updateMany">,
  reportId: string,
  reason: string,
  /** leaseHolder: fail it only if this run (or, with null, no run) still holds it. */
  options: { leaseHolder?: string | null; usage?: ReportUsage } = {},
): Promise<boolean> {
  const { count } = await reports.updateMany({
    where: {
      id: reportId,
      status: { in: [...activeReportStatuses] },
      ...(options.leaseHolder !== undefined ? { leaseHolder: options.leaseHolder } : {}),
    },
    data: { ...failedColumns(reason), ...(options.usage ? usageColumns(options.usage) : {}) },
  });
  return count === 1;
}

/** Fails every report a user asked for that has not ended (they were suspended): spends nothing. Returns how many. */
export async function failReportsRequestedBy(reports: Pick<PrismaClient["marketReport"], "updateMany">, userId: string, reason: string): Promise<number> {
  const { count } = await reports.updateMany({
    where: { requestedById: userId, status: { in: [...activeReportStatuses] } },
    data: failedColumns(reason),
  });
  return count;
}
