import type { MiddlewareConfigFn } from "wasp/server";

/**
 * Wasp's custom APIs skip the global middleware, CORS among it, so the web
 * client (served from its own origin) could not call them. Namespaces the
 * browser calls get the same middleware operations have.
 */
export const browserApiMiddleware: MiddlewareConfigFn = (middlewareConfig) => middlewareConfig;
