import type { BillingInterval, PlanId } from "./plans";

/**
 * What a payment provider's webhook told us, in our own terms: the provider's
 * parser (src/payment/stripe/stripeEvents.ts) turns each event it handles into
 * one of these, and src/payment/webhook/ applies them whatever the provider.
 * Times are the provider's own (when the event happened), never our arrival.
 */

export type SubscriptionStatus =
  | "INCOMPLETE"
  | "INCOMPLETE_EXPIRED"
  | "TRIALING"
  | "ACTIVE"
  | "PAST_DUE"
  | "CANCELED"
  | "UNPAID"
  | "PAUSED";

export interface EventOrigin {
  eventId: string;
  eventType: string;
  occurredAt: Date;
}

export interface SubscriptionSnapshot {
  subscriptionId: string;
  customerId: string;
  /** From the subscription's metadata, set at checkout. */
  workspaceId?: string;
  priceId: string;
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodStart?: Date;
  currentPeriodEnd?: Date;
  canceledAt?: Date;
}

export type BillingEvent = EventOrigin &
  (
    | {
        kind: "checkoutCompleted";
        checkoutSessionId: string;
        customerId: string;
        workspaceId?: string;
        mode: "subscription" | "payment";
        subscriptionId?: string;
        paymentIntentId?: string;
        priceId?: string;
        amountMinor: number;
        currency: string;
      }
    | { kind: "subscriptionChanged"; subscription: SubscriptionSnapshot }
    | {
        kind: "invoicePaid";
        invoiceId: string;
        customerId: string;
        subscriptionId?: string;
        priceId?: string;
        amountMinor: number;
        currency: string;
        paidPeriodStart?: Date;
        paidPeriodEnd?: Date;
      }
    | { kind: "invoicePaymentFailed"; invoiceId: string; customerId: string; subscriptionId?: string; amountDueMinor: number; currency: string }
    | {
        kind: "chargeRefunded";
        chargeId: string;
        customerId?: string;
        paymentIntentId?: string;
        invoiceId?: string;
        amountMinor: number;
        /** Refunded so far in total (the provider's running figure, not this refund alone). */
        amountRefundedMinor: number;
        currency: string;
      }
    | { kind: "ignored" }
  );

export type BillingEventOf<K extends BillingEvent["kind"]> = Extract<BillingEvent, { kind: K }>;

/** A plan a subscription's price stands for. */
export interface PlanPrice {
  plan: Exclude<PlanId, "FREE">;
  interval: BillingInterval;
}
