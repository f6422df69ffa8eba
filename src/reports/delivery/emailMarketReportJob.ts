import { z } from "zod";
import { config, prisma } from "wasp/server";
import type { EmailMarketReport } from "wasp/server/jobs";
import { emailMarketReport as emailMarketReportJob } from "wasp/server/jobs";
import { createAttachmentMailer } from "../../server/email/attachmentMailer";
import { serverSmtpSettings } from "../../server/email/smtpSettings";
import { logger } from "../../server/logging/logger";
import { renderReportPdf } from "../pdf/renderReportPdf";
import { reportDocumentOf, storedReportSelect } from "../reportDocumentOf";
import { reportEmailContent, reportPdfFileName } from "./reportEmailContent";

const MAX_RECIPIENTS = 50;
/** A delivery marked as sending this long ago died with its process: it may be tried again. */
const STALE_SENDING_MS = 5 * 60_000;
const SENDING = "sending";

const jobArgs = z
  .object({
    reportId: z.string().uuid(),
    recipients: z.array(z.string().email()).min(1).max(MAX_RECIPIENTS),
    sentByName: z.string().max(200).nullable().default(null),
  })
  .strict();

export type EmailDeliveryTotals = { sent: number; alreadySent: number; failed: number };

/**
 * Emails a completed report's PDF to each recipient once: one ReportEmail row
 * per report and recipient, claimed before sending, so a replayed or
 * concurrent job sends nobody the report twice.
 */
export const emailMarketReport: EmailMarketReport<z.input<typeof jobArgs>, EmailDeliveryTotals> = async (rawArgs) => {
  const { reportId, recipients, sentByName } = jobArgs.parse(rawArgs);
  const unique = [...new Set(recipients.map((recipient) => recipient.toLowerCase()))];
  const totals: EmailDeliveryTotals = { sent: 0, alreadySent: 0, failed: 0 };
  const report = await prisma.marketReport.findUnique({ where: { id: reportId }, select: { ...storedReportSelect, status: true } });
  const document = report?.status === "COMPLETED" ? reportDocumentOf(report) : undefined;
  if (!document) return totals;

  await prisma.reportEmail.createMany({ data: unique.map((recipientEmail) => ({ reportId, recipientEmail })), skipDuplicates: true });
  const deliveries = await prisma.reportEmail.findMany({ where: { reportId, recipientEmail: { in: unique } } });
  totals.alreadySent = deliveries.filter((delivery) => delivery.status === "SENT").length;
  const settings = serverSmtpSettings();
  const mailer = settings ? createAttachmentMailer(settings) : undefined;
  let pdf: Buffer | undefined;

  for (const delivery of deliveries) {
    if (delivery.status === "SENT") continue;
    const sendingElsewhere = delivery.status === "PENDING" && delivery.error === SENDING && Date.now() - delivery.updatedAt.getTime() < STALE_SENDING_MS;
    if (sendingElsewhere) continue;
    // Compare-and-set on updatedAt: of two jobs that read the same row, one claims it.
    const claimed = await prisma.reportEmail.updateMany({ where: { id: delivery.id, updatedAt: delivery.updatedAt }, data: { status: "PENDING", error: SENDING } });
    if (claimed.count === 0) continue;
    try {
      if (!mailer) throw new Error("Email is not configured on this server (SMTP_HOST is unset).");
      pdf ??= await renderReportPdf(document);
      const content = reportEmailContent(document, `${config.frontendUrl}/app/reports/${reportId}`, sentByName);
      await mailer.send({
        to: delivery.recipientEmail,
        ...content,
        attachment: { filename: reportPdfFileName(document), content: pdf, contentType: "application/pdf" },
      });
      await prisma.reportEmail.update({ where: { id: delivery.id }, data: { status: "SENT", sentAt: new Date(), error: null } });
      totals.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn({ job: "emailMarketReport", reportId, deliveryId: delivery.id, err: error }, "report email failed");
      await prisma.reportEmail.update({ where: { id: delivery.id }, data: { status: "FAILED", error: message.slice(0, 500) } });
      totals.failed += 1;
    }
  }
  return totals;
};

/**
 * Queues a delivery. A job whose process dies is expired by pg-boss and run
 * again once its claim on each recipient has gone stale, so a delivery cut
 * off mid-way is finished rather than left "sending" for ever.
 */
export async function submitReportEmail(args: z.input<typeof jobArgs>) {
  await emailMarketReportJob.submit(args, {
    expireInSeconds: STALE_SENDING_MS / 1000,
    retryLimit: 2,
    retryDelay: 60,
  });
}
