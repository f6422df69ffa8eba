import type { Prisma } from "@prisma/client";
import type { BillingEventOf } from "../billingEvents";
import { changeCredits } from "../credits/creditLedger";
import { packCreditsOwed, refundToRecord } from "../credits/refundPlan";
import { creditPacks, creditsPerPeriod, plans } from "../plans";
import type { PriceCatalog } from "../priceCatalog";
import { lockWorkspaceOfCustomer } from "./billingCustomer";
import type { EffectResult } from "./effectResult";

const formatMoney = (amountMinor: number, currency: string) => `${(amountMinor / 100).toFixed(2)} ${currency.toUpperCase()}`;

async function recordMoney(
  tx: Prisma.TransactionClient,
  entry: { workspaceId: string; kind: "PAYMENT" | "REFUND"; amountMinor: number; currency: string; description: string; dedupeKey: string; paymentEventId: string; providerObjectId: string; providerPaymentId?: string },
) {
  await tx.billingLedgerEntry.createMany({ data: [entry], skipDuplicates: true });
}

/** A paid invoice: the money, and the plan's credits for the period it pays (once per period, however often it is told). */
export async function applyInvoicePaid(tx: Prisma.TransactionClient, catalog: PriceCatalog, event: BillingEventOf<"invoicePaid">): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(tx, event.customerId, undefined);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${event.customerId}` };
  const product = event.priceId ? catalog.productOf(event.priceId) : undefined;
  const planName = product?.kind === "plan" ? `${plans[product.plan].name} (${product.interval === "YEAR" ? "yearly" : "monthly"})` : "subscription";
  if (event.amountMinor > 0) {
    await recordMoney(tx, {
      workspaceId,
      kind: "PAYMENT",
      amountMinor: event.amountMinor,
      currency: event.currency,
      description: `Invoice paid: ${planName}, ${formatMoney(event.amountMinor, event.currency)}`,
      dedupeKey: `payment:invoice:${event.invoiceId}`,
      paymentEventId: event.eventId,
      providerObjectId: event.invoiceId,
    });
  }
  if (product?.kind === "plan" && event.subscriptionId && event.paidPeriodStart) {
    const credits = creditsPerPeriod(product.plan, product.interval);
    if (credits > 0) {
      await changeCredits(tx, {
        workspaceId,
        kind: "PLAN_CREDITS",
        creditsDelta: credits,
        description: `${planName} credits for the period from ${event.paidPeriodStart.toISOString().slice(0, 10)}`,
        dedupeKey: `plan-credits:${event.subscriptionId}:${event.paidPeriodStart.getTime() / 1000}`,
        paymentEventId: event.eventId,
        providerObjectId: event.invoiceId,
      });
    }
  }
  if (event.subscriptionId) {
    await tx.billingSubscription.updateMany({
      where: { providerSubscriptionId: event.subscriptionId, workspaceId, OR: [{ lastPaidAt: null }, { lastPaidAt: { lt: event.occurredAt } }] },
      data: { lastPaidAt: event.occurredAt },
    });
  }
  return { outcome: "applied", workspaceId };
}

/** A paid one-off checkout: the money and the pack's credits, once per checkout session. */
export async function applyCreditPackCheckout(tx: Prisma.TransactionClient, catalog: PriceCatalog, event: BillingEventOf<"checkoutCompleted">): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(tx, event.customerId, event.workspaceId);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${event.customerId}` };
  const product = event.priceId ? catalog.productOf(event.priceId) : undefined;
  if (product?.kind !== "creditPack") return { outcome: "unmatched", workspaceId, reason: `price ${event.priceId ?? "(none)"} is not a credit pack` };
  const pack = creditPacks[product.pack];
  await recordMoney(tx, {
    workspaceId,
    kind: "PAYMENT",
    amountMinor: event.amountMinor,
    currency: event.currency,
    description: `${pack.credits} report credits bought, ${formatMoney(event.amountMinor, event.currency)}`,
    dedupeKey: `payment:checkout:${event.checkoutSessionId}`,
    paymentEventId: event.eventId,
    providerObjectId: event.checkoutSessionId,
    providerPaymentId: event.paymentIntentId,
  });
  await changeCredits(tx, {
    workspaceId,
    kind: "CREDIT_PACK",
    creditsDelta: pack.credits,
    description: `Credit pack: ${pack.credits} report credits`,
    dedupeKey: `credit-pack:${event.checkoutSessionId}`,
    paymentEventId: event.eventId,
    providerObjectId: event.checkoutSessionId,
    providerPaymentId: event.paymentIntentId,
  });
  if (event.paymentIntentId) await takeBackRefundedPackCredits(tx, workspaceId, event.paymentIntentId, event.eventId);
  return { outcome: "applied", workspaceId };
}

