import type { Prisma } from "@prisma/client";
import type { BillingEventOf, SubscriptionSnapshot } from "../billingEvents";
import type { PriceCatalog } from "../priceCatalog";
import { isNewerThan } from "../subscriptionOrder";
import { lockWorkspaceOfCustomer } from "./billingCustomer";
import type { EffectResult } from "./effectResult";

/**
 * A subscription's news, stored only when it is newer than what is known
 * (src/payment/subscriptionOrder.ts): late, shuffled and repeated events
 * leave the subscription as the newest of them says.
 */
export async function applySubscriptionSnapshot(
  tx: Prisma.TransactionClient,
  catalog: PriceCatalog,
  snapshot: SubscriptionSnapshot,
  asOf: Date,
): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(tx, snapshot.customerId, snapshot.workspaceId);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${snapshot.customerId}` };
  const product = catalog.productOf(snapshot.priceId);
  if (product?.kind !== "plan") return { outcome: "unmatched", workspaceId, reason: `price ${snapshot.priceId} is not one of our plans` };

  const stored = await tx.billingSubscription.findUnique({ where: { providerSubscriptionId: snapshot.subscriptionId } });
  const incoming = { status: snapshot.status, asOf, currentPeriodEnd: snapshot.currentPeriodEnd, cancelAtPeriodEnd: snapshot.cancelAtPeriodEnd };
  const storedFacts = stored && { status: stored.status, asOf: stored.stateAsOf, currentPeriodEnd: stored.currentPeriodEnd, cancelAtPeriodEnd: stored.cancelAtPeriodEnd };
  if (!isNewerThan(incoming, storedFacts)) return { outcome: "stale", workspaceId };

  const state = {
    workspaceId,
    providerCustomerId: snapshot.customerId,
    plan: product.plan,
    interval: product.interval,
    priceId: snapshot.priceId,
    status: snapshot.status,
    cancelAtPeriodEnd: snapshot.cancelAtPeriodEnd,
    // News without a period (a checkout's) keeps the period already known.
    currentPeriodStart: snapshot.currentPeriodStart ?? stored?.currentPeriodStart ?? null,
    currentPeriodEnd: snapshot.currentPeriodEnd ?? stored?.currentPeriodEnd ?? null,
    canceledAt: snapshot.canceledAt ?? (snapshot.status === "CANCELED" ? asOf : null),
    stateAsOf: asOf,
  };
  await tx.billingSubscription.upsert({
    where: { providerSubscriptionId: snapshot.subscriptionId },
    create: { providerSubscriptionId: snapshot.subscriptionId, ...state },
    update: state,
  });
  return { outcome: "applied", workspaceId };
}

export function applySubscriptionChanged(tx: Prisma.TransactionClient, catalog: PriceCatalog, event: BillingEventOf<"subscriptionChanged">) {
  return applySubscriptionSnapshot(tx, catalog, event.subscription, event.occurredAt);
}

/** A completed subscription checkout: the subscription is active as of then (its own events add the period). */
export function applySubscriptionCheckout(tx: Prisma.TransactionClient, catalog: PriceCatalog, event: BillingEventOf<"checkoutCompleted">) {
  if (!event.subscriptionId || !event.priceId) {
    return Promise.resolve<EffectResult>({ outcome: "unmatched", reason: "a subscription checkout without its subscription or price" });
  }
  return applySubscriptionSnapshot(
    tx,
    catalog,
    {
      subscriptionId: event.subscriptionId,
      customerId: event.customerId,
      workspaceId: event.workspaceId,
      priceId: event.priceId,
      status: "ACTIVE",
      cancelAtPeriodEnd: false,
    },
    event.occurredAt,
  );
}

/** A failed renewal: shown on the billing page until a later payment succeeds (the status comes from the subscription's own events). */
export async function applyInvoicePaymentFailed(tx: Prisma.TransactionClient, event: BillingEventOf<"invoicePaymentFailed">): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(tx, event.customerId, undefined);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${event.customerId}` };
  if (!event.subscriptionId) return { outcome: "ignored", workspaceId };
  const { count } = await tx.billingSubscription.updateMany({
    where: {
      providerSubscriptionId: event.subscriptionId,
      workspaceId,
      OR: [{ lastPaymentFailedAt: null }, { lastPaymentFailedAt: { lt: event.occurredAt } }],
    },
    data: { lastPaymentFailedAt: event.occurredAt },
  });
  return { outcome: count === 1 ? "applied" : "stale", workspaceId };
}
