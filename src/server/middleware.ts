import type { MiddlewareConfigFn } from "wasp/server";
import { env } from "wasp/server";
import { createAuthRateLimiters } from "./authRateLimits";
import { requestLogging } from "./logging/requestLogging";
import { securityHeaders } from "./securityHeaders";
import { answeringBodyErrors } from "./jsonBodyErrors";
import { emailAuthInBackground } from "../auth/email/emailAuthInBackground";
import { equalLoginTiming } from "../auth/email/equalLoginTiming";

export const configureServerMiddleware: MiddlewareConfigFn = (waspDefaults) => {
  const authRateLimiters = createAuthRateLimiters({
    windowSeconds: env.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    requestsPerIp: env.AUTH_RATE_LIMIT_PER_IP,
    failuresPerIp: env.AUTH_RATE_LIMIT_FAILURES_PER_IP,
    failuresPerIpAndEmail: env.AUTH_RATE_LIMIT_FAILURES_PER_IP_AND_EMAIL,
    failuresPerEmail: env.AUTH_RATE_LIMIT_PER_EMAIL,
  });
  // Request ids and JSON request logs first, replacing Wasp's plain-text logger.
  const middleware = new Map([["hyperformant.requestLogging", requestLogging()]]);
  for (const [name, handler] of waspDefaults) {
    if (name === "helmet") middleware.set(name, securityHeaders);
    else if (name === "express.json") middleware.set(name, answeringBodyErrors(handler));
    else if (name !== "logger") middleware.set(name, handler);
  }
  authRateLimiters.forEach((limiter, index) => middleware.set(`hyperformant.authRateLimit${index}`, limiter));
  middleware.set("hyperformant.emailAuthInBackground", emailAuthInBackground);
  middleware.set("hyperformant.equalLoginTiming", equalLoginTiming);
  return middleware;
};