/** A refund: the money not yet recorded for the charge, then the pack's credits it undoes. */
export async function applyChargeRefunded(tx: Prisma.TransactionClient, event: BillingEventOf<"chargeRefunded">): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(tx, event.customerId, undefined);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${event.customerId ?? "(none)"}` };
  const recorded = await tx.billingLedgerEntry.aggregate({ where: { kind: "REFUND", providerObjectId: event.chargeId }, _sum: { amountMinor: true } });
  const refundMinor = refundToRecord(event.amountRefundedMinor, -(recorded._sum.amountMinor ?? 0));
  if (refundMinor === 0) return { outcome: "stale", workspaceId };
  await recordMoney(tx, {
    workspaceId,
    kind: "REFUND",
    amountMinor: -refundMinor,
    currency: event.currency,
    description: `Refund: ${formatMoney(refundMinor, event.currency)}`,
    dedupeKey: `refund:${event.chargeId}:${event.amountRefundedMinor}`,
    paymentEventId: event.eventId,
    providerObjectId: event.chargeId,
    providerPaymentId: event.paymentIntentId,
  });
  if (event.paymentIntentId) await takeBackRefundedPackCredits(tx, workspaceId, event.paymentIntentId, event.eventId);
  return { outcome: "applied", workspaceId };
}

/**
 * Takes back what refunds of a pack's payment owe, whichever of the two
 * (the pack's checkout, the refund) arrived first: both call this.
 */
async function takeBackRefundedPackCredits(tx: Prisma.TransactionClient, workspaceId: string, paymentId: string, eventId: string) {
  const ofPayment = (kind: "CREDIT_PACK" | "PAYMENT" | "REFUND" | "CREDITS_REVOKED") => ({ workspaceId, kind, providerPaymentId: paymentId });
  const pack = await tx.billingLedgerEntry.findFirst({ where: ofPayment("CREDIT_PACK") });
  if (!pack) return;
  const [paid, refunded, revoked, workspace] = await Promise.all([
    tx.billingLedgerEntry.aggregate({ where: ofPayment("PAYMENT"), _sum: { amountMinor: true } }),
    tx.billingLedgerEntry.aggregate({ where: ofPayment("REFUND"), _sum: { amountMinor: true } }),
    tx.billingLedgerEntry.aggregate({ where: ofPayment("CREDITS_REVOKED"), _sum: { creditsDelta: true } }),
    tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { credits: true } }),
  ]);
  const revokedCredits = -(revoked._sum.creditsDelta ?? 0);
  const owed = packCreditsOwed({
    packCredits: pack.creditsDelta,
    paidMinor: paid._sum.amountMinor ?? 0,
    refundedMinor: -(refunded._sum.amountMinor ?? 0),
    revokedCredits,
    balance: workspace.credits,
  });
  if (owed === 0) return;
  await changeCredits(tx, {
    workspaceId,
    kind: "CREDITS_REVOKED",
    creditsDelta: -owed,
    description: `${owed} credits taken back with the refund`,
    dedupeKey: `credits-revoked:${paymentId}:${revokedCredits + owed}`,
    paymentEventId: eventId,
    providerPaymentId: paymentId,
  });
}
