import type { RequestHandler } from "express";
import type { MiddlewareConfigFn } from "wasp/server";

/**
 * Downloads (CSV exports, report PDFs) name their file in Content-Disposition;
 * across origins the browser hides that header from the web client unless the
 * response exposes it.
 */
const exposeDownloadFileNames: RequestHandler = (_req, res, next) => {
  res.setHeader("Access-Control-Expose-Headers", "Content-Disposition");
  next();
};

/**
 * Wasp's custom APIs skip the global middleware, CORS among it, so the web
 * client (served from its own origin) could not call them. Namespaces the
 * browser calls get the same middleware operations have, and download names.
 */
export const browserApiMiddleware: MiddlewareConfigFn = (middlewareConfig) =>
  new Map([...middlewareConfig, ["hyperformant.exposeDownloadFileNames", exposeDownloadFileNames]]);

// Wasp names an API namespace after its middleware function, so each namespace
// needs its own name for the same middleware.
export const companiesApiMiddleware = browserApiMiddleware;
export const accountApiMiddleware = browserApiMiddleware;
export const reportsApiMiddleware = browserApiMiddleware;
export const sharedReportsApiMiddleware = browserApiMiddleware;
export const sentimentApiMiddleware = browserApiMiddleware;
export const apolloApiMiddleware = browserApiMiddleware;
export const adminApiMiddleware = browserApiMiddleware;
