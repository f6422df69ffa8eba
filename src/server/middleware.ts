import type { MiddlewareConfigFn } from "wasp/server";
import { env } from "wasp/server";
import { createAuthRateLimiters } from "./authRateLimits";
import { requestLogging } from "./logging/requestLogging";
import { hidePasswordResetAccountExistence } from "./passwordResetPrivacy";

export const configureServerMiddleware: MiddlewareConfigFn = (waspDefaults) => {
  const [perIp, perEmail] = createAuthRateLimiters({
    windowSeconds: env.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    perIp: env.AUTH_RATE_LIMIT_PER_IP,
    perEmail: env.AUTH_RATE_LIMIT_PER_EMAIL,
  });
  // Request ids and JSON request logs first, replacing Wasp's plain-text logger.
  const middleware = new Map([["hyperformant.requestLogging", requestLogging()]]);
  for (const [name, handler] of waspDefaults) {
    if (name !== "logger") middleware.set(name, handler);
  }
  middleware.set("hyperformant.authRateLimitPerIp", perIp);
  middleware.set("hyperformant.authRateLimitPerEmail", perEmail);
  middleware.set("hyperformant.passwordResetPrivacy", hidePasswordResetAccountExistence);
  return middleware;
};
