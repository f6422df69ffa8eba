import { z } from "zod";
import type { BillingEvent, EventOrigin, SubscriptionStatus } from "../billingEvents";
import { UnreadableWebhookEvent } from "../paymentProvider";

/**
 * Stripe's webhook events (API version 2026-10-28.endive) in our terms. Only
 * the fields we use are read, each checked with zod: an event of a handled
 * type whose shape is not what this API version sends is refused (an error
 * the endpoint answers 400 to), not half-applied.
 */

export const HANDLED_STRIPE_EVENT_TYPES = [
  "checkout.session.completed",
  "invoice.paid",
  "invoice.payment_failed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "charge.refunded",
] as const;

export class UnreadableStripeEvent extends UnreadableWebhookEvent {}

export interface StripeEventEnvelope {
  id: string;
  type: string;
  created: number;
  data: { object: unknown };
}

const id = z.string().min(1);
/** An id, or the expanded object carrying it. */
const idOrObject = z.union([id, z.object({ id })]).transform((value) => (typeof value === "string" ? value : value.id));
const unixSeconds = z.number().int().nonnegative().transform((seconds) => new Date(seconds * 1000));
const metadata = z.record(z.string(), z.string()).nullish().transform((value) => value ?? {});

const checkoutSession = z.object({
  id,
  customer: idOrObject,
  mode: z.enum(["subscription", "payment", "setup"]),
  subscription: idOrObject.nullish(),
  payment_intent: idOrObject.nullish(),
  amount_total: z.number().int().nullish(),
  currency: z.string().nullish(),
  client_reference_id: z.string().nullish(),
  metadata,
});

const subscription = z.object({
  id,
  customer: idOrObject,
  status: z.enum(["incomplete", "incomplete_expired", "trialing", "active", "past_due", "canceled", "unpaid", "paused"]),
  cancel_at_period_end: z.boolean(),
  canceled_at: unixSeconds.nullish(),
  metadata,
  items: z.object({
    data: z
      .array(z.object({ price: z.object({ id }), current_period_start: unixSeconds, current_period_end: unixSeconds }))
      .min(1, "a subscription has at least one item"),
  }),
});

const invoiceLine = z.object({
  period: z.object({ start: unixSeconds, end: unixSeconds }),
  pricing: z.object({ price_details: z.object({ price: idOrObject }).nullish() }).nullish(),
  parent: z.object({ subscription_item_details: z.object({ subscription: idOrObject.nullish() }).nullish() }).nullish(),
});

const invoice = z.object({
  id,
  customer: idOrObject,
  amount_paid: z.number().int(),
  amount_due: z.number().int(),
  currency: z.string(),
  parent: z.object({ subscription_details: z.object({ subscription: idOrObject.nullish() }).nullish() }).nullish(),
  lines: z.object({ data: z.array(invoiceLine) }),
});

const charge = z.object({
  id,
  customer: idOrObject.nullish(),
  payment_intent: idOrObject.nullish(),
  amount: z.number().int(),
  amount_refunded: z.number().int(),
  currency: z.string(),
});

function parsed<S extends z.ZodType>(schema: S, object: unknown, type: string): z.infer<S> {
  const result = schema.safeParse(object);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(object)"}: ${issue.message}`).join("; ");
    throw new UnreadableStripeEvent(`${type} is not in the expected shape: ${problems}`);
  }
  return result.data;
}

const upper = (status: z.infer<typeof subscription>["status"]) => status.toUpperCase() as SubscriptionStatus;

function subscriptionOfInvoice(parsedInvoice: z.infer<typeof invoice>): string | undefined {
  return (
    parsedInvoice.parent?.subscription_details?.subscription ??
    parsedInvoice.lines.data[0]?.parent?.subscription_item_details?.subscription ??
    undefined
  );
}

export function translateStripeEvent(event: StripeEventEnvelope): BillingEvent {
  const origin: EventOrigin = { eventId: event.id, eventType: event.type, occurredAt: new Date(event.created * 1000) };
  const object = event.data.object;
  switch (event.type) {
    case "checkout.session.completed": {
      const session = parsed(checkoutSession, object, event.type);
      if (session.mode === "setup") return { ...origin, kind: "ignored" };
      return {
        ...origin,
        kind: "checkoutCompleted",
        checkoutSessionId: session.id,
        customerId: session.customer,
        workspaceId: session.metadata.workspaceId ?? session.client_reference_id ?? undefined,
        mode: session.mode,
        subscriptionId: session.subscription ?? undefined,
        paymentIntentId: session.payment_intent ?? undefined,
        priceId: session.metadata.priceId,
        amountMinor: session.amount_total ?? 0,
        currency: session.currency ?? "usd",
      };
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted": {
      const parsedSubscription = parsed(subscription, object, event.type);
      const [item] = parsedSubscription.items.data;
      return {
        ...origin,
        kind: "subscriptionChanged",
        subscription: {
          subscriptionId: parsedSubscription.id,
          customerId: parsedSubscription.customer,
          workspaceId: parsedSubscription.metadata.workspaceId,
          priceId: item.price.id,
          // A deleted subscription is over, whatever else its object says.
          status: event.type === "customer.subscription.deleted" ? "CANCELED" : upper(parsedSubscription.status),
          cancelAtPeriodEnd: parsedSubscription.cancel_at_period_end,
          currentPeriodStart: item.current_period_start,
          currentPeriodEnd: item.current_period_end,
          canceledAt: parsedSubscription.canceled_at ?? undefined,
        },
      };
    }
    case "invoice.paid": {
      const parsedInvoice = parsed(invoice, object, event.type);
      const [line] = parsedInvoice.lines.data;
      return {
        ...origin,
        kind: "invoicePaid",
        invoiceId: parsedInvoice.id,
        customerId: parsedInvoice.customer,
        subscriptionId: subscriptionOfInvoice(parsedInvoice),
        priceId: line?.pricing?.price_details?.price ?? undefined,
        amountMinor: parsedInvoice.amount_paid,
        currency: parsedInvoice.currency,
        paidPeriodStart: line?.period.start,
        paidPeriodEnd: line?.period.end,
      };
    }
    case "invoice.payment_failed": {
      const parsedInvoice = parsed(invoice, object, event.type);
      return {
        ...origin,
        kind: "invoicePaymentFailed",
        invoiceId: parsedInvoice.id,
        customerId: parsedInvoice.customer,
        subscriptionId: subscriptionOfInvoice(parsedInvoice),
        amountDueMinor: parsedInvoice.amount_due,
        currency: parsedInvoice.currency,
      };
    }
    case "charge.refunded": {
      const parsedCharge = parsed(charge, object, event.type);
      return {
        ...origin,
        kind: "chargeRefunded",
        chargeId: parsedCharge.id,
        customerId: parsedCharge.customer ?? undefined,
        paymentIntentId: parsedCharge.payment_intent ?? undefined,
        amountMinor: parsedCharge.amount,
        amountRefundedMinor: parsedCharge.amount_refunded,
        currency: parsedCharge.currency,
      };
    }
    default:
      return { ...origin, kind: "ignored" };
  }
}
