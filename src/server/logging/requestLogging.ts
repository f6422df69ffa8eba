import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import { logger } from "./logger";
import { chooseRequestId, requestContext } from "./requestContext";

const PAGE_VIEWS_PATH = "/api/analytics/page-views";

/**
 * Gives each request an id (X-Request-Id in and out), logs its completion as
 * one JSON line, and runs the rest of the request inside that id's context.
 */
export function requestLogging(): RequestHandler {
  const httpLogger = pinoHttp({
    logger,
    genReqId(req, res) {
      const requestId = chooseRequestId(req.headers["x-request-id"], randomUUID);
      res.setHeader("x-request-id", requestId);
      return requestId;
    },
    customLogLevel(req, res, error) {
      if (error || res.statusCode >= 500) return "error";
      // A counted page view is a row of its own (PageViewEvent); a log line for each would double the work at 1,000 a second.
      if (res.statusCode === 204 && req.url === PAGE_VIEWS_PATH) return "silent";
      if (res.statusCode >= 400) return "warn";
      return "info";
    },
    serializers: {
      req: (req) => ({ method: req.method, url: req.url }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
    quietReqLogger: true,
  });
  return (req, res, next) => {
    httpLogger(req, res, () => requestContext.run({ requestId: String(req.id) }, next));
  };
}
