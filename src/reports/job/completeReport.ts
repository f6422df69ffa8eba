import type { PrismaClient, Prisma } from "@prisma/client";
import type { GroundingFigures, ReportSource, ReportUsage, StoredReportSections } from "../reportDocument";
import { activeReportStatuses } from "../reportKinds";
import { ReportFailure, ReportLeaseLost } from "./reportFailure";

type Db = Pick<PrismaClient, "$transaction" | "marketReport">;

export const NO_CREDITS_LEFT_REASON =
  "Your workspace ran out of report credits before this report finished, so it was not completed and nothing was spent. Get more credits, then ask again.";

const usageColumns = (usage: ReportUsage) => ({
  model: usage.model,
  promptTokens: usage.promptTokens,
  completionTokens: usage.completionTokens,
  costUsd: usage.costUsd,
});

export interface CompletedReport {
  reportId: string;
  workspaceId: string;
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
    const completed = await tx.marketReport.updateMany({
      where: { id: report.reportId, leaseHolder: report.leaseHolder, status: { in: [...activeReportStatuses] } },
      data: {
        status: "COMPLETED",
        progressPercent: 100,
        completedAt: new Date(),
        activeKey: null,
        leaseHolder: null,
        leaseExpiresAt: null,
        sources: report.sources as unknown as Prisma.InputJsonValue,
        sections: report.sections as unknown as Prisma.InputJsonValue,
        summary: report.summary,
        previousReportId: report.previousReportId,
        claimCount: report.grounding.claimCount,
        citedClaimCount: report.grounding.citedClaimCount,
        unverifiedNumberCount: report.grounding.unverifiedNumberCount,
        creditsSpent: 1,
        errorMessage: null,
        ...usageColumns(report.usage),
      },
    });
    if (completed.count === 0) throw new ReportLeaseLost();
    const spent = await tx.workspace.updateMany({
      where: { id: report.workspaceId, credits: { gte: 1 } },
      data: { credits: { decrement: 1 } },
    });
    if (spent.count === 0) throw new ReportFailure(NO_CREDITS_LEFT_REASON);
  });
}

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
    data: {
      status: "FAILED",
      errorMessage: reason,
      progressPercent: 100,
      activeKey: null,
      leaseHolder: null,
      leaseExpiresAt: null,
      creditsSpent: 0,
      ...(options.usage ? usageColumns(options.usage) : {}),
    },
  });
  return count === 1;
}
