import type { Sql } from "../../server/db/sql";
import { utcTimestamp } from "../../server/db/sql";
import type { BillingEventOf } from "../billingEvents";
import { changeCredits } from "../credits/creditLedger";
import { packCreditsOwed, refundToRecord } from "../credits/refundPlan";
import { ledgerDescriptions, planLabel } from "../credits/ledgerDescriptions";
import { creditPacks, creditsPerPeriod } from "../plans";
import type { PriceCatalog } from "../priceCatalog";
import { lockWorkspaceOfCustomer } from "./billingCustomer";
import type { EffectResult } from "./effectResult";

interface MoneyEntry {
  workspaceId: string;
  kind: "PAYMENT" | "REFUND";
  amountMinor: number;
  currency: string;
  description: string;
  dedupeKey: string;
  paymentEventId: string;
  providerObjectId: string;
  providerPaymentId?: string;
}

/** Money in or out, once per dedupe key. */
async function recordMoney(sql: Sql, entry: MoneyEntry) {
  await sql(
    `INSERT INTO "BillingLedgerEntry" (id, kind, "workspaceId", "amountMinor", currency, description, "dedupeKey", "paymentEventId", "providerObjectId", "providerPaymentId")
     VALUES (gen_random_uuid()::text, $1::"LedgerEntryKind", $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT ("dedupeKey") DO NOTHING`,
    [entry.kind, entry.workspaceId, entry.amountMinor, entry.currency, entry.description, entry.dedupeKey, entry.paymentEventId, entry.providerObjectId, entry.providerPaymentId ?? null],
  );
}

/** A paid invoice: the money, and the plan's credits for the period it pays (once per period, however often it is told). */
export async function applyInvoicePaid(sql: Sql, catalog: PriceCatalog, event: BillingEventOf<"invoicePaid">): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(sql, event.customerId, undefined);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${event.customerId}` };
  const product = event.priceId ? catalog.productOf(event.priceId) : undefined;
  const planName = product?.kind === "plan" ? planLabel(product.plan, product.interval) : "subscription";
  if (event.amountMinor > 0) {
    await recordMoney(sql, {
      workspaceId,
      kind: "PAYMENT",
      amountMinor: event.amountMinor,
      currency: event.currency,
      description: ledgerDescriptions.invoicePaid(planName, event.amountMinor, event.currency),
      dedupeKey: `payment:invoice:${event.invoiceId}`,
      paymentEventId: event.eventId,
      providerObjectId: event.invoiceId,
    });
  }
  if (product?.kind === "plan" && event.subscriptionId && event.paidPeriodStart) {
    const credits = creditsPerPeriod(product.plan, product.interval);
    if (credits > 0) {
      await changeCredits(sql, {
        workspaceId,
        kind: "PLAN_CREDITS",
        creditsDelta: credits,
        description: ledgerDescriptions.planCredits(planName, event.paidPeriodStart),
        dedupeKey: `plan-credits:${event.subscriptionId}:${event.paidPeriodStart.getTime() / 1000}`,
        paymentEventId: event.eventId,
        providerObjectId: event.invoiceId,
      });
    }
  }
  if (event.subscriptionId) {
    await sql(
      `UPDATE "BillingSubscription" SET "lastPaidAt" = $3::timestamp, "updatedAt" = now()
        WHERE "providerSubscriptionId" = $1 AND "workspaceId" = $2 AND ("lastPaidAt" IS NULL OR "lastPaidAt" < $3::timestamp)`,
      [event.subscriptionId, workspaceId, utcTimestamp(event.occurredAt)],
    );
  }
  return { outcome: "applied", workspaceId };
}

/** A paid one-off checkout: the money and the pack's credits, once per checkout session. */
export async function applyCreditPackCheckout(sql: Sql, catalog: PriceCatalog, event: BillingEventOf<"checkoutCompleted">): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(sql, event.customerId, event.workspaceId);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${event.customerId}` };
  const product = event.priceId ? catalog.productOf(event.priceId) : undefined;
  if (product?.kind !== "creditPack") return { outcome: "unmatched", workspaceId, reason: `price ${event.priceId ?? "(none)"} is not a credit pack` };
  const pack = creditPacks[product.pack];
  await recordMoney(sql, {
    workspaceId,
    kind: "PAYMENT",
    amountMinor: event.amountMinor,
    currency: event.currency,
    description: ledgerDescriptions.packBought(pack.credits, event.amountMinor, event.currency),
    dedupeKey: `payment:checkout:${event.checkoutSessionId}`,
    paymentEventId: event.eventId,
    providerObjectId: event.checkoutSessionId,
    providerPaymentId: event.paymentIntentId,
  });
  await changeCredits(sql, {
    workspaceId,
    kind: "CREDIT_PACK",
    creditsDelta: pack.credits,
    description: ledgerDescriptions.creditPack(pack.credits),
    dedupeKey: `credit-pack:${event.checkoutSessionId}`,
    paymentEventId: event.eventId,
    providerObjectId: event.checkoutSessionId,
    providerPaymentId: event.paymentIntentId,
  });
  if (event.paymentIntentId) await takeBackRefundedPackCredits(sql, workspaceId, event.paymentIntentId, event.eventId);
  return { outcome: "applied", workspaceId };
}

