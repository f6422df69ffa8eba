import type {
  GetPasswordResetEmailContentFn,
  GetVerificationEmailContentFn,
} from "wasp/server/auth";

export const getVerificationEmailContent: GetVerificationEmailContentFn = ({ verificationLink }) => ({
  subject: "Verify your Hyperformant email address",
  text: `Welcome to Hyperformant.\n\nVerify your email address to sign in: ${verificationLink}\n\nIf you did not sign up, ignore this message.`,
  html: `<p>Welcome to Hyperformant.</p><p><a href="${verificationLink}">Verify your email address</a> to sign in.</p><p>If you did not sign up, ignore this message.</p>`,
});

export const getPasswordResetEmailContent: GetPasswordResetEmailContentFn = ({ passwordResetLink }) => ({
  subject: "Reset your Hyperformant password",
  text: `Someone asked to reset the password of this Hyperformant account.\n\nChoose a new password: ${passwordResetLink}\n\nIf it was not you, ignore this message; your password stays as it is.`,
  html: `<p>Someone asked to reset the password of this Hyperformant account.</p><p><a href="${passwordResetLink}">Choose a new password</a>.</p><p>If it was not you, ignore this message; your password stays as it is.</p>`,
});
