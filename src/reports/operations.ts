import { env, HttpError, prisma } from "wasp/server";
import type { DeleteReport, GetCompanyReports, GetReport, GetReports, RequestReport } from "wasp/server/operations";
import type { Prisma } from "@prisma/client";
import { assertFoundInWorkspace, findCompanyInWorkspace, requireWorkspaceManager, requireWorkspaceMember } from "../workspaces/workspaceAccess";
import { parseInput } from "../server/operations/guards";
import { submitReportRun } from "./job/generateMarketReportJob";
import { llmConfiguration } from "../llm/llmEnv";
import type { ReportDocument } from "./reportDocument";
import { reportDocumentOf, storedReportSelect } from "./reportDocumentOf";
import type { ReportKind, ReportStatus } from "./reportKinds";
import { companyReportsInput, listReportsInput, reportIdInput, requestReportInput, type ListReportsInput, type RequestReportInput } from "./reportSchemas";
import { queueReport } from "./request/queueReport";
import { reportIneligibility } from "./request/reportEligibility";

export type ReportListItem = {
  id: string;
  kind: ReportKind;
  title: string;
  status: ReportStatus;
  progressPercent: number;
  subjectName: string;
  subjectCompanyId: string | null;
  summary: string | null;
  errorMessage: string | null;
  creditsSpent: number;
  createdAt: Date;
  completedAt: Date | null;
};

export type ReportView = ReportListItem & {
  startedAt: Date | null;
  attempts: number;
  requestedByName: string | null;
  document: ReportDocument | null;
};

const listItemSelect = {
  id: true,
  kind: true,
  title: true,
  status: true,
  progressPercent: true,
  subjectName: true,
  subjectCompanyId: true,
  summary: true,
  errorMessage: true,
  creditsSpent: true,
  createdAt: true,
  completedAt: true,
} as const;

export const requestReport: RequestReport<RequestReportInput, { id: string; status: ReportStatus; alreadyRunning: boolean }> = async (rawArgs, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const input = parseInput(requestReportInput, rawArgs);
  const company = await findCompanyInWorkspace(context.entities.Company, workspace.id, input.companyId);
  const competitorCount = await context.entities.CompetitorAnalysis.count({ where: { subjectCompanyId: company.id, status: "ACCEPTED" } });
  const ineligible = reportIneligibility(input.kind, company, competitorCount);
  if (ineligible) throw new HttpError(400, ineligible, { fieldErrors: { kind: [ineligible] } });

  const { report, created } = await queueReport(prisma, { workspaceId: workspace.id, requestedById: user.id, company, kind: input.kind });
  if (created) await submitReportRun(report.id, 1);
  return { id: report.id, status: report.status, alreadyRunning: !created };
};

export const getReport: GetReport<{ id: string }, ReportView> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id } = parseInput(reportIdInput, rawArgs);
  const report = await context.entities.MarketReport.findFirst({
    where: { id, workspaceId: workspace.id },
    select: { ...listItemSelect, ...storedReportSelect, startedAt: true, attempts: true },
  });
  assertFoundInWorkspace(report, "report");
  const { sources: _sources, sections: _sections, subjectCompany: _subject, workspace: _workspace, requestedBy, ...view } = report;
  return {
    ...view,
    requestedByName: requestedBy ? (requestedBy.displayName ?? requestedBy.email) : null,
    document: report.status === "COMPLETED" ? (reportDocumentOf(report) ?? null) : null,
  };
};

export type ReportPage = { reports: ReportListItem[]; totalCount: number; page: number; pageSize: number };

export const getReports: GetReports<ListReportsInput | undefined, ReportPage> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const input = parseInput(listReportsInput, rawArgs);
  const where: Prisma.MarketReportWhereInput = {
    workspaceId: workspace.id,
    ...(input.status ? { status: input.status } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.companyId ? { subjectCompanyId: input.companyId } : {}),
    ...(input.search ? { OR: [{ subjectName: { contains: input.search, mode: "insensitive" } }, { title: { contains: input.search, mode: "insensitive" } }] } : {}),
  };
  const [reports, totalCount] = await Promise.all([
    context.entities.MarketReport.findMany({
      where,
      select: listItemSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    context.entities.MarketReport.count({ where }),
  ]);
  return { reports, totalCount, page: input.page, pageSize: input.pageSize };
};

export type CompanyReports = {
  reports: ReportListItem[];
  schedules: { id: string; kind: ReportKind; nextRunAt: Date; lastQueuedAt: Date | null; lastError: string | null; recipientCount: number }[];
  credits: number;
  aiWriting: { configured: boolean; message: string | null };
};

/** For a company's page: its recent reports, the workspace's credits, and whether AI writing is on. */
export const getCompanyReports: GetCompanyReports<{ companyId: string }, CompanyReports> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { companyId } = parseInput(companyReportsInput, rawArgs);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, companyId);
  const [reports, schedules] = await Promise.all([
    context.entities.MarketReport.findMany({
      where: { workspaceId: workspace.id, subjectCompanyId: companyId },
      select: listItemSelect,
      orderBy: { createdAt: "desc" },
      take: 10,
    }),
    context.entities.ReportSchedule.findMany({ where: { workspaceId: workspace.id, subjectCompanyId: companyId }, orderBy: { createdAt: "asc" } }),
  ]);
  const llm = llmConfiguration(env);
  return {
    reports,
    schedules: schedules.map(({ id, kind, nextRunAt, lastQueuedAt, lastError, recipientUserIds }) => ({ id, kind, nextRunAt, lastQueuedAt, lastError, recipientCount: recipientUserIds.length })),
    credits: workspace.credits,
    aiWriting: { configured: llm.configured, message: llm.configured ? null : llm.message },
  };
};

/** A member deletes the reports they asked for; owners and admins any report of the workspace. */
export const deleteReport: DeleteReport<{ id: string }, { deleted: true }> = async (rawArgs, context) => {
  const { user, workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id } = parseInput(reportIdInput, rawArgs);
  const report = await context.entities.MarketReport.findFirst({ where: { id, workspaceId: workspace.id }, select: { requestedById: true } });
  assertFoundInWorkspace(report, "report");
  if (report.requestedById !== user.id) requireWorkspaceManager(role);
  await context.entities.MarketReport.deleteMany({ where: { id, workspaceId: workspace.id } });
  return { deleted: true };
};
