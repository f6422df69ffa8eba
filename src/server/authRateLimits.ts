import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, rateLimit, type Options } from "express-rate-limit";
import { fullPathOf } from "./requestPath";

/** The auth endpoints an attacker would hammer: password guessing, signup spam, reset floods. */
export const rateLimitedAuthPaths = [
  "/auth/email/login",
  "/auth/email/signup",
  "/auth/email/request-password-reset",
];
const loginPath = "/auth/email/login";

export interface AuthRateLimitSettings {
  windowSeconds: number;
  /** Login, signup and reset requests of one IP, failed or not (signup spam, reset floods). */
  requestsPerIp: number;
  /** Failed logins of one IP, whatever the emails (strict). */
  failuresPerIp: number;
  /** Failed logins of one IP for one email (strict). */
  failuresPerIpAndEmail: number;
  /**
   * Failed logins for one email from all IPs together (loose). Past it, only
   * clients that have themselves failed on that email wait: an attacker
   * spread over many IPs gets one guess per new IP, and the owner, who has
   * not failed, still signs in.
   */
  failuresPerEmail: number;
}

function isRateLimitedAuthRequest(req: Request): boolean {
  return req.method === "POST" && rateLimitedAuthPaths.includes(fullPathOf(req));
}

function isLogin(req: Request): boolean {
  return req.method === "POST" && fullPathOf(req) === loginPath;
}

export function normalisedEmailOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const email = (body as { email?: unknown }).email;
  return typeof email === "string" && email.trim() !== "" ? email.trim().toLowerCase() : undefined;
}

const tooManyAttempts = {
  message: "Too many attempts. Wait a few minutes and try again.",
};

const ipKeyOf = (req: Request) => ipKeyGenerator(req.ip ?? "unknown");

/**
 * The limits on the auth endpoints, in the order they must run. Login limits
 * count only failures (answers of 401): a correct password is never held
 * against anyone, and a client that has not failed is never refused because
 * of someone else's failures (unless it shares their IP).
 */
export function createAuthRateLimiters(settings: AuthRateLimitSettings): RequestHandler[] {
  const common: Partial<Options> = {
    windowMs: settings.windowSeconds * 1000,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    message: tooManyAttempts,
  };
  const countsOnlyFailedLogins: Partial<Options> = {
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
  };
  const loginWithEmail = (req: Request) => isLogin(req) && normalisedEmailOf(req.body) !== undefined;
  const pairKeyOf = (req: Request) => `ip+email:${ipKeyOf(req)} ${normalisedEmailOf(req.body)}`;

  const requestsPerIp = rateLimit({
    ...common,
    identifier: "auth-requests-per-ip",
    limit: settings.requestsPerIp,
    skip: (req) => !isRateLimitedAuthRequest(req),
    keyGenerator: (req) => `ip:${ipKeyOf(req)}`,
  });
  const failuresPerIp = rateLimit({
    ...common,
    ...countsOnlyFailedLogins,
    identifier: "failed-logins-per-ip",
    limit: settings.failuresPerIp,
    skip: (req) => !isLogin(req),
    keyGenerator: (req) => `failed-ip:${ipKeyOf(req)}`,
  });
  const failuresPerIpAndEmail = rateLimit({
    ...common,
    ...countsOnlyFailedLogins,
    identifier: "failed-logins-per-ip-and-email",
    limit: settings.failuresPerIpAndEmail,
    skip: (req) => !loginWithEmail(req),
    keyGenerator: pairKeyOf,
  });
  const failuresPerEmail = rateLimit({
    ...common,
    ...countsOnlyFailedLogins,
    // Its counts would tell anyone how hard an email is being guessed at.
    standardHeaders: false,
    limit: settings.failuresPerEmail,
    skip: (req) => !loginWithEmail(req),
    keyGenerator: (req) => `failed-email:${normalisedEmailOf(req.body)}`,
    async handler(req, res, next, options) {
      // Runs before the per-(IP, email) limiter, so this is the client's earlier failures.
      const ownFailures = (await failuresPerIpAndEmail.getKey(pairKeyOf(req)))?.totalHits ?? 0;
      if (ownFailures === 0) return next();
      res.setHeader("retry-after", String(settings.windowSeconds));
      res.status(options.statusCode).json(options.message);
    },
  });
  return [requestsPerIp, failuresPerIp, failuresPerEmail, failuresPerIpAndEmail];
}
