import { HttpError } from "wasp/server";
import type { MarketReport, PrismaClient } from "@prisma/client";
import { isUniqueViolation } from "../../server/db/prismaErrors";
import { activeReportStatuses, reportKindLabel, type ReportKind } from "../reportKinds";

export const NO_CREDITS_MESSAGE =
  "Your workspace has no report credits left (each completed report spends one; failed reports spend none, and reports in progress hold one). " +
  "Buy a credit pack or move to a plan with monthly credits on the Billing page.";


export const activeReportKey = (subjectCompanyId: string, kind: ReportKind) => `${subjectCompanyId}:${kind}`;

export interface ReportRequest {
  workspaceId: string;
  requestedById: string | null;
  company: { id: string; name: string };
  kind: ReportKind;
  scheduleId?: string;
}

/**
 * The report of this kind on this company that is already running, or a new
 * one. The workspace row is locked meanwhile, so concurrent requests cannot
 * together reserve more credits than the workspace has: a report in progress
 * holds one credit until it completes (spent) or fails (released).
 */
export async function queueReport(db: Pick<PrismaClient, "$transaction" | "marketReport">, request: ReportRequest): Promise<{ report: MarketReport; created: boolean }> {
  const activeKey = activeReportKey(request.company.id, request.kind);
  try {
    return await db.$transaction(async (tx) => {
      const [workspace] = await tx.$queryRaw<{ credits: number }[]>`SELECT credits FROM "Workspace" WHERE id = ${request.workspaceId} FOR UPDATE`;
      const running = await tx.marketReport.findUnique({ where: { activeKey } });
      if (running) return { report: running, created: false };
      const inProgress = await tx.marketReport.count({ where: { workspaceId: request.workspaceId, status: { in: [...activeReportStatuses] } } });
      if (!workspace || workspace.credits - inProgress < 1) throw new HttpError(402, NO_CREDITS_MESSAGE, { credits: workspace?.credits ?? 0, inProgress });
      const report = await tx.marketReport.create({
        data: {
          workspaceId: request.workspaceId,
          requestedById: request.requestedById,
          subjectCompanyId: request.company.id,
          subjectName: request.company.name,
          kind: request.kind,
          title: `${reportKindLabel(request.kind)}: ${request.company.name}`,
          activeKey,
          scheduleId: request.scheduleId,
        },
      });
      return { report, created: true };
    });
  } catch (error) {
    // Another request created it between our check and insert: that one is the running report.
    if (!isUniqueViolation(error)) throw error;
    const running = await db.marketReport.findUnique({ where: { activeKey } });
    if (!running) throw error;
    return { report: running, created: false };
  }
}
