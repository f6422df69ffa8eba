import { existsSync, readFileSync } from "node:fs";
import { page, route, type App, type Spec } from "@wasp.sh/spec";
import { onAfterSignup } from "./hooks" with { type: "ref" };
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

/**
 * Google and GitHub sign-in are compiled in only when their client id and
 * secret are configured (in the environment or .env.server), so the login
 * page never shows a button that cannot work.
 */
function configuredEnv(): Record<string, string> {
  const fromFile: Record<string, string> = {};
  if (existsSync(".env.server")) {
    for (const line of readFileSync(".env.server", "utf8").split("\n")) {
      const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
      if (match) fromFile[match[1]] = match[2].replace(/^["']|["']$/g, "");
    }
  }
  return { ...fromFile, ...(process.env as Record<string, string>) };
}

const env = configuredEnv();
const isConfigured = (...names: string[]) => names.every((name) => (env[name] ?? "").trim() !== "");

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
    ...(isConfigured("GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET")
      ? { google: { userSignupFields: getGoogleUserFields, configFn: googleScopes } }
      : {}),
    ...(isConfigured("GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET")
      ? { gitHub: { userSignupFields: getGitHubUserFields, configFn: gitHubScopes } }
      : {}),
  },
  onAuthFailedRedirectTo: "/login",
  onAuthSucceededRedirectTo: "/app",
  onAfterSignup,
};

// SMTP everywhere a mail server is reachable (the dev script starts a catcher);
// EMAIL_SENDER=Dummy only prints mails to the server log.
export const emailSenderConfig: App["emailSender"] = {
  provider: env.EMAIL_SENDER === "Dummy" ? "Dummy" : "SMTP",
  defaultFrom: fromField,
};

export const authSpec: Spec = [
  route("LoginRoute", "/login", page(LoginPage)),
  route("SignupRoute", "/signup", page(SignupPage)),
  route("EmailVerificationRoute", "/email-verification", page(EmailVerificationPage)),
  route("RequestPasswordResetRoute", "/request-password-reset", page(RequestPasswordResetPage)),
  route("PasswordResetRoute", "/password-reset", page(PasswordResetPage)),
];
