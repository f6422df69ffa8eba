import type { RequestHandler } from "express";
import { fullPathOf } from "./requestPath";

/**
 * Wasp's password-reset endpoint answers "Please wait N secs" (400) or a 500
 * only for accounts that exist, which tells a caller whether an email is
 * registered. This middleware turns both into the same 200 every unknown
 * email gets. Validation errors (a malformed email) are kept: they reveal nothing.
 */
export const passwordResetPath = "/auth/email/request-password-reset";

export function revealsAccountExistence(statusCode: number, body: unknown): boolean {
  if (statusCode >= 500) return true;
  const message = typeof body === "object" && body !== null ? (body as { message?: unknown }).message : undefined;
  return statusCode === 400 && typeof message === "string" && message.startsWith("Please wait");
}

export const hidePasswordResetAccountExistence: RequestHandler = (req, res, next) => {
  if (req.method !== "POST" || fullPathOf(req) !== passwordResetPath) return next();
  const sendJson = res.json.bind(res);
  res.json = (body: unknown) => {
    if (revealsAccountExistence(res.statusCode, body)) {
      if (res.statusCode >= 500) console.error("Password reset request failed on our side:", body);
      res.status(200);
      return sendJson({ success: true });
    }
    return sendJson(body);
  };
  next();
};
