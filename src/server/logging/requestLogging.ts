import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import { logger } from "./logger";
import { chooseRequestId, requestContext } from "./requestContext";

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
    customLogLevel(_req, res, error) {
      if (error || res.statusCode >= 500) return "error";
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
