import { HttpError } from "wasp/server";
import type { DownloadReportPdf, DownloadSharedReportPdf } from "wasp/server/api";
import type { Response } from "express";
import { assertFoundInWorkspace, requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { parseInput } from "../../server/operations/guards";
import { renderReportPdf } from "../pdf/renderReportPdf";
import type { ReportDocument } from "../reportDocument";
import { reportDocumentOf, storedReportSelect } from "../reportDocumentOf";
import { reportIdInput } from "../reportSchemas";
import { openSharedReport } from "../sharing/shareOperations";
import { shareTokenInput } from "../sharing/shareSchemas";
import { reportPdfFileName } from "./reportEmailContent";

async function sendPdf(res: Response, document: ReportDocument) {
  const pdf = await renderReportPdf(document);
  res.status(200);
  res.setHeader("Content-Type", "application/pdf");
  res.setHeader("Content-Length", String(pdf.length));
  res.setHeader("Content-Disposition", `attachment; filename="${reportPdfFileName(document)}"`);
  res.setHeader("Cache-Control", "private, no-store");
  res.end(pdf);
}

/** GET /api/reports/:reportId/pdf: a completed report of the caller's workspace as a PDF. */
export const downloadReportPdf: DownloadReportPdf = async (req, res, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id } = parseInput(reportIdInput, { id: req.params.reportId });
  const report = await context.entities.MarketReport.findFirst({ where: { id, workspaceId: workspace.id }, select: { ...storedReportSelect, status: true } });
  assertFoundInWorkspace(report, "report");
  const document = report.status === "COMPLETED" ? reportDocumentOf(report) : undefined;
  if (!document) throw new HttpError(409, "This report has not completed yet: its PDF is ready once it has.");
  await sendPdf(res, document);
};

/** GET /api/shared-reports/:token/pdf: the PDF of the one report a share link opens, for anyone holding it. */
export const downloadSharedReportPdf: DownloadSharedReportPdf = async (req, res, context) => {
  const { token } = parseInput(shareTokenInput, { token: req.params.token });
  const { document } = await openSharedReport(context.entities, token);
  await sendPdf(res, document);
};
