import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { billingStateOf, eventsFor, linkBillingCustomer, PRICES, postStripeEvent } from "./support/stripeWebhooks";
import { workspaceIdOf } from "./support/workspaces";
import { stripeEvent, subscriptionObject } from "../stand-ins/stripe/stripeEvents";
import type { BillingOverview } from "../../src/payment/operations";

/** POST /payments-webhook against the built server: signatures, every handled type, exactly once, in any order. */

const DAY = 24 * 60 * 60;
const now = () => Math.floor(Date.now() / 1000);
const paymentEventCount = async () => Number((await queryRows<{ n: string }>(`SELECT count(*) AS n FROM "PaymentEvent"`))[0].n);

async function customerWorkspace(label: string) {
  const user = await signUpVerifiedUser(label);
  const workspaceId = await workspaceIdOf(user.email);
  const customer = `cus_${randomUUID().replaceAll("-", "").slice(0, 14)}`;
  await linkBillingCustomer(workspaceId, customer);
  return { user, workspaceId, customer, events: eventsFor(customer, workspaceId) };
}

const overviewOf = async (sessionId: string) => (await callOperation<BillingOverview>("get-billing-overview", undefined, sessionId)).body;

describe("the payments webhook's signature check", () => {
  let setup: Awaited<ReturnType<typeof customerWorkspace>>;
  beforeAll(async () => {
    setup = await customerWorkspace("webhook-signatures");
  });

  it("applies a genuine event and answers 200 with what it did", async () => {
    const event = setup.events.subscription(`sub_${randomUUID()}`, "customer.subscription.created", now());
    expect(await postStripeEvent(event)).toEqual({ status: 200, body: { received: true, outcome: "applied" } });
    expect((await overviewOf(setup.user.sessionId)).plan.id).toBe("PRO");
  });

  it.each([
    ["signed with another secret", { secret: "whsec_someoneelse0000000000000000" }],
    ["signed ten minutes ago (past the 5-minute tolerance)", { timestamp: now() - 600 }],
    ["without a signature header", { signature: null }],
    ["with a garbled signature header", { signature: "t=1,v1=deadbeef" }],
  ])("refuses an event %s with 400, writing nothing", async (_label, options) => {
    const before = await paymentEventCount();
    const credits = (await billingStateOf(setup.workspaceId)).credits;
    const event = setup.events.packCheckout(`cs_${randomUUID()}`, `pi_${randomUUID()}`, now());
    const answer = await postStripeEvent(event, options);
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/signature/i);
    expect(await paymentEventCount()).toBe(before);
    expect((await billingStateOf(setup.workspaceId)).credits).toBe(credits);
  });

  it("refuses a body changed after signing (re-serialised JSON is not the bytes Stripe signed)", async () => {
    const event = setup.events.packCheckout(`cs_${randomUUID()}`, `pi_${randomUUID()}`, now());
    const signedFor = JSON.stringify(event, null, 2);
    const { status } = await postStripeEvent(event, {
      rawBody: JSON.stringify(event),
      signature: (await import("stripe")).default.webhooks.generateTestHeaderString({ payload: signedFor, secret: process.env.HF_TEST_STRIPE_WEBHOOK_SECRET! }),
    });
    expect(status).toBe(400);
  });

  it("refuses a signed event of a handled type in a shape this API version does not send, writing nothing", async () => {
    const before = await paymentEventCount();
    const object = subscriptionObject({ id: "sub_shape", customer: setup.customer, status: "active", priceId: PRICES.proMonthly, periodStart: now(), periodEnd: now() + DAY });
    const { items: _items, ...withoutItems } = object;
    const answer = await postStripeEvent(stripeEvent("customer.subscription.updated", { ...withoutItems, current_period_end: now() + DAY }));
    expect(answer.status).toBe(400);
    expect(answer.body.message).toContain("items");
    expect(await paymentEventCount()).toBe(before);
  });

  it("answers 200 to a genuine event of a type it does not handle, and records it as ignored", async () => {
    const event = stripeEvent("customer.created", { id: setup.customer, object: "customer" });
    expect(await postStripeEvent(event)).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await queryRows(`SELECT outcome FROM "PaymentEvent" WHERE id = $1`, [event.id])).toEqual([{ outcome: "ignored" }]);
  });
});

