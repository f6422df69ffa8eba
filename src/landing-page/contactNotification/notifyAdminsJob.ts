import { z } from "zod";
import { config, prisma } from "wasp/server";
import { emailSender } from "wasp/server/email";
import type { NotifyAdminsOfContactMessage } from "wasp/server/jobs";
import { notifyAdminsOfContactMessage as notifyAdminsJob } from "wasp/server/jobs";
import { logger } from "../../server/logging/logger";
import { newMessageEmail } from "./newMessageEmail";

const jobArgs = z.object({ messageId: z.string().uuid() }).strict();
export type NotifyAdminsOutcome = { outcome: "sent" | "already-sent" | "no-admins"; recipients: number };

/**
 * Emails every admin (not suspended) about a new contact message, once: the
 * message is claimed (adminsNotifiedAt, compare-and-set) before mailing, and
 * released when a send fails so pg-boss's retry can send it.
 */
export const notifyAdminsOfContactMessage: NotifyAdminsOfContactMessage<z.input<typeof jobArgs>, NotifyAdminsOutcome> = async (rawArgs) => {
  const { messageId } = jobArgs.parse(rawArgs);
  const claimedAt = new Date();
  const claim = await prisma.contactFormMessage.updateMany({ where: { id: messageId, adminsNotifiedAt: null }, data: { adminsNotifiedAt: claimedAt } });
  if (claim.count === 0) return { outcome: "already-sent", recipients: 0 };
  const message = await prisma.contactFormMessage.findUniqueOrThrow({ where: { id: messageId } });
  const admins = await prisma.user.findMany({ where: { isAdmin: true, suspendedAt: null, email: { not: null } }, select: { email: true } });
  if (admins.length === 0) return { outcome: "no-admins", recipients: 0 };
  const email = newMessageEmail(message, `${config.frontendUrl}/admin/messages`);
  try {
    for (const admin of admins) await emailSender.send({ to: admin.email!, ...email });
  } catch (error) {
    logger.warn({ job: "notifyAdminsOfContactMessage", messageId, err: error }, "emailing the admins failed");
    await prisma.contactFormMessage.updateMany({ where: { id: messageId, adminsNotifiedAt: claimedAt }, data: { adminsNotifiedAt: null } });
    throw error;
  }
  return { outcome: "sent", recipients: admins.length };
};

export async function submitAdminNotification(messageId: string) {
  await notifyAdminsJob.submit({ messageId }, { retryLimit: 3, retryDelay: 30, retryBackoff: true });
}
