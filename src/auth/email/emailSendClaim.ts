import { prisma } from "wasp/server";
import type { ProviderId } from "wasp/server/auth";
import { emailSender, type Email } from "wasp/server/email";

type SentAtField = "emailVerificationSentAt" | "passwordResetSentAt";

/**
 * Sends an auth mail at most once, even if two deliveries of one job ran at
 * the same time: the "sent at" mark is written only if the identity's provider
 * data is still exactly what the job read (compare-and-set), and the mail goes
 * out only after that write won. If sending fails the mark is taken back, so a
 * retry of the job can send it. A process killed while sending leaves the mark:
 * that mail is lost rather than sent twice, and the user can ask again a
 * minute later.
 */
export async function sendEmailOnce(
  providerId: ProviderId,
  providerDataAsRead: string,
  sentAtField: SentAtField,
  email: Email,
): Promise<"sent" | "already-sent"> {
  const where = { providerName: providerId.providerName, providerUserId: providerId.providerUserId };
  const marked = JSON.stringify({ ...JSON.parse(providerDataAsRead), [sentAtField]: new Date().toISOString() });
  const claim = await prisma.authIdentity.updateMany({ where: { ...where, providerData: providerDataAsRead }, data: { providerData: marked } });
  if (claim.count === 0) return "already-sent";
  try {
    await emailSender.send(email);
  } catch (error) {
    await prisma.authIdentity.updateMany({ where: { ...where, providerData: marked }, data: { providerData: providerDataAsRead } });
    throw error;
  }
  return "sent";
}
