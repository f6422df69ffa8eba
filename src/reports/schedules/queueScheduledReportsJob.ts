import { z } from "zod";
import { HttpError, prisma } from "wasp/server";
import type { QueueScheduledReports } from "wasp/server/jobs";
import { logger } from "../../server/logging/logger";
import { submitReportRun } from "../job/generateMarketReportJob";
import { queueReport } from "../request/queueReport";
import { reportIneligibility } from "../request/reportEligibility";
import { nextWeeklyRun } from "./weeklySchedule";

const jobArgs = z.object({}).strict();
const MAX_SCHEDULES_PER_RUN = 200;

/**
 * Every hour: queues the weekly reports that are due. Each schedule is claimed
 * by moving its next run a week on in one conditional UPDATE, so two server
 * machines never queue the same week twice; a run missed while the server was
 * down is caught up on the next tick. The email goes out when the report completes.
 */
export const queueScheduledReports: QueueScheduledReports<Record<string, never>, { queued: number; skipped: number }> = async (rawArgs) => {
  jobArgs.parse(rawArgs ?? {});
  const now = new Date();
  const due = await prisma.reportSchedule.findMany({
    where: { nextRunAt: { lte: now } },
    include: { subjectCompany: { select: { id: true, name: true, role: true } }, createdBy: { select: { suspendedAt: true } } },
    orderBy: { nextRunAt: "asc" },
    take: MAX_SCHEDULES_PER_RUN,
  });
  let queued = 0;
  let skipped = 0;
  for (const schedule of due) {
    const claimed = await prisma.reportSchedule.updateMany({
      where: { id: schedule.id, nextRunAt: schedule.nextRunAt },
      data: { nextRunAt: nextWeeklyRun(now), lastQueuedAt: now },
    });
    if (claimed.count === 0) continue;
    if (schedule.createdBy?.suspendedAt) {
      await prisma.reportSchedule.update({ where: { id: schedule.id }, data: { lastError: "Paused: the person who set it up is suspended." } });
      skipped += 1;
      continue;
    }
    const competitorCount = await prisma.competitorAnalysis.count({ where: { subjectCompanyId: schedule.subjectCompanyId, status: "ACCEPTED" } });
    const ineligible = reportIneligibility(schedule.kind, schedule.subjectCompany, competitorCount);
    if (ineligible) {
      await prisma.reportSchedule.update({ where: { id: schedule.id }, data: { lastError: ineligible } });
      skipped += 1;
      continue;
    }
    try {
      const { report, created } = await queueReport(prisma, {
        workspaceId: schedule.workspaceId,
        requestedById: schedule.createdById,
        company: schedule.subjectCompany,
        kind: schedule.kind,
        scheduleId: schedule.id,
      });
      if (created) await submitReportRun(report.id, 1);
      await prisma.reportSchedule.update({ where: { id: schedule.id }, data: { lastError: null } });
      queued += 1;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      await prisma.reportSchedule.update({ where: { id: schedule.id }, data: { lastError: error.message } });
      skipped += 1;
    }
  }
  if (queued + skipped > 0) logger.info({ job: "queueScheduledReports", queued, skipped }, "scheduled reports queued");
  return { queued, skipped };
};
