import { z } from "zod";
import { env, prisma } from "wasp/server";
import type { RecoverStalledReports } from "wasp/server/jobs";
import { logger } from "../../server/logging/logger";
import { assertUnreachable } from "../../shared/assertUnreachable";
import { activeReportStatuses } from "../reportKinds";
import { failReport } from "./completeReport";
import { submitReportRun } from "./generateMarketReportJob";
import { planRecovery } from "./recoveryPlan";

const jobArgs = z.object({}).strict();
const QUEUED_GRACE_MS = 2 * 60_000;
const MAX_REPORTS_PER_RUN = 500;

/**
 * Every minute (and once at start-up): reports whose run died get another run,
 * reports out of time or attempts fail with the reason. Nothing stays running
 * for ever.
 */
export const recoverStalledReports: RecoverStalledReports<Record<string, never>, { resubmitted: number; failed: number }> = async (rawArgs) => {
  jobArgs.parse(rawArgs ?? {});
  const now = new Date();
  const settings = {
    timeoutMs: env.REPORT_TIMEOUT_SECONDS * 1000,
    leaseMs: env.REPORT_LEASE_SECONDS * 1000,
    maxAttempts: env.REPORT_MAX_ATTEMPTS,
    queuedGraceMs: QUEUED_GRACE_MS,
  };
  const candidates = await prisma.marketReport.findMany({
    where: {
      status: { in: [...activeReportStatuses] },
      OR: [
        { leaseExpiresAt: { lt: now } },
        { leaseHolder: null, createdAt: { lt: new Date(now.getTime() - QUEUED_GRACE_MS) } },
        { startedAt: { lt: new Date(now.getTime() - settings.timeoutMs) } },
      ],
    },
    select: { id: true, status: true, attempts: true, createdAt: true, startedAt: true, leaseHolder: true, leaseExpiresAt: true },
    orderBy: { createdAt: "asc" },
    take: MAX_REPORTS_PER_RUN,
  });
  let resubmitted = 0;
  let failed = 0;
  for (const report of candidates) {
    const decision = planRecovery(report, now, settings);
    switch (decision.action) {
      case "leave":
        break;
      case "resubmit":
        await submitReportRun(report.id, decision.attempt);
        resubmitted += 1;
        break;
      case "fail":
        if (await failReport(prisma.marketReport, report.id, decision.reason, { leaseHolder: report.leaseHolder })) failed += 1;
        break;
      default:
        assertUnreachable(decision);
    }
  }
  if (resubmitted + failed > 0) logger.info({ job: "recoverStalledReports", resubmitted, failed }, "stalled reports recovered");
  return { resubmitted, failed };
};
