import type { Sql } from "../../server/db/sql";
import { utcTimestamp } from "../../server/db/sql";
import type { BillingEventOf, SubscriptionSnapshot, SubscriptionStatus } from "../billingEvents";
import type { PriceCatalog } from "../priceCatalog";
import { isNewerThan } from "../subscriptionOrder";
import { lockWorkspaceOfCustomer } from "./billingCustomer";
import type { EffectResult } from "./effectResult";

type StoredSubscription = { status: SubscriptionStatus; asOfMs: string; periodStartMs: string | null; periodEndMs: string | null; cancelAtPeriodEnd: boolean };
const dateOf = (epochMs: string | null) => (epochMs === null ? undefined : new Date(Number(epochMs)));
const timestampOf = (date: Date | undefined) => (date ? utcTimestamp(date) : null);

/**
 * A subscription's news, stored only when it is newer than what is known
 * (src/payment/subscriptionOrder.ts): late, shuffled and repeated events
 * leave the subscription as the newest of them says.
 */
export async function applySubscriptionSnapshot(sql: Sql, catalog: PriceCatalog, snapshot: SubscriptionSnapshot, asOf: Date): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(sql, snapshot.customerId, snapshot.workspaceId);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${snapshot.customerId}` };
  const product = catalog.productOf(snapshot.priceId);
  if (product?.kind !== "plan") return { outcome: "unmatched", workspaceId, reason: `price ${snapshot.priceId} is not one of our plans` };

  const [stored] = await sql<StoredSubscription>(
    `SELECT status::text AS status, (extract(epoch FROM "stateAsOf") * 1000)::bigint::text AS "asOfMs",
            (extract(epoch FROM "currentPeriodStart") * 1000)::bigint::text AS "periodStartMs",
            (extract(epoch FROM "currentPeriodEnd") * 1000)::bigint::text AS "periodEndMs", "cancelAtPeriodEnd"
       FROM "BillingSubscription" WHERE "providerSubscriptionId" = $1`,
    [snapshot.subscriptionId],
  );
  const incoming = { status: snapshot.status, asOf, currentPeriodEnd: snapshot.currentPeriodEnd, cancelAtPeriodEnd: snapshot.cancelAtPeriodEnd };
  const storedFacts = stored && { status: stored.status, asOf: new Date(Number(stored.asOfMs)), currentPeriodEnd: dateOf(stored.periodEndMs), cancelAtPeriodEnd: stored.cancelAtPeriodEnd };
  if (!isNewerThan(incoming, storedFacts)) return { outcome: "stale", workspaceId };

  const canceledAt = snapshot.canceledAt ?? (snapshot.status === "CANCELED" ? asOf : undefined);
  // News without a period (a checkout's) keeps the period already known.
  const periodStart = snapshot.currentPeriodStart ?? dateOf(stored?.periodStartMs ?? null);
  const periodEnd = snapshot.currentPeriodEnd ?? dateOf(stored?.periodEndMs ?? null);
  await sql(
    `INSERT INTO "BillingSubscription" (id, "workspaceId", "providerSubscriptionId", "providerCustomerId", plan, interval, "priceId", status,
                                        "cancelAtPeriodEnd", "currentPeriodStart", "currentPeriodEnd", "canceledAt", "stateAsOf", "updatedAt")
     VALUES (gen_random_uuid()::text, $1, $2, $3, $4::"PlanId", $5::"BillingInterval", $6, $7::"BillingSubscriptionStatus",
             $8, $9::timestamp, $10::timestamp, $11::timestamp, $12::timestamp, now())
     ON CONFLICT ("providerSubscriptionId") DO UPDATE SET
       "workspaceId" = EXCLUDED."workspaceId", "providerCustomerId" = EXCLUDED."providerCustomerId", plan = EXCLUDED.plan,
       interval = EXCLUDED.interval, "priceId" = EXCLUDED."priceId", status = EXCLUDED.status, "cancelAtPeriodEnd" = EXCLUDED."cancelAtPeriodEnd",
       "currentPeriodStart" = EXCLUDED."currentPeriodStart", "currentPeriodEnd" = EXCLUDED."currentPeriodEnd", "canceledAt" = EXCLUDED."canceledAt",
       "stateAsOf" = EXCLUDED."stateAsOf", "updatedAt" = now()`,
    [
      workspaceId,
      snapshot.subscriptionId,
      snapshot.customerId,
      product.plan,
      product.interval,
      snapshot.priceId,
      snapshot.status,
      snapshot.cancelAtPeriodEnd,
      timestampOf(periodStart),
      timestampOf(periodEnd),
      timestampOf(canceledAt),
      utcTimestamp(asOf),
    ],
  );
  return { outcome: "applied", workspaceId };
}

export function applySubscriptionChanged(sql: Sql, catalog: PriceCatalog, event: BillingEventOf<"subscriptionChanged">) {
  return applySubscriptionSnapshot(sql, catalog, event.subscription, event.occurredAt);
}

/** A completed subscription checkout: the subscription is active as of then (its own events add the period). */
export function applySubscriptionCheckout(sql: Sql, catalog: PriceCatalog, event: BillingEventOf<"checkoutCompleted">) {
  if (!event.subscriptionId || !event.priceId) {
    return Promise.resolve<EffectResult>({ outcome: "unmatched", reason: "a subscription checkout without its subscription or price" });
  }
  return applySubscriptionSnapshot(
    sql,
    catalog,
    { subscriptionId: event.subscriptionId, customerId: event.customerId, workspaceId: event.workspaceId, priceId: event.priceId, status: "ACTIVE", cancelAtPeriodEnd: false },
    event.occurredAt,
  );
}

/** A failed renewal: shown on the billing page until an invoice paid after it (the status comes from the subscription's own events). */
export async function applyInvoicePaymentFailed(sql: Sql, event: BillingEventOf<"invoicePaymentFailed">): Promise<EffectResult> {
  const workspaceId = await lockWorkspaceOfCustomer(sql, event.customerId, undefined);
  if (!workspaceId) return { outcome: "unmatched", reason: `no workspace has customer ${event.customerId}` };
  if (!event.subscriptionId) return { outcome: "ignored", workspaceId };
  const updated = await sql(
    `UPDATE "BillingSubscription" SET "lastPaymentFailedAt" = $3::timestamp, "updatedAt" = now()
      WHERE "providerSubscriptionId" = $1 AND "workspaceId" = $2 AND ("lastPaymentFailedAt" IS NULL OR "lastPaymentFailedAt" < $3::timestamp)
      RETURNING id`,
    [event.subscriptionId, workspaceId, utcTimestamp(event.occurredAt)],
  );
  return { outcome: updated.length === 1 ? "applied" : "stale", workspaceId };
}
