import { z } from "zod";
import { defineUserSignupFields } from "wasp/server/auth";
import { env } from "wasp/server";
import { isAdminEmail } from "./adminEmails";

const emailSignupData = z.object({ email: z.string().email() });

export const getEmailUserFields = defineUserSignupFields({
  email: (data) => emailSignupData.parse(data).email.toLowerCase(),
  isAdmin: (data) => isAdminEmail(emailSignupData.parse(data).email, env.ADMIN_EMAILS),
});

const googleProfile = z.object({
  profile: z.object({ email: z.string().email(), email_verified: z.boolean(), name: z.string().optional() }),
});

export const getGoogleUserFields = defineUserSignupFields({
  email: (data) => {
    const { profile } = googleProfile.parse(data);
    if (!profile.email_verified) throw new Error("Your Google email address is not verified.");
    return profile.email.toLowerCase();
  },
  displayName: (data) => googleProfile.parse(data).profile.name ?? null,
  isAdmin: (data) => {
    const { profile } = googleProfile.parse(data);
    return profile.email_verified && isAdminEmail(profile.email, env.ADMIN_EMAILS);
  },
});

const gitHubProfile = z.object({
  profile: z.object({
    name: z.string().nullable().optional(),
    login: z.string(),
    emails: z.array(z.object({ email: z.string().email(), primary: z.boolean(), verified: z.boolean() })),
  }),
});

function primaryVerifiedGitHubEmail(data: unknown): string {
  const { profile } = gitHubProfile.parse(data);
  const primary = profile.emails.find((email) => email.primary && email.verified);
  if (!primary) throw new Error("Your GitHub account has no verified primary email address.");
  return primary.email.toLowerCase();
}

export const getGitHubUserFields = defineUserSignupFields({
  email: (data) => primaryVerifiedGitHubEmail(data),
  displayName: (data) => {
    const { profile } = gitHubProfile.parse(data);
    return profile.name ?? profile.login;
  },
  isAdmin: (data) => isAdminEmail(primaryVerifiedGitHubEmail(data), env.ADMIN_EMAILS),
});
