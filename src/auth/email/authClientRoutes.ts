/** The pages the auth mails link to; auth.wasp.ts declares the routes with these paths. */
export const emailVerificationPagePath = "/email-verification";
export const passwordResetPagePath = "/password-reset";