describe("each handled event type, in API version 2026-10-28.endive shapes", () => {
  it("checkout.session.completed (subscription) and customer.subscription.created put the workspace on the plan", async () => {
    const { user, workspaceId, events } = await customerWorkspace("webhook-checkout");
    const subscriptionId = `sub_${randomUUID()}`;
    const at = now();
    expect((await postStripeEvent(events.subscriptionCheckout(`cs_${randomUUID()}`, subscriptionId, at, PRICES.teamMonthly))).body.outcome).toBe("applied");
    expect((await overviewOf(user.sessionId)).plan.id).toBe("TEAM");
    // The subscription's own event a second later adds its period.
    await postStripeEvent(events.subscription(subscriptionId, "customer.subscription.created", at + 1, { priceId: PRICES.teamMonthly }));
    const overview = await overviewOf(user.sessionId);
    expect(overview.subscription).toMatchObject({ plan: "TEAM", interval: "MONTH", status: "ACTIVE", cancelAtPeriodEnd: false });
    expect(new Date(overview.subscription!.currentPeriodEnd!).getTime()).toBe((at + 1 + 30 * DAY) * 1000);
    expect((await billingStateOf(workspaceId)).ledger.filter((row) => row.kind === "PAYMENT")).toEqual([]);
  });

  it("invoice.paid records the payment and grants the period's credits once, however often the renewal is told", async () => {
    const { workspaceId, events } = await customerWorkspace("webhook-invoice");
    const subscriptionId = `sub_${randomUUID()}`;
    const start = now() - DAY;
    await postStripeEvent(events.subscription(subscriptionId, "customer.subscription.created", start));
    const before = (await billingStateOf(workspaceId)).credits;
    expect((await postStripeEvent(events.invoicePaid("in_first", subscriptionId, start + 10, { periodStart: start }))).body.outcome).toBe("applied");
    // Stripe retrying the renewal as a new event of the same invoice, and a second invoice for the same period.
    await postStripeEvent(events.invoicePaid("in_first", subscriptionId, start + 20, { periodStart: start }));
    await postStripeEvent(events.invoicePaid("in_again", subscriptionId, start + 30, { periodStart: start, amount: 0 }));
    const state = await billingStateOf(workspaceId);
    expect(state.credits).toBe(before + 50);
    expect(state.ledger.filter((row) => row.kind === "PAYMENT")).toEqual([{ kind: "PAYMENT", amountMinor: 4_900, creditsDelta: 0, dedupeKey: "payment:invoice:in_first" }]);
    expect(state.ledger.filter((row) => row.kind === "PLAN_CREDITS")).toHaveLength(1);
    const [entry] = await queryRows<{ creditsBalanceAfter: number; paymentEventId: string }>(
      `SELECT "creditsBalanceAfter", "paymentEventId" FROM "BillingLedgerEntry" WHERE "workspaceId" = $1 AND kind = 'PLAN_CREDITS'`,
      [workspaceId],
    );
    expect(entry.creditsBalanceAfter).toBe(before + 50);
    expect(entry.paymentEventId).toMatch(/^evt_/);
  });

  it("invoice.payment_failed marks the subscription until a later payment succeeds", async () => {
    const { user, events } = await customerWorkspace("webhook-failed");
    const subscriptionId = `sub_${randomUUID()}`;
    const start = now() - 2 * DAY;
    await postStripeEvent(events.subscription(subscriptionId, "customer.subscription.created", start));
    expect((await postStripeEvent(events.invoiceFailed("in_failed", subscriptionId, start + 100))).body.outcome).toBe("applied");
    expect((await overviewOf(user.sessionId)).subscription?.lastPaymentFailedAt).not.toBeNull();
    await postStripeEvent(events.invoicePaid("in_failed", subscriptionId, start + 200, { periodStart: start }));
    expect((await overviewOf(user.sessionId)).subscription?.lastPaymentFailedAt).toBeNull();
  });

  it("customer.subscription.updated and .deleted: cancelling at the period's end, then ended, back to Free", async () => {
    const { user, events } = await customerWorkspace("webhook-cancel");
    const subscriptionId = `sub_${randomUUID()}`;
    const start = now() - 3 * DAY;
    await postStripeEvent(events.subscription(subscriptionId, "customer.subscription.created", start));
    await postStripeEvent(events.subscription(subscriptionId, "customer.subscription.updated", start + 60, { periodStart: start, cancelAtPeriodEnd: true }));
    let overview = await overviewOf(user.sessionId);
    expect(overview.plan.id).toBe("PRO");
    expect(overview.subscription?.cancelAtPeriodEnd).toBe(true);
    await postStripeEvent(events.subscription(subscriptionId, "customer.subscription.deleted", start + 120, { periodStart: start, status: "canceled", canceledAt: start + 120 }));
    overview = await overviewOf(user.sessionId);
    expect(overview.plan.id).toBe("FREE");
    expect(overview.subscription?.status).toBe("CANCELED");
  });

  it("checkout.session.completed (a credit pack) and charge.refunded: credits in, and out again in proportion", async () => {
    const { workspaceId, events } = await customerWorkspace("webhook-pack");
    const before = (await billingStateOf(workspaceId)).credits;
    const paymentIntent = `pi_${randomUUID()}`;
    await postStripeEvent(events.packCheckout(`cs_${randomUUID()}`, paymentIntent, now()));
    expect((await billingStateOf(workspaceId)).credits).toBe(before + 25);
    const charge = `ch_${randomUUID()}`;
    // A late notice of the first partial refund arrives after the full one: it adds nothing.
    expect((await postStripeEvent(events.refund(charge, paymentIntent, 1_900, 1_900, now() + 5))).body.outcome).toBe("applied");
    expect((await postStripeEvent(events.refund(charge, paymentIntent, 1_900, 950, now() + 2))).body.outcome).toBe("stale");
    const state = await billingStateOf(workspaceId);
    expect(state.credits).toBe(before);
    expect(state.ledger.filter((row) => row.kind === "REFUND").map((row) => row.amountMinor)).toEqual([-1_900]);
    expect(state.ledger.filter((row) => row.kind === "CREDITS_REVOKED").map((row) => row.creditsDelta)).toEqual([-25]);
  });

  it("records an event about a customer no workspace has as unmatched, and changes nothing", async () => {
    const stranger = eventsFor(`cus_stranger_${randomUUID()}`, randomUUID());
    const event = stranger.invoicePaid(`in_${randomUUID()}`, "sub_stranger", now());
    expect((await postStripeEvent(event)).body.outcome).toBe("unmatched");
    expect(await queryRows(`SELECT 1 FROM "BillingLedgerEntry" WHERE "paymentEventId" = $1`, [event.id])).toEqual([]);
  });
});

