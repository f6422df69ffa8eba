import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { env, type MiddlewareConfigFn } from "wasp/server";
import { browserApiMiddleware } from "../../server/browserApiMiddleware";

/**
 * The browser's middleware (CORS) and a per-IP cap on page views: a burst
 * past it is answered 429 and not counted.
 */
export const analyticsApiMiddleware: MiddlewareConfigFn = (middlewareConfig) => {
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: env.PAGE_VIEWS_PER_MINUTE_PER_IP,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? "unknown"),
    message: { message: "Too many page views from this address. They are not counted." },
  });
  return new Map([...browserApiMiddleware(middlewareConfig), ["hyperformant.pageViewRateLimit", limiter]]);
};