/** A refund: the money not yet recorded for the charge, then the pack's credits it undoes. */
export async function applyChargeRefunded(sql: Sql, event: BillingEventOf<"chargeRefunded">): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(sql, event.customerId, undefined);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${event.customerId ?? "(none)"}` };
  const [{ recorded }] = await sql<{ recorded: number }>(
    `SELECT COALESCE(-sum("amountMinor"), 0)::int AS recorded FROM "BillingLedgerEntry" WHERE kind = 'REFUND' AND "providerObjectId" = $1`,
    [event.chargeId],
  );
  const refundMinor = refundToRecord(event.amountRefundedMinor, recorded);
  if (refundMinor === 0) return { outcome: "stale", workspaceId };
  await recordMoney(sql, {
    workspaceId,
    kind: "REFUND",
    amountMinor: -refundMinor,
    currency: event.currency,
    description: ledgerDescriptions.refund(refundMinor, event.currency),
    dedupeKey: `refund:${event.chargeId}:${event.amountRefundedMinor}`,
    paymentEventId: event.eventId,
    providerObjectId: event.chargeId,
    providerPaymentId: event.paymentIntentId,
  });
  if (event.paymentIntentId) await takeBackRefundedPackCredits(sql, workspaceId, event.paymentIntentId, event.eventId);
  return { outcome: "applied", workspaceId };
}

/**
 * Takes back what refunds of a pack's payment owe, whichever of the two (the
 * pack's checkout, the refund) arrived first: both call this.
 */
async function takeBackRefundedPackCredits(sql: Sql, workspaceId: string, paymentId: string, eventId: string) {
  const [sums] = await sql<{ packCredits: number; paidMinor: number; refundedMinor: number; revokedCredits: number; balance: number }>(
    `SELECT COALESCE(sum("creditsDelta") FILTER (WHERE kind = 'CREDIT_PACK'), 0)::int AS "packCredits",
            COALESCE(sum("amountMinor") FILTER (WHERE kind = 'PAYMENT'), 0)::int AS "paidMinor",
            COALESCE(-sum("amountMinor") FILTER (WHERE kind = 'REFUND'), 0)::int AS "refundedMinor",
            COALESCE(-sum("creditsDelta") FILTER (WHERE kind = 'CREDITS_REVOKED'), 0)::int AS "revokedCredits",
            (SELECT credits FROM "Workspace" WHERE id = $1) AS balance
       FROM "BillingLedgerEntry" WHERE "workspaceId" = $1 AND "providerPaymentId" = $2`,
    [workspaceId, paymentId],
  );
  const owed = packCreditsOwed(sums);
  if (owed === 0) return;
  await changeCredits(sql, {
    workspaceId,
    kind: "CREDITS_REVOKED",
    creditsDelta: -owed,
    description: ledgerDescriptions.creditsTakenBack(owed),
    dedupeKey: `credits-revoked:${paymentId}:${sums.revokedCredits + owed}`,
    paymentEventId: eventId,
    providerPaymentId: paymentId,
  });
}
