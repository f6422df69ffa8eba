import { z } from "zod";
import { env, prisma } from "wasp/server";
import type { RecoverStalledImports } from "wasp/server/jobs";
import { logger } from "../../server/logging/logger";
import { assertUnreachable } from "../../shared/assertUnreachable";
import { submitImportRun } from "./importCompaniesJob";
import { planImportRecovery } from "./importRecoveryPlan";

const jobArgs = z.object({}).strict();
const QUEUED_GRACE_MS = 2 * 60_000;
const MAX_ATTEMPTS = 3;
const MAX_IMPORTS_PER_RUN = 200;

/**
 * Every minute (and once at start-up): an import whose run died (killed
 * mid-way, its job expired) gets a new run, which resumes after the last
 * merged line; one out of attempts fails with the reason. No import stays
 * running for ever.
 */
export const recoverStalledImports: RecoverStalledImports<Record<string, never>, { resubmitted: number; failed: number }> = async (rawArgs) => {
  jobArgs.parse(rawArgs ?? {});
  const now = new Date();
  const settings = { leaseMs: env.COMPANY_IMPORT_LEASE_SECONDS * 1000, queuedGraceMs: QUEUED_GRACE_MS, maxAttempts: MAX_ATTEMPTS };
  const candidates = await prisma.companyImport.findMany({
    where: {
      OR: [
        { status: "RUNNING", updatedAt: { lt: new Date(now.getTime() - settings.leaseMs) } },
        { status: "QUEUED", updatedAt: { lt: new Date(now.getTime() - QUEUED_GRACE_MS) } },
      ],
    },
    select: { id: true, status: true, attempts: true, createdAt: true, updatedAt: true },
    orderBy: { createdAt: "asc" },
    take: MAX_IMPORTS_PER_RUN,
  });
  let resubmitted = 0;
  let failed = 0;
  for (const companyImport of candidates) {
    const decision = planImportRecovery(companyImport, now, settings);
    switch (decision.action) {
      case "leave":
        break;
      case "resubmit":
        await submitImportRun(companyImport.id, decision.attempt);
        resubmitted += 1;
        break;
      case "fail": {
        // Only if no run renewed it meanwhile.
        const marked = await prisma.companyImport.updateMany({
          where: { id: companyImport.id, status: companyImport.status, updatedAt: companyImport.updatedAt },
          data: { status: "FAILED", finishedAt: now, failureReason: decision.reason },
        });
        failed += marked.count;
        break;
      }
      default:
        assertUnreachable(decision);
    }
  }
  if (resubmitted + failed > 0) logger.info({ job: "recoverStalledImports", resubmitted, failed }, "stalled company imports recovered");
  return { resubmitted, failed };
};
