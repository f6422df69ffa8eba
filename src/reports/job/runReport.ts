import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { Logger } from "pino";
import { computeSections } from "../computed/computeSections";
import { gatherReportData, SubjectMissingError } from "../gathering/gatherReportData";
import type { CompanyFacts } from "../gathering/reportInputData";
import type { ComputedSections, GroundingFigures, Narrative, ReportSource, ReportUsage } from "../reportDocument";
import { reportStatusLabel, type ReportKind, type ReportStatus } from "../reportKinds";
import { buildSources } from "../sources/buildSources";
import type { ReportsEnv } from "../reportsEnv";
import { completeReport, failReport } from "./completeReport";
import { ReportFailure, ReportLeaseLost, requesterSuspendedReason, timedOutReason, tooManyAttemptsReason } from "./reportFailure";
import { claimReportLease } from "./reportLease";
import { analysingProgress, stageProgress } from "./reportProgress";
import { reportSummary } from "./reportSummary";

/** llmMs: the time spent waiting on the LLM (the rest of the writer's time is prompt building and grounding checks). */
export type NarrativeOutcome =
  | { ok: true; narrative: Narrative; grounding: GroundingFigures; usage: ReportUsage; llmMs: number }
  | { ok: false; reason: string; usage: ReportUsage; llmMs: number };

export type NarrativeWriter = (request: {
  kind: ReportKind;
  subject: CompanyFacts;
  sources: ReportSource[];
  computed: ComputedSections;
  signal: AbortSignal;
}) => Promise<NarrativeOutcome>;

export interface ReportRunDependencies {
  db: PrismaClient;
  settings: Pick<ReportsEnv, "REPORT_TIMEOUT_SECONDS" | "REPORT_LEASE_SECONDS" | "REPORT_MAX_ATTEMPTS">;
  writeNarrative: NarrativeWriter;
  logger: Logger;
  /** After the report is stored and its credit spent (scheduled reports are emailed then). */
  onCompleted?: (reportId: string) => Promise<void>;
}

/** How often a run renews its lease and moves the progress bar while it waits on the LLM. */
const PROGRESS_TICK_MS = 1_000;

export type ReportRunOutcome = "completed" | "failed" | "skipped" | "lease_lost";

/**
 * One run of a report: claim it, gather, analyse (computed sections and the
 * narrative), render, complete. Stages are idempotent until the completing
 * transaction, so a run that took over from a crashed one starts afresh.
 */
export async function runReport(deps: ReportRunDependencies, reportId: string): Promise<ReportRunOutcome> {
  const { db, settings, logger } = deps;
  const leaseMs = settings.REPORT_LEASE_SECONDS * 1000;
  const lease = await claimReportLease(db.marketReport, reportId, leaseMs);
  if (!lease) return "skipped";

  await db.marketReport.updateMany({ where: { id: reportId, startedAt: null }, data: { startedAt: new Date() } });
  const report = await db.marketReport.findUnique({ where: { id: reportId } });
  if (!report) return "lease_lost";
  const fail = async (reason: string, usage?: ReportUsage) => {
    await failReport(db.marketReport, reportId, reason, { leaseHolder: lease.holder, usage });
    return "failed" as const;
  };
  if (report.attempts > settings.REPORT_MAX_ATTEMPTS) return fail(tooManyAttemptsReason(report.attempts - 1));
  if (!report.subjectCompanyId) return fail("The company this report is about was deleted, so there is nothing to report on.");
  if (report.requestedById && (await db.user.findUnique({ where: { id: report.requestedById }, select: { suspendedAt: true } }))?.suspendedAt) {
    return fail(requesterSuspendedReason);
  }

  const deadline = (report.startedAt ?? new Date()).getTime() + settings.REPORT_TIMEOUT_SECONDS * 1000;
  let stage: ReportStatus = report.status;
  if (Date.now() >= deadline) return fail(timedOutReason(settings.REPORT_TIMEOUT_SECONDS, reportStatusLabel(stage).toLowerCase()));

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), deadline - Date.now());
  let analysingSince = 0;
  const heartbeat = setInterval(() => {
    const progressPercent = stage === "ANALYSING" ? analysingProgress(Date.now() - analysingSince) : undefined;
    lease.renew(progressPercent === undefined ? {} : { progressPercent }).catch((error: unknown) => logger.warn({ reportId, err: error }, "report heartbeat failed"));
  }, Math.max(250, Math.min(PROGRESS_TICK_MS, Math.floor(leaseMs / 3))));

  const enterStage = async (next: ReportStatus) => {
    if (timeout.signal.aborted) throw new ReportFailure(timedOutReason(settings.REPORT_TIMEOUT_SECONDS, reportStatusLabel(stage).toLowerCase()));
    stage = next;
    if (next === "ANALYSING") analysingSince = Date.now();
    if (!(await lease.renew({ status: next, progressPercent: stageProgress[next] }))) throw new ReportLeaseLost();
  };

  const timings = { gatherMs: 0, computeMs: 0, narrativeMs: 0, llmMs: 0, completeMs: 0 };
  let mark = performance.now();
  const lap = (key: keyof typeof timings) => {
    const now = performance.now();
    timings[key] = Math.round((now - mark) * 10) / 10;
    mark = now;
  };
  try {
    await enterStage("GATHERING");
    const data = await gatherReportData(db, {
      reportId,
      workspaceId: report.workspaceId,
      subjectCompanyId: report.subjectCompanyId,
      kind: report.kind,
      asOf: new Date(),
    });
    lap("gatherMs");
    await enterStage("ANALYSING");
    mark = performance.now();
    const { sources, index } = buildSources(data);
    const computed = computeSections(data, index);
    lap("computeMs");
    const written = await deps.writeNarrative({ kind: report.kind, subject: data.subject, sources, computed, signal: timeout.signal });
    lap("narrativeMs");
    timings.llmMs = Math.round(written.llmMs * 10) / 10;
    if (timeout.signal.aborted) return fail(timedOutReason(settings.REPORT_TIMEOUT_SECONDS, "analysing"), written.usage);
    if (!written.ok) return fail(written.reason, written.usage);

    await enterStage("RENDERING");
    mark = performance.now();
    await completeReport(db, {
      reportId,
      workspaceId: report.workspaceId,
      title: report.title,
      leaseHolder: lease.holder,
      sources,
      sections: { computed, narrative: written.narrative },
      grounding: written.grounding,
      usage: written.usage,
      summary: reportSummary(data, computed, written.narrative),
      previousReportId: data.previous?.id ?? null,
    });
    lap("completeMs");
    logger.info({ reportId, kind: report.kind, sources: sources.length, timings }, "report completed");
    await deps.onCompleted?.(reportId).catch((error: unknown) => logger.error({ reportId, err: error }, "after-completion step failed"));
    return "completed";
  } catch (error) {
    if (error instanceof ReportLeaseLost) return "lease_lost";
    if (error instanceof ReportFailure) return fail(error.reason);
    if (error instanceof SubjectMissingError) return fail("The company this report is about was deleted, so there is nothing to report on.");
    const reference = randomUUID().slice(0, 8);
    logger.error({ reportId, reference, stage, err: error }, "report failed on an unexpected error");
    return fail(`Something went wrong on our side while ${reportStatusLabel(stage).toLowerCase()} (reference ${reference}). No credit was spent: ask for the report again.`);
  } finally {
    clearTimeout(timer);
    clearInterval(heartbeat);
  }
}
