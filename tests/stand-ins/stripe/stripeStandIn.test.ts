import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseFormBody } from "./formBody";
import { chargeObject, checkoutSessionObject, derivedId, invoiceObject, stripeEvent, subscriptionObject } from "./stripeEvents";
import { startStripeStandIn, type StripeStandIn } from "./stripeStandIn";

/** The real `stripe` SDK against the stand-in, and a small local server playing the app's webhook endpoint. */
const SECRET = "whsec_stand_in_test_secret";
const DAY = 24 * 60 * 60;
const TIMEOUT = 10_000;

interface Received { raw: string; signature: string }
function startWebhookReceiver() {
  const received: Received[] = [];
  const statuses: number[] = []; // answers to give, in order; 200 once they run out
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ raw: Buffer.concat(chunks).toString("utf8"), signature: String(req.headers["stripe-signature"] ?? "") });
      res.writeHead(req.url === "/payments-webhook" ? (statuses.shift() ?? 200) : 404, { "content-type": "application/json" });
      res.end('{"received":true}');
    });
  });
  return new Promise<{ url: string; received: Received[]; statuses: number[]; close(): Promise<void> }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/payments-webhook`, received, statuses, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

let standIn: StripeStandIn;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  standIn = await startStripeStandIn({ webhookUrl: receiver.url, webhookSecret: SECRET, retryDelayMs: 20 });
});
afterAll(async () => {
  await standIn.close();
  await receiver.close();
});
beforeEach(() => {
  standIn.reset();
  receiver.received.length = 0;
  receiver.statuses.length = 0;
});

const client = (key = "sk_test_stand_in") => new Stripe(key, { host: "127.0.0.1", port: Number(new URL(standIn.url).port), protocol: "http", maxNetworkRetries: 0 });
const verified = () => receiver.received.map(({ raw, signature }) => client().webhooks.constructEvent(raw, signature, SECRET));
const pay = (sessionId: string) => fetch(`${standIn.url}/checkout/${sessionId}/pay`, { method: "POST", redirect: "manual" });

async function failureOf(promise: Promise<unknown>): Promise<InstanceType<typeof Stripe.errors.StripeError>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) return error;
    throw error;
  }
  throw new Error("expected a StripeError");
}

async function subscriptionCheckout(price = "price_pro_monthly", quantity = 1) {
  const stripe = client();
  const customer = await stripe.customers.create({ email: "owner@acme.test", metadata: { userId: "u_1" } });
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: customer.id,
    line_items: [{ price, quantity }],
    success_url: "http://localhost:3000/billing/success?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://localhost:3000/billing",
    client_reference_id: "u_1",
    metadata: { workspaceId: "ws_1", priceId: price },
    subscription_data: { metadata: { workspaceId: "ws_1", planId: "pro" } },
  });
  return { stripe, customer, session };
}

describe("Stripe stand-in API, through the real SDK", () => {
  it("creates a customer with metadata and retrieves it; an unknown customer is a 404 resource_missing", async () => {
    const stripe = client();
    const customer = await stripe.customers.create({ email: "a@acme.test", name: "Ada", metadata: { userId: "u_1", workspaceId: "ws_1" } });
    expect(customer).toMatchObject({ id: expect.stringMatching(/^cus_/), object: "customer", email: "a@acme.test", name: "Ada", metadata: { userId: "u_1", workspaceId: "ws_1" } });
    expect(await stripe.customers.retrieve(customer.id)).toMatchObject({ id: customer.id, email: "a@acme.test" });
    const failure = await failureOf(stripe.customers.retrieve("cus_never_created"));
    expect(failure).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(failure).toMatchObject({ statusCode: 404, code: "resource_missing" });
    expect(standIn.requests[0]).toEqual({ method: "POST", path: "/v1/customers", body: { email: "a@acme.test", name: "Ada", metadata: { userId: "u_1", workspaceId: "ws_1" } }, hadKey: true });
  }, TIMEOUT);

  it("refuses the invalid key with the SDK's StripeAuthenticationError, and a request without a key with a 401", async () => {
    const failure = await failureOf(client("sk_test_invalid").customers.create({ email: "a@acme.test" }));
    expect(failure).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(failure.statusCode).toBe(401);
    expect(failure.message).toMatch(/^Invalid API Key provided/);
    expect(failure.message).not.toContain("sk_test_invalid");
    const bare = await fetch(`${standIn.url}/v1/customers`, { method: "POST", body: "email=a%40acme.test", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({ error: { type: "invalid_request_error", message: expect.stringContaining("did not provide an API key") } });
    expect(standIn.requests.map((request) => request.hadKey)).toEqual([true, false]);
  }, TIMEOUT);

  it("creates a subscription checkout session priced from the catalogue, with its metadata, and retrieves it", async () => {
    const { stripe, customer, session } = await subscriptionCheckout("price_team_monthly", 2);
    expect(session).toMatchObject({ id: expect.stringMatching(/^cs_test_/), object: "checkout.session", mode: "subscription", status: "open", customer: customer.id, amount_total: 29800, currency: "usd" });
    expect(session.url).toBe(`${standIn.url}/checkout/${session.id}`);
    expect(session.metadata).toEqual({ workspaceId: "ws_1", priceId: "price_team_monthly" });
    expect(await stripe.checkout.sessions.retrieve(session.id)).toEqual(session);
    expect(standIn.requests[1].body).toMatchObject({
      line_items: [{ price: "price_team_monthly", quantity: "2" }],
      subscription_data: { metadata: { workspaceId: "ws_1", planId: "pro" } },
      client_reference_id: "u_1",
    });
  }, TIMEOUT);

  it("refuses an unknown price with StripeInvalidRequestError naming the param, and a session without success_url", async () => {
    const stripe = client();
    const unknown = await failureOf(stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price: "price_nope", quantity: 1 }], success_url: "http://localhost:3000/ok" }));
    expect(unknown).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(unknown).toMatchObject({ statusCode: 400, param: "line_items[0][price]", message: "No such price: 'price_nope'" });
    const noSuccessUrl = await failureOf(stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price: "price_credits_25", quantity: 1 }] }));
    expect(noSuccessUrl).toMatchObject({ statusCode: 400, param: "success_url" });
    const wrongMode = await failureOf(stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price: "price_pro_monthly", quantity: 1 }], success_url: "http://localhost:3000/ok" }));
    expect(wrongMode.message).toContain("recurring price");
  }, TIMEOUT);

  it("opens a portal session for a known customer, and answers 404 for an unknown one", async () => {
    const stripe = client();
    const customer = await stripe.customers.create({ email: "a@acme.test" });
    const portal = await stripe.billingPortal.sessions.create({ customer: customer.id, return_url: "http://localhost:3000/billing" });
    expect(portal).toMatchObject({ id: expect.stringMatching(/^bps_/), object: "billing_portal.session", customer: customer.id, return_url: "http://localhost:3000/billing" });
    expect(portal.url).toBe(`${standIn.url}/portal/${portal.id}`);
    const page = await (await fetch(portal.url)).text();
    expect(page).toContain("Cancel plan");
    expect(page).toContain('<a href="http://localhost:3000/billing">Return</a>');
    const unknown = await failureOf(stripe.billingPortal.sessions.create({ customer: "cus_never_created", return_url: "http://localhost:3000/billing" }));
    expect(unknown).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(unknown).toMatchObject({ statusCode: 404, code: "resource_missing", param: "customer" });
  }, TIMEOUT);

  it("replays the first answer to a repeated Idempotency-Key, and answers an unknown route with Stripe's 404", async () => {
    const stripe = client();
    const first = await stripe.customers.create({ email: "a@acme.test" }, { idempotencyKey: "same-key" });
    const again = await stripe.customers.create({ email: "a@acme.test" }, { idempotencyKey: "same-key" });
    expect(again.id).toBe(first.id);
    const unrouted = await failureOf(stripe.invoices.retrieve("in_123"));
    expect(unrouted).toMatchObject({ statusCode: 404, message: expect.stringContaining("Unrecognized request URL (GET: /v1/invoices/in_123)") });
  }, TIMEOUT);
});

describe("Stripe stand-in hosted pages and webhooks", () => {
  it("shows a checkout page with the price, the amount, a Pay button and a Cancel link", async () => {
    const { session } = await subscriptionCheckout();
    const response = await fetch(session.url!);
    const page = await response.text();
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(page).toContain("<title>Stand-in checkout</title>");
    expect(page).toContain("price_pro_monthly");
    expect(page).toContain("49.00 USD");
    expect(page).toContain(`<form method="post" action="/checkout/${session.id}/pay"><button type="submit">Pay</button></form>`);
    expect(page).toContain('<a href="http://localhost:3000/billing">Cancel</a>');
  }, TIMEOUT);

  it("pays a subscription session: three signed events in order, in the documented shapes, then a 303 to the success URL", async () => {
    const { stripe, customer, session } = await subscriptionCheckout();
    const response = await pay(session.id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://localhost:3000/billing/success?session_id=${session.id}`);

    const events = verified();
    expect(events.map((event) => event.type)).toEqual(["customer.subscription.created", "invoice.paid", "checkout.session.completed"]);
    for (const { raw } of receiver.received) expect(raw).toBe(JSON.stringify(JSON.parse(raw), null, 2));
    expect(events.every((event) => event.api_version === "2026-10-28.endive" && /^evt_[A-Za-z0-9]{24}$/.test(event.id))).toBe(true);

    const subscription = events[0].data.object as Stripe.Subscription;
    const item = subscription.items.data[0];
    expect(subscription).toMatchObject({ status: "active", customer: customer.id, cancel_at_period_end: false, metadata: { workspaceId: "ws_1", planId: "pro" } });
    expect(subscription).not.toHaveProperty("current_period_end");
    expect(item.price.id).toBe("price_pro_monthly");
    expect(item.current_period_end - item.current_period_start).toBeGreaterThanOrEqual(28 * DAY);
    expect(item.current_period_end - item.current_period_start).toBeLessThanOrEqual(31 * DAY);

    const invoice = events[1].data.object as Stripe.Invoice;
    const line = invoice.lines.data[0];
    expect(invoice).toMatchObject({ status: "paid", customer: customer.id, amount_paid: 4900, currency: "usd", billing_reason: "subscription_create" });
    expect(invoice).not.toHaveProperty("subscription");
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscription.id);
    expect(line.pricing?.price_details?.price).toBe("price_pro_monthly");
    expect(line.parent?.subscription_item_details).toMatchObject({ subscription: subscription.id, subscription_item: item.id });
    expect(line.period).toEqual({ start: item.current_period_start, end: item.current_period_end });

    const completed = events[2].data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({ id: session.id, status: "complete", payment_status: "paid", mode: "subscription", subscription: subscription.id, customer: customer.id, client_reference_id: "u_1", amount_total: 4900 });
    expect(completed.metadata).toEqual({ workspaceId: "ws_1", priceId: "price_pro_monthly" });
    expect(completed.customer_details?.email).toBe("owner@acme.test");
    expect(completed).not.toHaveProperty("line_items");

    expect(standIn.deliveries).toEqual(events.map((event) => ({ eventId: event.id, type: event.type, status: 200 })));
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: "complete", subscription: subscription.id, url: null });
    expect(await stripe.subscriptions.retrieve(subscription.id)).toEqual(subscription);
  }, TIMEOUT);

  it("pays a session only once: a second Pay sends nothing new and redirects again", async () => {
    const { session } = await subscriptionCheckout();
    await pay(session.id);
    expect(receiver.received).toHaveLength(3);
    const second = await pay(session.id);
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toContain(session.id);
    expect(receiver.received).toHaveLength(3);
    expect(standIn.deliveries).toHaveLength(3);
  }, TIMEOUT);

  it("retries an event the endpoint answered with a 500, re-signed, and carries on with the next", async () => {
    const { session } = await subscriptionCheckout();
    receiver.statuses.push(500);
    await pay(session.id);
    const events = verified();
    expect(events.map((event) => event.type)).toEqual(["customer.subscription.created", "customer.subscription.created", "invoice.paid", "checkout.session.completed"]);
    expect(events[1].id).toBe(events[0].id);
    expect(standIn.deliveries.map((delivery) => delivery.status)).toEqual([500, 200, 200, 200]);
    expect(standIn.deliveries[0].eventId).toBe(standIn.deliveries[1].eventId);
  }, TIMEOUT);

  it("pays a payment-mode session: checkout.session.completed with payment_intent and amount_total, then charge.succeeded", async () => {
    const stripe = client();
    const customer = await stripe.customers.create({ email: "buyer@acme.test" });
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      customer: customer.id,
      line_items: [{ price: "price_credits_100", quantity: 1 }],
      success_url: "http://localhost:3000/credits?session_id={CHECKOUT_SESSION_ID}",
      metadata: { workspaceId: "ws_1", credits: "100" },
      payment_intent_data: { metadata: { workspaceId: "ws_1" } },
    });
    const response = await pay(session.id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://localhost:3000/credits?session_id=${session.id}`);
    const events = verified();
    expect(events.map((event) => event.type)).toEqual(["checkout.session.completed", "charge.succeeded"]);
    const completed = events[0].data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({ id: session.id, mode: "payment", amount_total: 5900, currency: "usd", subscription: null, metadata: { workspaceId: "ws_1", credits: "100" } });
    expect(completed.payment_intent).toMatch(/^pi_/);
    expect(events[1].data.object).toMatchObject({ object: "charge", payment_intent: completed.payment_intent, amount: 5900, amount_refunded: 0, refunded: false, metadata: { workspaceId: "ws_1" } });
  }, TIMEOUT);

  it("cancels from the portal: customer.subscription.updated with cancel_at_period_end, the same subscription, then a 303 to return_url", async () => {
    const { stripe, customer, session } = await subscriptionCheckout();
    await pay(session.id);
    const created = verified()[0].data.object as Stripe.Subscription;
    receiver.received.length = 0;
    const portal = await stripe.billingPortal.sessions.create({ customer: customer.id, return_url: "http://localhost:3000/billing" });
    expect(await (await fetch(portal.url)).text()).toContain("price_pro_monthly (active)");
    const response = await fetch(`${portal.url}/cancel`, { method: "POST", redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/billing");
    const [updated] = verified();
    expect(updated.type).toBe("customer.subscription.updated");
    const subscription = updated.data.object as Stripe.Subscription;
    expect(subscription).toMatchObject({ id: created.id, cancel_at_period_end: true, created: created.created, status: "active", metadata: created.metadata });
    expect(subscription.items.data[0].current_period_end).toBe(created.items.data[0].current_period_end);
    expect(updated.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });
    expect(updated.created).toBeGreaterThanOrEqual(created.created);
  }, TIMEOUT);

  it("sends no webhooks when it has no webhook URL and secret, but still completes the session", async () => {
    const quiet = await startStripeStandIn();
    try {
      const stripe = new Stripe("sk_test_stand_in", { host: "127.0.0.1", port: Number(new URL(quiet.url).port), protocol: "http" });
      const session = await stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price: "price_credits_25", quantity: 1 }], success_url: "http://localhost:3000/ok" });
      expect((await fetch(`${quiet.url}/checkout/${session.id}/pay`, { method: "POST", redirect: "manual" })).status).toBe(303);
      expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: "complete", payment_intent: expect.stringMatching(/^pi_/) });
      expect(quiet.deliveries).toEqual([]);
      expect(receiver.received).toEqual([]);
    } finally {
      await quiet.close();
    }
  }, TIMEOUT);

  it("shows its requests and deliveries at /__stand-in/requests, and clears them on POST /__stand-in/reset", async () => {
    const { session } = await subscriptionCheckout();
    await pay(session.id);
    const recorded = await (await fetch(`${standIn.url}/__stand-in/requests`)).json();
    expect(recorded.requests.map((request: { path: string }) => request.path)).toEqual(["/v1/customers", "/v1/checkout/sessions"]);
    expect(recorded.deliveries.map((delivery: { type: string }) => delivery.type)).toEqual(["customer.subscription.created", "invoice.paid", "checkout.session.completed"]);
    expect((await fetch(`${standIn.url}/__stand-in/reset`, { method: "POST" })).status).toBe(200);
    expect(await (await fetch(`${standIn.url}/__stand-in/requests`)).json()).toEqual({ requests: [], deliveries: [] });
  }, TIMEOUT);
});

