import { config, HttpError } from "wasp/server";
import type { PrismaClient } from "@prisma/client";
import type { CreateReportShareLink, GetReportShareLinks, GetSharedReport, RevokeReportShareLink } from "wasp/server/operations";
import { assertFoundInWorkspace, requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { parseInput } from "../../server/operations/guards";
import type { ReportDocument } from "../reportDocument";
import { reportDocumentOf, storedReportSelect } from "../reportDocumentOf";
import { createShareLinkInput, reportShareLinksInput, shareLinkIdInput, shareTokenInput } from "./shareSchemas";
import { hashShareToken, newShareToken, shareLinkState, type ShareLinkState } from "./shareTokens";

const DAY_MS = 24 * 60 * 60 * 1000;

export type ShareLinkSummary = {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  viewCount: number;
  lastViewedAt: Date | null;
  state: ShareLinkState;
};

export const shareUrlFor = (token: string) => `${config.frontendUrl}/share/${token}`;

async function reportInWorkspace(reports: PrismaClient["marketReport"], workspaceId: string, reportId: string) {
  const report = await reports.findFirst({ where: { id: reportId, workspaceId }, select: { id: true, status: true } });
  assertFoundInWorkspace(report, "report");
  return report;
}

/** A read-only link to one completed report. The token is shown once, here; only its hash is kept. */
export const createReportShareLink: CreateReportShareLink<{ reportId: string; expiresInDays?: number }, ShareLinkSummary & { url: string }> = async (rawArgs, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { reportId, expiresInDays } = parseInput(createShareLinkInput, rawArgs);
  const report = await reportInWorkspace(context.entities.MarketReport, workspace.id, reportId);
  if (report.status !== "COMPLETED") {
    const message = "Only a completed report can be shared.";
    throw new HttpError(400, message, { fieldErrors: { reportId: [message] } });
  }
  const { token, tokenHash } = newShareToken();
  const link = await context.entities.ReportShareLink.create({
    data: { reportId, createdById: user.id, tokenHash, expiresAt: new Date(Date.now() + expiresInDays * DAY_MS) },
  });
  return { ...summaryOf(link, new Date()), url: shareUrlFor(token) };
};

export const getReportShareLinks: GetReportShareLinks<{ reportId: string }, ShareLinkSummary[]> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { reportId } = parseInput(reportShareLinksInput, rawArgs);
  await reportInWorkspace(context.entities.MarketReport, workspace.id, reportId);
  const links = await context.entities.ReportShareLink.findMany({ where: { reportId }, orderBy: { createdAt: "desc" } });
  const now = new Date();
  return links.map((link) => summaryOf(link, now));
};

export const revokeReportShareLink: RevokeReportShareLink<{ linkId: string }, ShareLinkSummary> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { linkId } = parseInput(shareLinkIdInput, rawArgs);
  const link = await context.entities.ReportShareLink.findFirst({ where: { id: linkId, report: { workspaceId: workspace.id } } });
  assertFoundInWorkspace(link, "share link");
  const revoked = link.revokedAt ? link : await context.entities.ReportShareLink.update({ where: { id: linkId }, data: { revokedAt: new Date() } });
  return summaryOf(revoked, new Date());
};

export type SharedReport = { document: ReportDocument; expiresAt: Date };

/**
 * For anyone holding the link, signed in or not: that one report and nothing
 * else. An unknown token is a 404; an expired or revoked one says which.
 */
export const getSharedReport: GetSharedReport<{ token: string }, SharedReport> = async (rawArgs, context) => {
  const { token } = parseInput(shareTokenInput, rawArgs);
  return openSharedReport(context.entities, token);
};

type SharingEntities = Parameters<GetSharedReport>[1]["entities"];

export async function openSharedReport(entities: Pick<SharingEntities, "ReportShareLink" | "MarketReport">, token: string): Promise<SharedReport> {
  const link = await entities.ReportShareLink.findUnique({ where: { tokenHash: hashShareToken(token) } });
  if (!link) throw new HttpError(404, "This share link does not exist. Ask whoever sent it for a new one.");
  const now = new Date();
  const state = shareLinkState(link, now);
  if (state !== "active") throw new HttpError(410, `This share link ${state === "expired" ? "has expired" : "was revoked"}. Ask whoever sent it for a new one.`);
  const report = await entities.MarketReport.findUnique({ where: { id: link.reportId }, select: storedReportSelect });
  const document = report ? reportDocumentOf(report) : undefined;
  if (!document) throw new HttpError(404, "The report behind this link was deleted.");
  await entities.ReportShareLink.update({ where: { id: link.id }, data: { viewCount: { increment: 1 }, lastViewedAt: now } });
  return { document, expiresAt: link.expiresAt };
}

function summaryOf(link: { id: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null; viewCount: number; lastViewedAt: Date | null }, now: Date): ShareLinkSummary {
  return {
    id: link.id,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
    viewCount: link.viewCount,
    lastViewedAt: link.lastViewedAt,
    state: shareLinkState(link, now),
  };
}
