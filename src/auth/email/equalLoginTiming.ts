import type { RequestHandler } from "express";
import { hashPassword, verifyPassword } from "wasp/auth/password";
import { createProviderId, findAuthIdentity } from "wasp/server/auth";
import { fullPathOf } from "../../server/requestPath";

export const loginPath = "/auth/email/login";

let decoyHash: Promise<string> | undefined;

/**
 * Wasp's login checks the password only when the email has an account, so a
 * wrong password for a registered email took one password hash longer (about
 * 25 ms) than any password for an unknown one. For an unknown email this
 * checks the password against a decoy hash first, then lets Wasp answer its
 * 401: both kinds of failure cost one lookup and one hash.
 */
export const equalLoginTiming: RequestHandler = async (req, _res, next) => {
  if (req.method !== "POST" || fullPathOf(req) !== loginPath) return next();
  const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
  if (typeof email !== "string" || typeof password !== "string" || email === "") return next();
  try {
    const identity = await findAuthIdentity(createProviderId("email", email));
    if (!identity) {
      decoyHash ??= hashPassword("hyperformant-decoy-password-for-unknown-emails");
      await verifyPassword(await decoyHash, password).catch(() => undefined);
    }
  } catch {
    // Wasp's own handler answers whatever went wrong here.
  }
  next();
};
