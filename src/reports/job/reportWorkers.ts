import { env } from "wasp/server";
import { generateMarketReport, recoverStalledReports } from "wasp/server/jobs";
import { addJobWorkers } from "../../server/lifecycle/jobRunner";
import { runReportJob } from "./generateMarketReportJob";

/**
 * At server start: workers for REPORT_JOB_CONCURRENCY reports at once, and a
 * recovery pass for reports a previous process left running.
 */
export async function startReportWorkers(): Promise<void> {
  await addJobWorkers(generateMarketReport.jobName, env.REPORT_JOB_CONCURRENCY, runReportJob);
  await recoverStalledReports.submit({});
}
