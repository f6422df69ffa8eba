import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { fullPathOf } from "./requestPath";

/** The auth endpoints an attacker would hammer: password guessing, signup spam, reset floods. */
export const rateLimitedAuthPaths = [
  "/auth/email/login",
  "/auth/email/signup",
  "/auth/email/request-password-reset",
];

export interface AuthRateLimitSettings {
  windowSeconds: number;
  perIp: number;
  perEmail: number;
}

function isRateLimitedAuthRequest(req: Request): boolean {
  return req.method === "POST" && rateLimitedAuthPaths.includes(fullPathOf(req));
}

export function normalisedEmailOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const email = (body as { email?: unknown }).email;
  return typeof email === "string" && email.trim() !== "" ? email.trim().toLowerCase() : undefined;
}

const tooManyAttempts = {
  message: "Too many attempts. Wait a few minutes and try again.",
};

/** Two limits on the same requests: one per client IP, one per email address across all IPs. */
export function createAuthRateLimiters(settings: AuthRateLimitSettings): RequestHandler[] {
  const common = {
    windowMs: settings.windowSeconds * 1000,
    standardHeaders: "draft-8" as const,
    legacyHeaders: false,
    message: tooManyAttempts,
  };
  const perIp = rateLimit({
    ...common,
    limit: settings.perIp,
    skip: (req) => !isRateLimitedAuthRequest(req),
    keyGenerator: (req) => `ip:${ipKeyGenerator(req.ip ?? "unknown")}`,
  });
  const perEmail = rateLimit({
    ...common,
    limit: settings.perEmail,
    skip: (req) => !isRateLimitedAuthRequest(req) || normalisedEmailOf(req.body) === undefined,
    keyGenerator: (req) => `email:${normalisedEmailOf(req.body)}`,
  });
  return [perIp, perEmail];
}
