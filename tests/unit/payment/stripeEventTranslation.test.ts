import { describe, expect, it } from "vitest";
import { translateStripeEvent, UnreadableStripeEvent } from "../../../src/payment/stripe/stripeEventTranslation";
import { chargeObject, checkoutSessionObject, invoiceObject, stripeEvent, subscriptionObject } from "../../stand-ins/stripe/stripeEvents";

/** Stripe's events (API version 2026-10-28.endive, built like the stand-in sends them) in Hyperformant's terms. */
const at = 1_790_000_000;
const date = (seconds: number) => new Date(seconds * 1000);

describe("translating Stripe events", () => {
  it("reads a subscription's price and period from its item, and a deletion as cancelled", () => {
    const object = subscriptionObject({ id: "sub_1", customer: "cus_1", status: "active", priceId: "price_pro_monthly", periodStart: at, periodEnd: at + 100, metadata: { workspaceId: "w1" } });
    expect(translateStripeEvent(stripeEvent("customer.subscription.updated", object, { id: "evt_1", created: at + 5 }))).toEqual({
      eventId: "evt_1",
      eventType: "customer.subscription.updated",
      occurredAt: date(at + 5),
      kind: "subscriptionChanged",
      subscription: {
        subscriptionId: "sub_1",
        customerId: "cus_1",
        workspaceId: "w1",
        priceId: "price_pro_monthly",
        status: "ACTIVE",
        cancelAtPeriodEnd: false,
        currentPeriodStart: date(at),
        currentPeriodEnd: date(at + 100),
        canceledAt: undefined,
      },
    });
    const deleted = translateStripeEvent(stripeEvent("customer.subscription.deleted", { ...object, status: "past_due" }));
    expect(deleted.kind === "subscriptionChanged" && deleted.subscription.status).toBe("CANCELED");
  });

  it("reads an invoice's price, subscription and paid period where this API version puts them", () => {
    const object = invoiceObject({ id: "in_1", customer: "cus_1", subscription: "sub_1", priceId: "price_pro_yearly", amountPaid: 49_000, currency: "usd", periodStart: at, periodEnd: at + 999, status: "paid", billingReason: "subscription_cycle" });
    expect(translateStripeEvent(stripeEvent("invoice.paid", object, { id: "evt_2", created: at }))).toMatchObject({
      kind: "invoicePaid",
      invoiceId: "in_1",
      subscriptionId: "sub_1",
      priceId: "price_pro_yearly",
      amountMinor: 49_000,
      paidPeriodStart: date(at),
      paidPeriodEnd: date(at + 999),
    });
    const { parent: _parent, ...withoutParent } = object;
    // Without the parent, the line's own subscription_item_details still name it.
    expect(translateStripeEvent(stripeEvent("invoice.payment_failed", withoutParent))).toMatchObject({ kind: "invoicePaymentFailed", subscriptionId: "sub_1", amountDueMinor: 49_000 });
  });

  it("reads a checkout's workspace and price from its metadata, and a charge's running refund total", () => {
    const session = checkoutSessionObject({ id: "cs_1", customer: "cus_1", mode: "payment", paymentIntent: "pi_1", amountTotal: 1_900, currency: "usd", clientReferenceId: "w1", metadata: { workspaceId: "w1", priceId: "price_credits_25" } });
    expect(translateStripeEvent(stripeEvent("checkout.session.completed", session))).toMatchObject({ kind: "checkoutCompleted", mode: "payment", workspaceId: "w1", priceId: "price_credits_25", paymentIntentId: "pi_1", amountMinor: 1_900 });
    const charge = chargeObject({ id: "ch_1", customer: "cus_1", paymentIntent: "pi_1", amount: 1_900, amountRefunded: 500, currency: "usd" });
    expect(translateStripeEvent(stripeEvent("charge.refunded", charge))).toMatchObject({ kind: "chargeRefunded", chargeId: "ch_1", paymentIntentId: "pi_1", amountRefundedMinor: 500 });
  });

  it("passes over types it does not handle, and refuses a handled type in another shape", () => {
    expect(translateStripeEvent(stripeEvent("customer.created", { id: "cus_1" })).kind).toBe("ignored");
    const legacy = { id: "sub_1", customer: "cus_1", status: "active", cancel_at_period_end: false, current_period_end: at, plan: { id: "price_pro_monthly" } };
    expect(() => translateStripeEvent(stripeEvent("customer.subscription.updated", legacy))).toThrow(UnreadableStripeEvent);
  });
});
