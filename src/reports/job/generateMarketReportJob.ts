import { z } from "zod";
import { env, prisma } from "wasp/server";
import type { GenerateMarketReport } from "wasp/server/jobs";
import { generateMarketReport as generateMarketReportJob } from "wasp/server/jobs";
import { logger } from "../../server/logging/logger";
import { llmConfiguration } from "../../llm/llmEnv";
import { narrativeWriterFor } from "../narrative/narrativeWriter";
import { emailScheduledReport } from "../schedules/emailScheduledReport";
import { runReport, type ReportRunOutcome } from "./runReport";

const jobArgs = z.object({ reportId: z.string().uuid() }).strict();

/** Wasp's job: one pg-boss job per run of a report. */
export const generateMarketReport: GenerateMarketReport<{ reportId: string }, { outcome: ReportRunOutcome }> = (rawArgs) => runReportJob(rawArgs);

/** Also called by the extra workers that give reports their concurrency (src/reports/job/reportWorkers.ts). */
export async function runReportJob(rawArgs: unknown): Promise<{ outcome: ReportRunOutcome }> {
  const { reportId } = jobArgs.parse(rawArgs);
  const outcome = await runReport({ db: prisma, settings: env, writeNarrative: narrativeWriterFor(llmConfiguration(env)), logger, onCompleted: emailScheduledReport }, reportId);
  return { outcome };
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