describe("exactly once and order-proof", () => {
  it("changes nothing on a redelivered event", async () => {
    const { workspaceId, events } = await customerWorkspace("webhook-replay");
    const event = events.packCheckout(`cs_${randomUUID()}`, `pi_${randomUUID()}`, now());
    expect((await postStripeEvent(event)).body.outcome).toBe("applied");
    const after = await billingStateOf(workspaceId);
    expect((await postStripeEvent(event)).body).toEqual({ received: true, outcome: "duplicate" });
    expect(await billingStateOf(workspaceId)).toEqual(after);
  });

  it("applies one of ten deliveries of one event arriving at the same moment (open-saas #688)", async () => {
    const { workspaceId, events } = await customerWorkspace("webhook-concurrent");
    const before = (await billingStateOf(workspaceId)).credits;
    const event = events.packCheckout(`cs_${randomUUID()}`, `pi_${randomUUID()}`, now());
    const answers = await Promise.all(Array.from({ length: 10 }, () => postStripeEvent(event)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((answer) => answer.body.outcome === "applied")).toHaveLength(1);
    expect(answers.filter((answer) => answer.body.outcome === "duplicate")).toHaveLength(9);
    const state = await billingStateOf(workspaceId);
    expect(state.credits).toBe(before + 25);
    expect(state.ledger.filter((row) => row.kind === "CREDIT_PACK")).toHaveLength(1);
  });

  it("never resurrects a cancelled subscription, whatever arrives after the cancellation", async () => {
    const { user, events } = await customerWorkspace("webhook-resurrect");
    const subscriptionId = `sub_${randomUUID()}`;
    const start = now() - 5 * DAY;
    await postStripeEvent(events.subscription(subscriptionId, "customer.subscription.deleted", start + 500, { status: "canceled", periodStart: start, canceledAt: start + 500 }));
    // Older news, and a checkout and renewal notice that say "active", arriving late.
    await postStripeEvent(events.subscription(subscriptionId, "customer.subscription.created", start, { periodStart: start }));
    await postStripeEvent(events.subscriptionCheckout(`cs_${randomUUID()}`, subscriptionId, start + 1));
    await postStripeEvent(events.subscription(subscriptionId, "customer.subscription.updated", start + 900, { periodStart: start + 30 * DAY }));
    const overview = await overviewOf(user.sessionId);
    expect(overview.plan.id).toBe("FREE");
    expect(overview.subscription?.status).toBe("CANCELED");
  });
});
