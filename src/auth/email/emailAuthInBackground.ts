import type { Request, RequestHandler, Response } from "express";
import { env } from "wasp/server";
import { ensurePasswordIsPresent, ensureValidEmail, ensureValidPassword, sanitizeAndSerializeProviderData } from "wasp/server/auth";
import { completeEmailSignup, mailPasswordReset } from "wasp/server/jobs";
import { serverEncryptionKey } from "../../server/crypto/serverEncryptionKey";
import { runQueuedJobSoon } from "../../server/lifecycle/runQueuedJobSoon";
import { fullPathOf } from "../../server/requestPath";
import { mailPasswordResetNow } from "./passwordResetJob";
import { completeEmailSignupNow } from "./signupJob";
import { sealSignupProviderData } from "./signupProviderData";
import { emailSignupUserFields } from "./signupUserFields";

export const signupPath = "/auth/email/signup";
export const passwordResetRequestPath = "/auth/email/request-password-reset";

/**
 * Wasp answers these two requests after doing their work, and for an address
 * without an account (reset) or with one (signup) it sleeps 1–2 s instead,
 * so the time of the answer told whether an account exists. Here the request
 * only checks its input and queues the work, which is the same whatever the
 * address, and answers at once; the jobs (signupJob.ts, passwordResetJob.ts)
 * do the rest, started within a second of the answer rather than at the
 * workers' next poll. Wasp's own handlers for these paths are never reached.
 */
export const emailAuthInBackground: RequestHandler = async (req, res, next) => {
  if (req.method !== "POST") return next();
  const path = fullPathOf(req);
  if (path === signupPath) return acceptSignup(req, res);
  if (path === passwordResetRequestPath) return acceptPasswordResetRequest(req, res);
  return next();
};

async function acceptSignup(req: Request, res: Response) {
  const fields = req.body ?? {};
  ensureValidEmail(fields);
  ensurePasswordIsPresent(fields);
  ensureValidPassword(fields);
  const email = String(fields.email);
  await emailSignupUserFields(email);
  const serializedProviderData = await sanitizeAndSerializeProviderData<"email">({
    hashedPassword: String(fields.password),
    // Wasp's development shortcut, never honoured by a production server.
    isEmailVerified: env.NODE_ENV === "development" && env.SKIP_EMAIL_VERIFICATION_IN_DEV,
    emailVerificationSentAt: null,
    passwordResetSentAt: null,
  });
  await completeEmailSignup.submit({
    email,
    sealedProviderData: sealSignupProviderData(serializedProviderData, serverEncryptionKey("take signups")),
    requestedAt: new Date().toISOString(),
  });
  res.json({ success: true });
  runQueuedJobSoon(completeEmailSignup.jobName, completeEmailSignupNow);
}

async function acceptPasswordResetRequest(req: Request, res: Response) {
  const fields = req.body ?? {};
  ensureValidEmail(fields);
  await mailPasswordReset.submit({ email: String(fields.email), requestedAt: new Date().toISOString() });
  res.json({ success: true });
  runQueuedJobSoon(mailPasswordReset.jobName, mailPasswordResetNow);
}
