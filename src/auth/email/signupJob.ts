import { z } from "zod";
import { prisma } from "wasp/server";
import { createEmailVerificationLink, createProviderId, createUser, findAuthIdentity, getProviderDataWithPassword } from "wasp/server/auth";
import type { CompleteEmailSignup } from "wasp/server/jobs";
import { serverEncryptionKey } from "../../server/crypto/serverEncryptionKey";
import { createPersonalWorkspace } from "../../workspaces/personalWorkspace";
import { getVerificationEmailContent } from "../emailContent";
import { emailVerificationPagePath } from "./authClientRoutes";
import { planSignup, type SignupPlan } from "./authEmailPlans";
import { sendEmailOnce } from "./emailSendClaim";
import { openSignupProviderData } from "./signupProviderData";
import { emailSignupUserFields } from "./signupUserFields";

export const signupJobArgs = z
  .object({ email: z.string().email().max(320), sealedProviderData: z.string().min(1), requestedAt: z.iso.datetime() })
  .strict();
export type SignupJobArgs = z.infer<typeof signupJobArgs>;

/**
 * The work of an email signup, off the request: the request checks the input,
 * hashes the password and answers at once, the same whether the address is
 * taken or not; this job creates the account with its personal workspace and
 * mails the verification link. Each step can be replayed: a replayed or
 * resumed job finds the account it created and the mail it sent.
 */
export const completeEmailSignup: CompleteEmailSignup<SignupJobArgs, SignupOutcome> = (rawArgs) => completeEmailSignupNow(rawArgs);

export type SignupOutcome = { outcome: SignupPlan | "verification-already-sent" };

export async function completeEmailSignupNow(rawArgs: unknown): Promise<SignupOutcome> {
  const args = signupJobArgs.parse(rawArgs);
  const requested = openSignupProviderData(args.sealedProviderData, serverEncryptionKey("take signups"));
  const providerId = createProviderId("email", args.email);
  const existing = await findAuthIdentity(providerId);
  const plan = planSignup(existing && getProviderDataWithPassword<"email">(existing.providerData), requested.data.hashedPassword, new Date());

  switch (plan) {
    case "keep-verified-account":
    case "too-soon":
      return { outcome: plan };
    case "replace-unverified-account":
      await deleteUnverifiedAccount(existing!.authId);
      await createAccount(providerId, requested.serialized, args.email);
      break;
    case "create-account":
      await createAccount(providerId, requested.serialized, args.email);
      break;
    case "resume-own-account":
      await ensurePersonalWorkspace(existing!.authId);
      break;
    default: {
      const unplanned: never = plan;
      throw new Error(`Unplanned signup case: ${String(unplanned)}`);
    }
  }

  if (requested.data.isEmailVerified) return { outcome: plan };
  const identity = await findAuthIdentity(providerId);
  if (!identity || getProviderDataWithPassword<"email">(identity.providerData).emailVerificationSentAt !== null) {
    return { outcome: "verification-already-sent" };
  }
  const verificationLink = await createEmailVerificationLink(args.email, emailVerificationPagePath);
  const sent = await sendEmailOnce(providerId, identity.providerData, "emailVerificationSentAt", {
    to: args.email,
    ...getVerificationEmailContent({ verificationLink }),
  });
  return { outcome: sent === "sent" ? plan : "verification-already-sent" };
}

async function createAccount(providerId: ReturnType<typeof createProviderId>, serializedProviderData: string, email: string) {
  const user = await createUser(providerId, serializedProviderData, (await emailSignupUserFields(email)) as never);
  await createPersonalWorkspace(prisma, { id: user.id, email: user.email ?? null });
}

async function ensurePersonalWorkspace(authId: string) {
  const user = await prisma.user.findFirstOrThrow({ where: { auth: { id: authId } }, select: { id: true, email: true } });
  await createPersonalWorkspace(prisma, user);
}

/** An unverified signup never signed in, so all it has is its personal workspace: both go. */
async function deleteUnverifiedAccount(authId: string) {
  const user = await prisma.user.findFirstOrThrow({ where: { auth: { id: authId } }, select: { id: true } });
  await prisma.$transaction([
    prisma.workspace.deleteMany({ where: { isPersonal: true, members: { some: { userId: user.id, role: "OWNER" } } } }),
    prisma.user.delete({ where: { id: user.id } }),
  ]);
}
