import type { Prisma, PrismaClient } from "@prisma/client";
import type { BillingEvent } from "../billingEvents";
import type { PriceCatalog } from "../priceCatalog";
import { assertUnreachable } from "../../shared/assertUnreachable";
import type { EffectOutcome, EffectResult } from "./effectResult";
import { applyChargeRefunded, applyCreditPackCheckout, applyInvoicePaid } from "./paymentEffects";
import { applyInvoicePaymentFailed, applySubscriptionChanged, applySubscriptionCheckout } from "./subscriptionEffects";

export type WebhookOutcome = EffectOutcome | "duplicate";

function effectOf(tx: Prisma.TransactionClient, catalog: PriceCatalog, event: BillingEvent): Promise<EffectResult> {
  switch (event.kind) {
    case "checkoutCompleted":
      return event.mode === "subscription" ? applySubscriptionCheckout(tx, catalog, event) : applyCreditPackCheckout(tx, catalog, event);
    case "subscriptionChanged":
      return applySubscriptionChanged(tx, catalog, event);
    case "invoicePaid":
      return applyInvoicePaid(tx, catalog, event);
    case "invoicePaymentFailed":
      return applyInvoicePaymentFailed(tx, event);
    case "chargeRefunded":
      return applyChargeRefunded(tx, event);
    case "ignored":
      return Promise.resolve({ outcome: "ignored" });
    default:
      return assertUnreachable(event);
  }
}

/**
 * Applies one webhook event exactly once: its id is recorded in the same
 * transaction as its effect. A redelivery finds the id and changes nothing;
 * two deliveries at the same moment queue on the id's unique index, and the
 * second finds it once the first commits (or applies it, if the first failed).
 */
export async function applyBillingEvent(
  prisma: PrismaClient,
  provider: string,
  catalog: PriceCatalog,
  event: BillingEvent,
): Promise<EffectResult | { outcome: "duplicate" }> {
  return prisma.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "PaymentEvent" (id, provider, type, "occurredAt", outcome)
      VALUES (${event.eventId}, ${provider}, ${event.eventType}, ${event.occurredAt}, 'received')
      ON CONFLICT (id) DO NOTHING`;
    if (inserted === 0) return { outcome: "duplicate" as const };
    const result = await effectOf(tx, catalog, event);
    await tx.paymentEvent.update({ where: { id: event.eventId }, data: { outcome: result.outcome, workspaceId: result.workspaceId ?? null } });
    return result;
  }, TRANSACTION_LIMITS);
}

/** Deliveries of one workspace queue on its row lock: give them time to wait their turn. */
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 20_000 };
