import { z } from "zod";
import { createPasswordResetLink, createProviderId, findAuthIdentity, getProviderDataWithPassword } from "wasp/server/auth";
import type { MailPasswordReset } from "wasp/server/jobs";
import { getPasswordResetEmailContent } from "../emailContent";
import { passwordResetPagePath } from "./authClientRoutes";
import { planPasswordReset, type PasswordResetPlan } from "./authEmailPlans";
import { sendEmailOnce } from "./emailSendClaim";

export const passwordResetJobArgs = z.object({ email: z.string().email().max(320), requestedAt: z.iso.datetime() }).strict();
export type PasswordResetJobArgs = z.infer<typeof passwordResetJobArgs>;

/**
 * The work of a password-reset request, off the request: the request answers
 * at once, the same for every address, and this job mails a reset link if the
 * address has an account (at most one mail a minute, and one per request).
 */
export const mailPasswordReset: MailPasswordReset<PasswordResetJobArgs, PasswordResetOutcome> = (rawArgs) => mailPasswordResetNow(rawArgs);

export type PasswordResetOutcome = { outcome: Exclude<PasswordResetPlan, "send"> | "sent" };

export async function mailPasswordResetNow(rawArgs: unknown): Promise<PasswordResetOutcome> {
  const { email, requestedAt } = passwordResetJobArgs.parse(rawArgs);
  const providerId = createProviderId("email", email);
  const identity = await findAuthIdentity(providerId);
  const providerData = identity ? getProviderDataWithPassword<"email">(identity.providerData) : null;
  const plan = planPasswordReset(providerData, new Date(requestedAt), new Date());
  if (plan !== "send") return { outcome: plan };
  const account = identity!; // the plan sends only to an existing account

  const passwordResetLink = await createPasswordResetLink(account.providerUserId, passwordResetPagePath);
  const outcome = await sendEmailOnce(providerId, account.providerData, "passwordResetSentAt", {
    to: account.providerUserId,
    ...getPasswordResetEmailContent({ passwordResetLink }),
  });
  return { outcome };
}
