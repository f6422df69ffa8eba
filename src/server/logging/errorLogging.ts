import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";

export interface ErrorLogEntry {
  level: "ERROR";
  message: string;
  requestId: string | null;
  context: { method: string; path: string; errorName: string; stack?: string };
}

/**
 * The last error handler: an error nobody turned into an HttpError is ours.
 * It is logged with the request id, written to the Log table (where admins
 * read it), and the user gets a short apology with the reference id.
 */
export function createErrorLoggingHandler(options: {
  logger: Logger;
  writeLog: (entry: ErrorLogEntry) => Promise<unknown>;
}): ErrorRequestHandler {
  return (error, req, res, next) => {
    const requestId = typeof req.id === "string" || typeof req.id === "number" ? String(req.id) : null;
    const entry: ErrorLogEntry = {
      level: "ERROR",
      message: error instanceof Error ? error.message : String(error),
      requestId,
      context: {
        method: req.method,
        path: req.originalUrl.split("?")[0],
        errorName: error instanceof Error ? error.name : typeof error,
        stack: error instanceof Error ? error.stack : undefined,
      },
    };
    options.logger.error({ err: error, requestId }, "unhandled error");
    void options.writeLog(entry).catch((writeError) =>
      options.logger.error({ err: writeError, requestId }, "could not write the error to the Log table"),
    );
    if (res.headersSent) return next(error);
    res.status(500).json({
      message: `Something went wrong on our side. If it keeps happening, contact us with this reference: ${requestId ?? "unknown"}.`,
      requestId,
    });
  };
}
