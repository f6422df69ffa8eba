import type { Request } from "express";

/**
 * The full path of a request, wherever the middleware is mounted: Wasp runs
 * global middleware inside routers mounted at /auth and /operations, where
 * `req.path` alone has the mount point stripped.
 */
export function fullPathOf(req: Pick<Request, "baseUrl" | "path">): string {
  return `${req.baseUrl ?? ""}${req.path}`;
}