describe("Stripe object builders and the form parser", () => {
  it("builds a subscription with its period on the item, and the same object from the same input", () => {
    const input = { id: "sub_1", customer: "cus_1", status: "active" as const, priceId: "price_pro_yearly", periodStart: 1_700_000_000, periodEnd: 1_731_622_400 };
    const subscription = subscriptionObject(input);
    expect(subscription).not.toHaveProperty("current_period_end");
    expect(subscription.items.data[0]).toMatchObject({ current_period_start: 1_700_000_000, current_period_end: 1_731_622_400, quantity: 1, price: { id: "price_pro_yearly", unit_amount: 49000, recurring: { interval: "year" } } });
    expect(subscriptionObject(input)).toEqual(subscription);
    expect(stripeEvent("customer.subscription.created", subscription, { id: "evt_1", created: 5 })).toEqual({
      id: "evt_1", object: "event", api_version: "2026-10-28.endive", created: 5, livemode: false, pending_webhooks: 1,
      request: { id: null, idempotency_key: null }, type: "customer.subscription.created", data: { object: subscription },
    });
    expect(stripeEvent("invoice.paid", {}).id).toMatch(/^evt_[A-Za-z0-9]{24}$/);
  });

  it("builds a renewal invoice whose line pays the new period and whose period_start/end are the previous one", () => {
    const invoice = invoiceObject({ id: "in_1", customer: "cus_1", subscription: "sub_1", priceId: "price_pro_monthly", amountPaid: 4900, currency: "usd", periodStart: 2000, periodEnd: 3000, status: "paid", billingReason: "subscription_cycle" });
    expect(invoice).not.toHaveProperty("subscription");
    expect(invoice).toMatchObject({ period_start: 1000, period_end: 2000, amount_paid: 4900, amount_due: 4900, parent: { subscription_details: { subscription: "sub_1" } } });
    expect(invoice.lines.data[0]).toMatchObject({ period: { start: 2000, end: 3000 }, pricing: { type: "price_details", price_details: { price: "price_pro_monthly" } } });
    expect(invoice.lines.data[0].parent.subscription_item_details.subscription_item).toBe(derivedId("si_", "sub_1"));
    expect(invoice.lines.data[0]).not.toHaveProperty("price");
  });

  it("builds a completed checkout session without a URL or line items, and a charge refunded only in full", () => {
    const input = { id: "cs_1", customer: "cus_1", mode: "payment" as const, paymentIntent: "pi_1", amountTotal: 1900, currency: "usd", clientReferenceId: "u_1", metadata: { credits: "25" }, email: "a@acme.test", url: "http://127.0.0.1/checkout/cs_1" };
    const session = checkoutSessionObject(input);
    expect(session).toMatchObject({ status: "complete", payment_status: "paid", url: null, payment_intent: "pi_1", customer_details: { email: "a@acme.test" } });
    expect(checkoutSessionObject({ ...input, status: "open" })).toMatchObject({ status: "open", payment_status: "unpaid", url: "http://127.0.0.1/checkout/cs_1", customer_details: null });
    expect(session).not.toHaveProperty("line_items");
    expect(chargeObject({ id: "ch_1", customer: "cus_1", paymentIntent: "pi_1", amount: 1900, amountRefunded: 1900, currency: "usd" }).refunded).toBe(true);
    expect(chargeObject({ id: "ch_1", customer: "cus_1", paymentIntent: "pi_1", amount: 1900, amountRefunded: 900, currency: "usd" }).refunded).toBe(false);
  });

  it("parses the SDK's bracket notation into nested objects and arrays, and drops prototype keys", () => {
    const body = "metadata[workspaceId]=ws%201&line_items[0][price]=p1&line_items[1][price]=p2&line_items[0][quantity]=2&expand[]=a&expand[]=b&__proto__[x]=1&subscription_data[metadata][planId]=pro";
    expect(parseFormBody(body)).toEqual({
      metadata: { workspaceId: "ws 1" },
      line_items: [{ price: "p1", quantity: "2" }, { price: "p2" }],
      expand: ["a", "b"],
      subscription_data: { metadata: { planId: "pro" } },
    });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("Stripe stand-in as a process", () => {
  it("starts from the command line, delivers to the webhook URL and secret it was given, and stops on SIGTERM", async () => {
    const args = [path.join(__dirname, "main.ts"), "--port", "0", "--webhook-url", receiver.url, "--webhook-secret", SECRET];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    const exited = once(child, "exit") as Promise<[number | null]>;
    try {
      const [line] = (await once(child.stdout!, "data")) as [Buffer];
      const url = /listening on (\S+)/.exec(line.toString())?.[1];
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const stripe = new Stripe("sk_test_stand_in", { host: "127.0.0.1", port: Number(new URL(url!).port), protocol: "http" });
      const session = await stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price: "price_credits_25", quantity: 1 }], success_url: "http://localhost:3000/ok" });
      expect((await fetch(`${url}/checkout/${session.id}/pay`, { method: "POST", redirect: "manual" })).status).toBe(303);
      expect(verified().map((event) => event.type)).toEqual(["checkout.session.completed", "charge.succeeded"]);
      expect((await (await fetch(`${url}/__stand-in/requests`)).json()).deliveries).toHaveLength(2);
    } finally {
      child.kill("SIGTERM");
    }
    const [code] = await exited;
    expect(code).toBe(0);
  }, TIMEOUT);
});
