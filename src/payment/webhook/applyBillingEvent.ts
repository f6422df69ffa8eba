import type { Sql } from "../../server/db/sql";
import { utcTimestamp } from "../../server/db/sql";
import type { BillingEvent } from "../billingEvents";
import type { PriceCatalog } from "../priceCatalog";
import { assertUnreachable } from "../../shared/assertUnreachable";
import type { EffectResult } from "./effectResult";
import { applyChargeRefunded, applyCreditPackCheckout, applyInvoicePaid } from "./paymentEffects";
import { applyInvoicePaymentFailed, applySubscriptionChanged, applySubscriptionCheckout } from "./subscriptionEffects";

function effectOf(sql: Sql, catalog: PriceCatalog, event: BillingEvent): Promise<EffectResult> {
  switch (event.kind) {
    case "checkoutCompleted":
      return event.mode === "subscription" ? applySubscriptionCheckout(sql, catalog, event) : applyCreditPackCheckout(sql, catalog, event);
    case "subscriptionChanged":
      return applySubscriptionChanged(sql, catalog, event);
    case "invoicePaid":
      return applyInvoicePaid(sql, catalog, event);
    case "invoicePaymentFailed":
      return applyInvoicePaymentFailed(sql, event);
    case "chargeRefunded":
      return applyChargeRefunded(sql, event);
    case "ignored":
      return Promise.resolve({ outcome: "ignored" });
    default:
      return assertUnreachable(event);
  }
}

/**
 * Applies one webhook event exactly once, inside the caller's transaction: its
 * id is recorded with its effect. A redelivery finds the id and changes
 * nothing; two deliveries at the same moment queue on the id's unique index,
 * and the second finds it once the first commits (or applies it, if the first
 * rolled back).
 */
export async function applyBillingEvent(sql: Sql, provider: string, catalog: PriceCatalog, event: BillingEvent): Promise<EffectResult | { outcome: "duplicate" }> {
  const inserted = await sql(
    `INSERT INTO "PaymentEvent" (id, provider, type, "occurredAt", outcome) VALUES ($1, $2, $3, $4::timestamp, 'received')
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [event.eventId, provider, event.eventType, utcTimestamp(event.occurredAt)],
  );
  if (inserted.length === 0) return { outcome: "duplicate" };
  const result = await effectOf(sql, catalog, event);
  await sql(`UPDATE "PaymentEvent" SET outcome = $2, "workspaceId" = $3 WHERE id = $1`, [event.eventId, result.outcome, result.workspaceId ?? null]);
  return result;
}
