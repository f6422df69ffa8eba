import type { MiddlewareConfigFn } from "wasp/server";
import { env } from "wasp/server";
import { createAuthRateLimiters } from "./authRateLimits";
import { hidePasswordResetAccountExistence } from "./passwordResetPrivacy";

export const configureServerMiddleware: MiddlewareConfigFn = (middlewareConfig) => {
  const [perIp, perEmail] = createAuthRateLimiters({
    windowSeconds: env.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    perIp: env.AUTH_RATE_LIMIT_PER_IP,
    perEmail: env.AUTH_RATE_LIMIT_PER_EMAIL,
  });
  middlewareConfig.set("hyperformant.authRateLimitPerIp", perIp);
  middlewareConfig.set("hyperformant.authRateLimitPerEmail", perEmail);
  middlewareConfig.set("hyperformant.passwordResetPrivacy", hidePasswordResetAccountExistence);
  return middlewareConfig;
};
