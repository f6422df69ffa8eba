import express from "express";
import type { MiddlewareConfigFn } from "wasp/server";
import type { PaymentsWebhook } from "wasp/server/api";
import { logger } from "../../server/logging/logger";
import { paymentProvider, priceCatalog } from "../billingSetup";
import { UnreadableWebhookEvent, WebhookSignatureError } from "../paymentProvider";
import { applyBillingEvent } from "./applyBillingEvent";
import { hotPathPool, inPgTransaction } from "../../server/db/sql";

/**
 * POST /payments-webhook: the payment provider's events. Verified on the raw
 * bytes (a forged, stale or unsigned delivery is 400 and writes nothing),
 * applied exactly once, and answered 200 for every genuine event, including
 * the types we do not handle, so the provider stops redelivering them.
 * A failure of ours answers 500, and the provider delivers the event again.
 */
export const paymentsWebhook: PaymentsWebhook = async (req, res) => {
  const provider = paymentProvider();
  if (!provider) {
    res.status(503).json({ message: "Billing is not configured on this server (STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET)." });
    return;
  }
  const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  let event;
  try {
    event = provider.parseWebhook(rawBody, req.header("stripe-signature"));
  } catch (error) {
    if (error instanceof WebhookSignatureError || error instanceof UnreadableWebhookEvent) {
      logger.warn({ err: error.message }, "payments webhook refused");
      res.status(400).json({ message: error instanceof WebhookSignatureError ? `Signature check failed: ${error.message}` : error.message });
      return;
    }
    throw error;
  }
  const result = await inPgTransaction(webhookDatabase(), (sql) => applyBillingEvent(sql, provider.name, priceCatalog(), event));
  if (result.outcome === "unmatched") logger.warn({ eventId: event.eventId, type: event.eventType, reason: "reason" in result ? result.reason : undefined }, "payments webhook event matched no workspace");
  res.status(200).json({ received: true, outcome: result.outcome });
};

/** Straight SQL on a pool of its own: a Prisma round trip per statement could not carry Stripe's bursts. */
const logDroppedConnection = (error: Error) => logger.warn({ err: error }, "an idle database connection was closed; it will be replaced");
const webhookDatabase = () => hotPathPool(logDroppedConnection);

/** The signature covers the exact bytes Stripe sent: this route reads them raw, not parsed JSON. */
export const paymentsWebhookMiddleware: MiddlewareConfigFn = (middlewareConfig) => {
  middlewareConfig.delete("express.json");
  middlewareConfig.set("express.raw", express.raw({ type: "*/*", limit: "1mb" }));
  return middlewareConfig;
};
