import express from "express";
import { env, HttpError, type MiddlewareConfigFn } from "wasp/server";
import type { ReceiveWorkflowCallback } from "wasp/server/api";
import { hotPathPool, inPgTransaction } from "../../server/db/sql";
import { logger } from "../../server/logging/logger";
import { fieldErrorsOf } from "../../server/operations/fieldErrors";
import { SIGNATURE_HEADER, verifySignature } from "../workflowSignature";
import { applyCallback } from "./applyCallback";
import { workflowCallback } from "./callbackPayload";

const pool = hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (workflow callbacks)"));

/** The signature covers the exact bytes n8n sent: this route reads them raw. */
export const workflowCallbackMiddleware: MiddlewareConfigFn = (middlewareConfig) => {
  middlewareConfig.delete("express.json");
  middlewareConfig.set("express.raw", express.raw({ type: "*/*", limit: "2mb" }));
  return middlewareConfig;
};

function parsedJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new HttpError(400, "The callback's body is not JSON.");
  }
}

/**
 * POST /api/workflows/callback: a result from an n8n workflow. 401 unless
 * signed with the shared secret within the last 5 minutes; 400 with the
 * errors for a body that is not a callback; otherwise 200 with what happened
 * to it, everything it carries written in one transaction, at most once.
 */
export const receiveWorkflowCallback: ReceiveWorkflowCallback = async (req, res) => {
  const secret = env.N8N_WEBHOOK_SECRET;
  if (!secret) throw new HttpError(503, "Workflows are not configured on this server.");
  const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const signature = verifySignature(secret, raw, req.header(SIGNATURE_HEADER), Math.floor(Date.now() / 1000));
  if (!signature.ok) throw new HttpError(401, signature.reason);
  const parsed = workflowCallback.safeParse(parsedJson(raw));
  if (!parsed.success) throw new HttpError(400, "That is not a workflow callback.", { fieldErrors: fieldErrorsOf(parsed.error) });
  const outcome = await inPgTransaction(pool, (sql) => applyCallback(sql, parsed.data));
  if (outcome !== "applied") logger.info({ executionId: parsed.data.executionId, stepId: parsed.data.stepId, outcome }, "workflow callback changed nothing");
  res.status(200).json({ outcome });
};
