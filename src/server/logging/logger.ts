import { pino } from "pino";
import { currentRequestId } from "./requestContext";

/**
 * Structured JSON logs on stdout. Every line written while a request is being
 * served carries its requestId. Secrets in headers are redacted.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "hyperformant-server" },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin() {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
  redact: {
    paths: ["req.headers.authorization", "req.headers.cookie", "req.headers[\"x-n8n-api-key\"]", "*.password", "*.apiKey"],
    censor: "[redacted]",
  },
});
