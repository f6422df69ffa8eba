import { existsSync, readFileSync } from "node:fs";
import { job, page, route, type App, type Spec } from "@wasp.sh/spec";
import { isOAuthProviderConfigured, parseDotenv } from "./oauthProviders";
import { onAfterSignup, onBeforeLogin } from "./hooks" with { type: "ref" };
import {
  getEmailUserFields,
  getGitHubUserFields,
  getGoogleUserFields,
} from "./userSignupFields" with { type: "ref" };
import { googleScopes, gitHubScopes } from "./oauthScopes" with { type: "ref" };
import {
  getPasswordResetEmailContent,
  getVerificationEmailContent,
} from "./emailContent" with { type: "ref" };
import { LoginPage } from "./pages/LoginPage" with { type: "ref" };
import { SignupPage } from "./pages/SignupPage" with { type: "ref" };
import { EmailVerificationPage } from "./pages/EmailVerificationPage" with { type: "ref" };
import { RequestPasswordResetPage } from "./pages/RequestPasswordResetPage" with { type: "ref" };
import { PasswordResetPage } from "./pages/PasswordResetPage" with { type: "ref" };
import { completeEmailSignup } from "./email/signupJob" with { type: "ref" };
import { mailPasswordReset } from "./email/passwordResetJob" with { type: "ref" };
import { emailVerificationPagePath, passwordResetPagePath } from "./email/authClientRoutes";

// Social sign-in is compiled in only when configured (src/auth/oauthProviders.ts).
const env: Record<string, string | undefined> = {
  ...(existsSync(".env.server") ? parseDotenv(readFileSync(".env.server", "utf8")) : {}),
  ...process.env,
};

const fromField = {
  name: "Hyperformant",
  email: env.EMAIL_FROM_ADDRESS || "hello@hyperformant.app",
};

export const authConfig: App["auth"] = {
  userEntity: "User",
  methods: {
    email: {
      fromField,
      userSignupFields: getEmailUserFields,
      emailVerification: {
        clientRoute: "EmailVerificationRoute",
        getEmailContentFn: getVerificationEmailContent,
      },
      passwordReset: {
        clientRoute: "PasswordResetRoute",
        getEmailContentFn: getPasswordResetEmailContent,
      },
    },
    ...(isOAuthProviderConfigured("google", env)
      ? { google: { userSignupFields: getGoogleUserFields, configFn: googleScopes } }
      : {}),
    ...(isOAuthProviderConfigured("gitHub", env)
      ? { gitHub: { userSignupFields: getGitHubUserFields, configFn: gitHubScopes } }
      : {}),
  },
  onAuthFailedRedirectTo: "/login",
  onAuthSucceededRedirectTo: "/app",
  onAfterSignup,
  onBeforeLogin,
};

// SMTP everywhere a mail server is reachable (the dev script starts a catcher);
// EMAIL_SENDER=Dummy only prints mails to the server log.
export const emailSenderConfig: App["emailSender"] = {
  provider: env.EMAIL_SENDER === "Dummy" ? "Dummy" : "SMTP",
  defaultFrom: fromField,
};

const authMailJobOptions = { pgBoss: { retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 120 } };

export const authSpec: Spec = [
  route("LoginRoute", "/login", page(LoginPage)),
  route("SignupRoute", "/signup", page(SignupPage)),
  route("EmailVerificationRoute", emailVerificationPagePath, page(EmailVerificationPage)),
  route("RequestPasswordResetRoute", "/request-password-reset", page(RequestPasswordResetPage)),
  route("PasswordResetRoute", passwordResetPagePath, page(PasswordResetPage)),

  // Signup and password-reset requests answer at once and leave their work to these
  // (src/auth/email/emailAuthInBackground.ts). A job whose process died is retried
  // after expiring; retries also cover a mail server that is briefly down.
  job(completeEmailSignup, { executor: "PgBoss", entities: ["User", "Workspace", "WorkspaceMember"], performExecutorOptions: authMailJobOptions }),
  job(mailPasswordReset, { executor: "PgBoss", entities: ["User"], performExecutorOptions: authMailJobOptions }),
];
