import { createHash, randomBytes } from "node:crypto";
import type Stripe from "stripe";

/**
 * Pure builders of Stripe objects and webhook events in the shapes of API
 * version 2026-10-28.endive (the `stripe` SDK 23.1.0 default), shared by the
 * stand-in and the app's tests. Only the fields Hyperformant's billing reads,
 * plus a few that make the objects recognisable; timestamps are unix seconds.
 * The shapes that moved in 2025-03-31.basil, and that these builders keep:
 *   - a subscription's period is on its item: items.data[0].current_period_start/end
 *     (there is no top-level current_period_end);
 *   - an invoice's price is lines.data[0].pricing.price_details.price and its
 *     subscription parent.subscription_details.subscription (no top-level
 *     invoice.subscription, no line.price or line.plan);
 *   - a charge has no `invoice` field.
 * An id given is used as is; an id left out is random (evt_ + 24 alphanumerics);
 * the ids of nested objects (si_, il_, prod_) are derived from their parent's,
 * so the same input always builds the same object.
 */
export const API_VERSION = "2026-10-28.endive";

export type Interval = "month" | "year";
export interface CataloguePrice {
  unitAmount: number;
  currency: string;
  /** Absent for a one-off price. */
  interval?: Interval;
}

/** The stand-in's default price catalogue (Hyperformant's plans and credit packs). */
export const DEFAULT_PRICES: Record<string, CataloguePrice> = {
  price_pro_monthly: { unitAmount: 4900, currency: "usd", interval: "month" },
  price_pro_yearly: { unitAmount: 49000, currency: "usd", interval: "year" },
  price_team_monthly: { unitAmount: 14900, currency: "usd", interval: "month" },
  price_team_yearly: { unitAmount: 149000, currency: "usd", interval: "year" },
  price_credits_25: { unitAmount: 1900, currency: "usd" },
  price_credits_100: { unitAmount: 5900, currency: "usd" },
};

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** prefix + `length` random alphanumerics, e.g. randomId("evt_") -> "evt_1PqR…". */
export function randomId(prefix: string, length = 24): string {
  return prefix + [...randomBytes(length)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join("");
}

/** prefix + 14 alphanumerics derived from seed: the same seed always gives the same id. */
export function derivedId(prefix: string, seed: string): string {
  return prefix + [...createHash("sha256").update(seed).digest().subarray(0, 14)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join("");
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The end of one billing interval starting at `start` (calendar months/years, in UTC). */
export function addInterval(start: number, interval: Interval): number {
  const date = new Date(start * 1000);
  if (interval === "year") date.setUTCFullYear(date.getUTCFullYear() + 1);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return Math.floor(date.getTime() / 1000);
}

export type StripeEventType =
  | "checkout.session.completed" | "customer.subscription.created" | "customer.subscription.updated" | "customer.subscription.deleted"
  | "invoice.paid" | "invoice.payment_failed" | "charge.succeeded" | "charge.refunded" | (string & {});

export interface StripeEvent<T = unknown> {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: StripeEventType;
  data: { object: T; previous_attributes?: Record<string, unknown> };
}

/** An event wrapping `object`; previousAttributes becomes data.previous_attributes (as on *.updated events). */
export function stripeEvent<T>(type: StripeEventType, object: T, { id, created, previousAttributes }: { id?: string; created?: number; previousAttributes?: Record<string, unknown> } = {}): StripeEvent<T> {
  return {
    id: id ?? randomId("evt_"), object: "event", api_version: API_VERSION, created: created ?? nowSeconds(), livemode: false, pending_webhooks: 1,
    request: { id: null, idempotency_key: null }, type, data: previousAttributes ? { object, previous_attributes: previousAttributes } : { object },
  };
}

export interface SubscriptionInput {
  id: string;
  customer: string;
  status: Stripe.Subscription.Status;
  priceId: string;
  periodStart: number;
  periodEnd: number;
  cancelAtPeriodEnd?: boolean;
  canceledAt?: number | null;
  created?: number;
  metadata?: Record<string, string>;
  /** Default from DEFAULT_PRICES (unknown price: unit_amount null, month, usd). */
  unitAmount?: number | null;
  interval?: Interval;
  currency?: string;
  quantity?: number;
}

export function subscriptionObject(input: SubscriptionInput) {
  const catalogued = DEFAULT_PRICES[input.priceId];
  const currency = input.currency ?? catalogued?.currency ?? "usd";
  const created = input.created ?? input.periodStart;
  const cancelAtPeriodEnd = input.cancelAtPeriodEnd ?? false;
  return {
    id: input.id, object: "subscription" as const, status: input.status, customer: input.customer, currency, metadata: input.metadata ?? {},
    cancel_at_period_end: cancelAtPeriodEnd, cancel_at: cancelAtPeriodEnd ? input.periodEnd : null, canceled_at: input.canceledAt ?? null,
    ended_at: input.status === "canceled" ? (input.canceledAt ?? input.periodEnd) : null, created, start_date: created, livemode: false as const,
    items: {
      object: "list" as const, has_more: false, url: `/v1/subscription_items?subscription=${input.id}`,
      data: [{
        id: derivedId("si_", input.id), object: "subscription_item" as const, created, metadata: {}, quantity: input.quantity ?? 1, subscription: input.id,
        current_period_start: input.periodStart, current_period_end: input.periodEnd,
        price: {
          id: input.priceId, object: "price" as const, active: true, currency, product: derivedId("prod_", input.priceId), type: "recurring" as const,
          recurring: { interval: input.interval ?? catalogued?.interval ?? "month", interval_count: 1, usage_type: "licensed" as const },
          unit_amount: input.unitAmount !== undefined ? input.unitAmount : (catalogued?.unitAmount ?? null),
        },
      }],
    },
  };
}
export type SubscriptionObject = ReturnType<typeof subscriptionObject>;

export interface InvoiceInput {
  id: string;
  customer: string;
  subscription: string;
  priceId: string;
  /** amount_paid as given (0 for an unpaid invoice). */
  amountPaid: number;
  /** amount_due and the line's amount; defaults to amountPaid. */
  amountDue?: number;
  currency: string;
  /** The line's period: the service period this invoice pays for (its end is the paid-through date). */
  periodStart: number;
  periodEnd: number;
  status: "paid" | "open";
  billingReason?: "subscription_create" | "subscription_cycle" | "subscription_update" | "manual";
  created?: number;
  /** invoice.period_start/end; default: the creation moment (both) on subscription_create, else the previous period of the same length. */
  invoicePeriod?: { start: number; end: number };
  subscriptionMetadata?: Record<string, string>;
}

export function invoiceObject(input: InvoiceInput) {
  const billingReason = input.billingReason ?? "subscription_create";
  const amountDue = input.amountDue ?? input.amountPaid;
  const created = input.created ?? input.periodStart;
  const invoicePeriod =
    input.invoicePeriod ??
    (billingReason === "subscription_create" ? { start: input.periodStart, end: input.periodStart } : { start: input.periodStart - (input.periodEnd - input.periodStart), end: input.periodStart });
  return {
    id: input.id, object: "invoice" as const, status: input.status, customer: input.customer, currency: input.currency, billing_reason: billingReason,
    amount_due: amountDue, amount_paid: input.amountPaid, amount_remaining: Math.max(0, amountDue - input.amountPaid), subtotal: amountDue, total: amountDue,
    collection_method: "charge_automatically" as const, created, livemode: false as const, metadata: {},
    period_start: invoicePeriod.start, period_end: invoicePeriod.end, status_transitions: { finalized_at: created, paid_at: input.status === "paid" ? created : null },
    parent: { type: "subscription_details" as const, quote_details: null, subscription_details: { subscription: input.subscription, metadata: input.subscriptionMetadata ?? {} } },
    lines: {
      object: "list" as const, has_more: false, url: `/v1/invoices/${input.id}/lines`,
      data: [{
        id: derivedId("il_", input.id), object: "line_item" as const, amount: amountDue, currency: input.currency, description: `1 × ${input.priceId}`,
        invoice: input.id, livemode: false as const, metadata: {}, quantity: 1, subscription: input.subscription, period: { start: input.periodStart, end: input.periodEnd },
        pricing: { type: "price_details" as const, price_details: { price: input.priceId, product: derivedId("prod_", input.priceId) }, unit_amount_decimal: String(amountDue) },
        parent: {
          type: "subscription_item_details" as const, invoice_item_details: null,
          subscription_item_details: { subscription: input.subscription, subscription_item: derivedId("si_", input.subscription), invoice_item: null, proration: false, proration_details: null },
        },
      }],
    },
  };
}
export type InvoiceObject = ReturnType<typeof invoiceObject>;

export interface CheckoutSessionInput {
  id: string;
  customer: string | null;
  mode: "subscription" | "payment";
  subscription?: string | null;
  paymentIntent?: string | null;
  amountTotal: number;
  currency: string;
  clientReferenceId: string | null;
  metadata: Record<string, string>;
  email?: string | null;
  /** Default "complete" (payment_status paid, url null); "open" is unpaid and keeps `url`. */
  status?: "open" | "complete" | "expired";
  invoice?: string | null;
  url?: string | null;
  successUrl?: string | null;
  cancelUrl?: string | null;
  created?: number;
}

export function checkoutSessionObject(input: CheckoutSessionInput) {
  const status = input.status ?? "complete";
  const created = input.created ?? nowSeconds();
  return {
    id: input.id, object: "checkout.session" as const, mode: input.mode, status, payment_status: status === "complete" ? ("paid" as const) : ("unpaid" as const),
    customer: input.customer, customer_details: status === "complete" ? { email: input.email ?? null } : null, client_reference_id: input.clientReferenceId,
    metadata: input.metadata, amount_subtotal: input.amountTotal, amount_total: input.amountTotal, currency: input.currency,
    subscription: input.subscription ?? null, payment_intent: input.paymentIntent ?? null, invoice: input.invoice ?? null,
    success_url: input.successUrl ?? null, cancel_url: input.cancelUrl ?? null, url: status === "open" ? (input.url ?? null) : null,
    created, expires_at: created + 24 * 60 * 60, livemode: false as const,
  };
}
export type CheckoutSessionObject = ReturnType<typeof checkoutSessionObject>;

export interface ChargeInput {
  id: string;
  customer: string | null;
  paymentIntent: string;
  amount: number;
  amountRefunded: number;
  currency: string;
  created?: number;
  /** A charge carries its payment intent's metadata (payment_intent_data.metadata at checkout). */
  metadata?: Record<string, string>;
}

export function chargeObject(input: ChargeInput) {
  return {
    id: input.id, object: "charge" as const, amount: input.amount, amount_captured: input.amount, amount_refunded: input.amountRefunded,
    refunded: input.amountRefunded === input.amount, captured: true, paid: true, status: "succeeded" as const, payment_intent: input.paymentIntent,
    customer: input.customer, currency: input.currency, created: input.created ?? nowSeconds(), livemode: false as const, metadata: input.metadata ?? {},
  };
}
export type ChargeObject = ReturnType<typeof chargeObject>;
