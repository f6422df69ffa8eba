import type { MiddlewareConfigFn } from "wasp/server";

/**
 * Wasp's custom APIs skip the global middleware, CORS among it, so the web
 * client (served from its own origin) could not call them. Namespaces the
 * browser calls get the same middleware operations have.
 */
export const browserApiMiddleware: MiddlewareConfigFn = (middlewareConfig) => middlewareConfig;

// Wasp names an API namespace after its middleware function, so each namespace
// needs its own name for the same middleware.
export const companiesApiMiddleware = browserApiMiddleware;
export const accountApiMiddleware = browserApiMiddleware;
export const reportsApiMiddleware = browserApiMiddleware;
export const sharedReportsApiMiddleware = browserApiMiddleware;
export const sentimentApiMiddleware = browserApiMiddleware;
