import { z } from "zod";
import { env, prisma } from "wasp/server";
import type { GenerateMarketReport } from "wasp/server/jobs";
import { generateMarketReport as generateMarketReportJob } from "wasp/server/jobs";
import { logger } from "../../server/logging/logger";
import { llmConfiguration } from "../../llm/llmEnv";
import { narrativeWriterFor } from "../narrative/narrativeWriter";
import { emailScheduledReport } from "../schedules/emailScheduledReport";
import { queueReportDelivery } from "../../workflows/reportDelivery/queueReportDelivery";
import { runReport, type ReportRunOutcome } from "./runReport";

const jobArgs = z.object({ reportId: z.string().uuid() }).strict();

/** Wasp's job: one pg-boss job per run of a report. */
export const generateMarketReport: GenerateMarketReport<{ reportId: string }, { outcome: ReportRunOutcome }> = (rawArgs) => runReportJob(rawArgs);

/** Also called by the extra workers that give reports their concurrency (src/reports/job/reportWorkers.ts). */
export async function runReportJob(rawArgs: unknown): Promise<{ outcome: ReportRunOutcome }> {
  const { reportId } = jobArgs.parse(rawArgs);
  const outcome = await runReport({ db: prisma, settings: env, writeNarrative: narrativeWriterFor(llmConfiguration(env)), logger, onCompleted: afterCompletion }, reportId);
  return { outcome };
}

/** A finished report: emailed when a schedule asked for it, and announced through n8n when report delivery is on. Each step's failure is logged apart. */
async function afterCompletion(reportId: string) {
  await emailScheduledReport(reportId).catch((error: unknown) => logger.error({ reportId, err: error }, "emailing the scheduled report failed"));
  await queueReportDelivery(reportId).catch((error: unknown) => logger.error({ reportId, err: error }, "queueing the report's delivery through n8n failed"));
}

/**
 * Queues a run. The singleton key is per attempt: a report waiting in the queue
 * is not queued twice, while a run after a crash (whose dead job pg-boss still
 * counts as active) gets a job of its own. The job expires after the report's
 * timeout, by which time the report has ended either way.
 */
export async function submitReportRun(reportId: string, attempt: number) {
  await generateMarketReportJob.submit(
    { reportId },
    { singletonKey: `report-${reportId}-run-${attempt}`, expireInSeconds: env.REPORT_TIMEOUT_SECONDS + 120, retryLimit: 0 },
  );
}
