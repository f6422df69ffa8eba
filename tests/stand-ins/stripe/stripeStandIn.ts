import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { checkoutPage, escapeHtml, page, portalPage } from "./hostedPages.ts";
import { parseFormBody, type FormObject, type FormValue } from "./formBody.ts";
import {
  addInterval, API_VERSION, chargeObject, checkoutSessionObject, DEFAULT_PRICES, invoiceObject, randomId, stripeEvent, subscriptionObject,
  type CataloguePrice, type CheckoutSessionObject, type StripeEvent, type SubscriptionObject,
} from "./stripeEvents.ts";

/**
 * A local stand-in for the parts of Stripe's API Hyperformant uses (API version
 * 2026-10-28.endive shapes), for tests and offline development, on 127.0.0.1 only.
 * Point the real SDK at it: new Stripe(key, { host: "127.0.0.1", port, protocol: "http" }).
 *   keys: none or sk_test_invalid -> 401 (the SDK's StripeAuthenticationError); any other works
 *   API: POST /v1/customers, GET /v1/customers/:id, POST|GET /v1/checkout/sessions[/:id],
 *        POST /v1/billing_portal/sessions, GET /v1/subscriptions/:id (one it created at checkout)
 *   hosted pages: GET /checkout/:id with a "Pay" button -> POST /checkout/:id/pay completes the
 *        session once, delivers its signed webhooks one at a time (subscription mode:
 *        customer.subscription.created, invoice.paid, checkout.session.completed; payment mode:
 *        checkout.session.completed, charge.succeeded), then 303s to success_url.
 *        GET /portal/:id with "Cancel plan" -> POST /portal/:id/cancel sends
 *        customer.subscription.updated (cancel_at_period_end true), then 303s to return_url.
 *   control: GET /__stand-in/requests (requests and deliveries as JSON), POST /__stand-in/reset.
 * Webhooks go out before the redirect (real Stripe sends them asynchronously, so in
 * production the success page can come first). A non-2xx or unreachable answer is retried
 * up to 3 times, retryDelayMs apart, re-signed each time; every attempt is a delivery.
 * A POST with an Idempotency-Key seen before gets the first answer again, as on Stripe.
 * Objects (customers, sessions, subscriptions) live as long as the process; reset()
 * clears only the records. Requests that are not Stripe's answer with Stripe's 404.
 */
/** body: the parsed form body (POST) or query string (GET, DELETE). */
export interface RecordedRequest { method: string; path: string; body: FormObject; hadKey: boolean }
/** One attempt to deliver an event; status is the endpoint's answer, 0 when it could not be reached. */
export interface Delivery { eventId: string; type: string; status: number }
export interface StripeStandInOptions { port?: number; webhookUrl?: string; webhookSecret?: string; prices?: Record<string, CataloguePrice>; retryDelayMs?: number }
export interface StripeStandIn { url: string; requests: RecordedRequest[]; deliveries: Delivery[]; reset(): void; close(): Promise<void> }

export const INVALID_KEY = "sk_test_invalid";
const MAX_RETRIES = 3;

interface SessionState { session: CheckoutSessionObject; lineItems: { price: string; quantity: number }[]; subscriptionMetadata: Record<string, string>; paymentIntentMetadata: Record<string, string>; customerEmail: string | null }
interface Customer { id: string; object: "customer"; email: string | null; name: string | null; metadata: Record<string, string>; created: number; livemode: false }
type Portal = { id: string; object: "billing_portal.session"; customer: string; return_url: string | null; url: string; created: number; livemode: false };
type Answer = { status: number; body: unknown };

class StripeApiError extends Error {
  answer: Answer;
  constructor(status: number, message: string, extra: { param?: string; code?: string } = {}) {
    super(message);
    this.answer = { status, body: { error: { type: "invalid_request_error", message, ...extra } } };
  }
}
const missing = (kind: string, id: string, param = "id") => new StripeApiError(404, `No such ${kind}: '${id}'`, { code: "resource_missing", param });
const unrecognized = (method: string, path: string) =>
  new StripeApiError(404, `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`);
const badParam = (param: string, message: string, code = "parameter_invalid") => new StripeApiError(400, message, { param, code });
const found = <T>(value: T | undefined, error: StripeApiError): T => {
  if (value === undefined) throw error;
  return value;
};
const str = (value: FormValue | undefined): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);
const strings = (value: FormValue | undefined): Record<string, string> =>
  value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "")) : {};
const nowSeconds = () => Math.floor(Date.now() / 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startStripeStandIn({ port = 0, webhookUrl, webhookSecret, prices = DEFAULT_PRICES, retryDelayMs = 100 }: StripeStandInOptions = {}): Promise<StripeStandIn> {
  const requests: RecordedRequest[] = [];
  const deliveries: Delivery[] = [];
  const customers = new Map<string, Customer>();
  const sessions = new Map<string, SessionState>();
  const portals = new Map<string, Portal>();
  const subscriptions = new Map<string, SubscriptionObject>();
  const idempotent = new Map<string, Answer>();
  let baseUrl = "";
  const clearRecords = () => {
    requests.splice(0);
    deliveries.splice(0);
  };

  async function deliver(event: StripeEvent) {
    if (!webhookUrl || !webhookSecret) return;
    const payload = JSON.stringify(event, null, 2);
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt += 1) {
      if (attempt > 0) await sleep(retryDelayMs * attempt);
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
      const headers = { "content-type": "application/json; charset=utf-8", "stripe-signature": signature, "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" };
      const status = await fetch(webhookUrl, { method: "POST", headers, body: payload, redirect: "manual", signal: AbortSignal.timeout(10_000) }).then(async (res) => (await res.arrayBuffer(), res.status), () => 0);
      deliveries.push({ eventId: event.id, type: event.type, status });
      if (status >= 200 && status < 300) return;
    }
  }

  function createCheckoutSession(body: FormObject): CheckoutSessionObject {
    const mode = str(body.mode);
    if (!mode) throw badParam("mode", "Missing required param: mode.", "parameter_missing");
    if (mode !== "payment" && mode !== "subscription") throw badParam("mode", `Invalid mode: the stand-in supports payment and subscription, not '${mode}'.`);
    const successUrl = str(body.success_url);
    if (!successUrl) throw badParam("success_url", "Missing required param: success_url.", "parameter_missing");
    const customer = str(body.customer);
    if (customer && !customers.has(customer)) throw badParam("customer", `No such customer: '${customer}'`, "resource_missing");
    const rawItems = Array.isArray(body.line_items) ? body.line_items : [];
    if (rawItems.length === 0) throw badParam("line_items", "Missing required param: line_items.", "parameter_missing");
    const lineItems = rawItems.map((item, index) => {
      const fields = typeof item === "object" && !Array.isArray(item) ? item : {};
      const price = str(fields.price) ?? "";
      if (!prices[price]) throw badParam(`line_items[${index}][price]`, `No such price: '${price}'`, "resource_missing");
      const quantity = Number(str(fields.quantity) ?? "1");
      if (!Number.isInteger(quantity) || quantity < 1) throw badParam(`line_items[${index}][quantity]`, "Invalid integer: quantity must be at least 1.");
      return { price, quantity };
    });
    const recurring = lineItems.filter((item) => prices[item.price].interval);
    if (mode === "payment" && recurring.length > 0) {
      throw badParam("line_items", "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.");
    }
    if (mode === "subscription" && recurring.length === 0) throw badParam("line_items", "You must provide at least one recurring price in `subscription` mode when using prices.");
    const id = randomId("cs_test_", 58);
    const state: SessionState = {
      lineItems,
      subscriptionMetadata: strings((body.subscription_data as FormObject | undefined)?.metadata),
      paymentIntentMetadata: strings((body.payment_intent_data as FormObject | undefined)?.metadata),
      customerEmail: str(body.customer_email) ?? null,
      session: checkoutSessionObject({
        id, mode, status: "open", customer: customer ?? null, currency: prices[lineItems[0].price].currency,
        amountTotal: lineItems.reduce((sum, item) => sum + prices[item.price].unitAmount * item.quantity, 0),
        clientReferenceId: str(body.client_reference_id) ?? null, metadata: strings(body.metadata),
        url: `${baseUrl}/checkout/${id}`, successUrl, cancelUrl: str(body.cancel_url) ?? null,
      }),
    };
    sessions.set(id, state);
    return state.session;
  }

  async function pay(state: SessionState) {
    const open = state.session;
    if (open.status !== "open") return;
    const now = nowSeconds();
    const email = (open.customer ? customers.get(open.customer)?.email : null) ?? state.customerEmail ?? "customer@example.com";
    let customer = open.customer;
    if (!customer && open.mode === "subscription") {
      customer = randomId("cus_", 14);
      customers.set(customer, { id: customer, object: "customer", email, name: null, metadata: {}, created: now, livemode: false });
    }
    const base = { id: open.id, customer, mode: open.mode, amountTotal: open.amount_total ?? 0, currency: open.currency ?? "usd", clientReferenceId: open.client_reference_id, metadata: open.metadata ?? {}, email, successUrl: open.success_url, cancelUrl: open.cancel_url, created: open.created };
    if (open.mode === "subscription" && customer) {
      const { price: priceId, quantity } = state.lineItems.find((item) => prices[item.price].interval)!;
      const price = prices[priceId];
      const subscription = subscriptionObject({
        id: randomId("sub_", 24), customer, status: "active", priceId, periodStart: now, periodEnd: addInterval(now, price.interval!), created: now,
        metadata: state.subscriptionMetadata, unitAmount: price.unitAmount, interval: price.interval, currency: price.currency, quantity,
      });
      const invoiceId = randomId("in_", 24);
      subscriptions.set(subscription.id, subscription);
      state.session = checkoutSessionObject({ ...base, subscription: subscription.id, invoice: invoiceId });
      await deliver(stripeEvent("customer.subscription.created", subscription, { created: now }));
      const invoice = invoiceObject({
        id: invoiceId, customer, subscription: subscription.id, priceId, amountPaid: base.amountTotal, currency: base.currency, status: "paid",
        periodStart: now, periodEnd: subscription.items.data[0].current_period_end, billingReason: "subscription_create", created: now, subscriptionMetadata: state.subscriptionMetadata,
      });
      await deliver(stripeEvent("invoice.paid", invoice, { created: now }));
      await deliver(stripeEvent("checkout.session.completed", state.session, { created: now }));
    } else {
      const paymentIntent = randomId("pi_", 24);
      state.session = checkoutSessionObject({ ...base, paymentIntent });
      await deliver(stripeEvent("checkout.session.completed", state.session, { created: now }));
      const charge = chargeObject({ id: randomId("ch_", 24), customer, paymentIntent, amount: base.amountTotal, amountRefunded: 0, currency: base.currency, created: now, metadata: state.paymentIntentMetadata });
      await deliver(stripeEvent("charge.succeeded", charge, { created: now }));
    }
  }

  async function cancelAtPeriodEnd(customer: string) {
    for (const subscription of subscriptions.values()) {
      if (subscription.customer !== customer || subscription.cancel_at_period_end || subscription.status === "canceled") continue;
      const item = subscription.items.data[0];
      const updated = subscriptionObject({
        id: subscription.id, customer, status: subscription.status, priceId: item.price.id, periodStart: item.current_period_start, periodEnd: item.current_period_end,
        cancelAtPeriodEnd: true, created: subscription.created, metadata: subscription.metadata, unitAmount: item.price.unit_amount,
        interval: item.price.recurring.interval, currency: subscription.currency, quantity: item.quantity,
      });
      subscriptions.set(updated.id, updated);
      await deliver(stripeEvent("customer.subscription.updated", updated, { previousAttributes: { cancel_at_period_end: false, cancel_at: null } }));
    }
  }

  function api(method: string, path: string, body: FormObject): unknown {
    const [, resource, id, extra] = path.split("/").slice(1); // "v1", resource, id?
    if (method === "POST" && path === "/v1/customers") {
      const customer: Customer = { id: randomId("cus_", 14), object: "customer", email: str(body.email) ?? null, name: str(body.name) ?? null, metadata: strings(body.metadata), created: nowSeconds(), livemode: false };
      customers.set(customer.id, customer);
      return customer;
    }
    if (method === "GET" && resource === "customers" && id && !extra) return found(customers.get(id), missing("customer", id));
    if (method === "POST" && path === "/v1/checkout/sessions") return createCheckoutSession(body);
    if (method === "GET" && path.startsWith("/v1/checkout/sessions/")) {
      const sessionId = path.slice("/v1/checkout/sessions/".length);
      return found(sessions.get(sessionId)?.session, missing("checkout.session", sessionId));
    }
    if (method === "POST" && path === "/v1/billing_portal/sessions") {
      const customer = str(body.customer);
      if (!customer) throw badParam("customer", "Missing required param: customer.", "parameter_missing");
      if (!customers.has(customer)) throw missing("customer", customer, "customer");
      const portalId = randomId("bps_", 24);
      const portal: Portal = { id: portalId, object: "billing_portal.session", customer, return_url: str(body.return_url) ?? null, url: `${baseUrl}/portal/${portalId}`, created: nowSeconds(), livemode: false };
      portals.set(portalId, portal);
      return portal;
    }
    if (method === "GET" && resource === "subscriptions" && id && !extra) return found(subscriptions.get(id), missing("subscription", id));
    throw unrecognized(method, path);
  }

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { "content-type": "application/json", "request-id": randomId("req_", 14), ...headers }).end(JSON.stringify(body, null, 2));
  const errorAnswer = (error: unknown): Answer =>
    error instanceof StripeApiError ? error.answer : { status: 500, body: { error: { type: "api_error", message: `Stand-in failure: ${String(error)}` } } };
  const html = (res: ServerResponse, status: number, text: string) => res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(text);
  const redirect = (res: ServerResponse, location: string) => res.writeHead(303, { location }).end();

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  }

  function authenticate(req: IncomingMessage): string | null {
    const header = req.headers.authorization ?? "";
    if (header.startsWith("Bearer ")) return header.slice(7).trim() || null;
    if (header.startsWith("Basic ")) return Buffer.from(header.slice(6), "base64").toString("utf8").split(":")[0] || null;
    return null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const path = url.pathname;
    if (path === "/__stand-in/requests" && method === "GET") return send(res, 200, { requests, deliveries });
    if (path === "/__stand-in/reset" && method === "POST") return (clearRecords(), send(res, 200, { reset: true }));
    const hosted = /^\/(checkout|portal)\/([A-Za-z0-9_]+)(?:\/(pay|cancel))?$/.exec(path);
    if (hosted) return hostedPage(res, method, hosted[1], hosted[2], hosted[3]);
    if (!path.startsWith("/v1/")) return send(res, 404, unrecognized(method, path).answer.body);

    const raw = await readBody(req);
    const body = parseFormBody(method === "GET" || method === "DELETE" ? url.search.slice(1) : raw);
    const key = authenticate(req);
    requests.push({ method, path, body, hadKey: key !== null });
    if (!key) {
      return send(res, 401, { error: { type: "invalid_request_error", message: "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')." } });
    }
    if (key === INVALID_KEY) {
      const shown = key.slice(0, 8) + "*".repeat(Math.max(0, key.length - 12)) + key.slice(-4);
      return send(res, 401, { error: { type: "invalid_request_error", message: `Invalid API Key provided: ${shown}` } });
    }
    const version = req.headers["stripe-version"];
    if (typeof version === "string" && version !== API_VERSION) {
      return send(res, 400, badParam("Stripe-Version", `The stand-in only speaks API version ${API_VERSION}, not ${version}.`).answer.body);
    }
    const idempotencyKey = method === "POST" ? req.headers["idempotency-key"] : undefined;
    const cacheKey = typeof idempotencyKey === "string" ? `${key} ${path} ${idempotencyKey}` : null;
    const replay = cacheKey ? idempotent.get(cacheKey) : undefined;
    if (replay) return send(res, replay.status, replay.body, { "idempotent-replayed": "true" });
    let answer: Answer;
    try {
      answer = { status: 200, body: api(method, path, body) };
    } catch (error) {
      answer = errorAnswer(error);
    }
    if (cacheKey && answer.status < 500) idempotent.set(cacheKey, answer);
    send(res, answer.status, answer.body);
  }

  async function hostedPage(res: ServerResponse, method: string, kind: string, id: string, action: string | undefined) {
    const state = kind === "checkout" ? sessions.get(id) : undefined;
    const portal = kind === "portal" ? portals.get(id) : undefined;
    if (state && method === "POST" && action === "pay") {
      await pay(state);
      return redirect(res, (state.session.success_url ?? baseUrl).replaceAll("{CHECKOUT_SESSION_ID}", id));
    }
    if (portal && method === "POST" && action === "cancel") {
      await cancelAtPeriodEnd(portal.customer);
      return redirect(res, portal.return_url ?? baseUrl);
    }
    if (state && method === "GET" && !action) return html(res, 200, checkoutPage(state.session, state.lineItems, prices));
    if (portal && method === "GET" && !action) {
      return html(res, 200, portalPage(portal.id, portal.return_url, [...subscriptions.values()].filter((subscription) => subscription.customer === portal.customer)));
    }
    return html(res, 404, page("Not found", `<p>No such ${kind} session: ${escapeHtml(id)}</p>`));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const answer = errorAnswer(error);
      if (!res.headersSent) send(res, answer.status, answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return { url: baseUrl, requests, deliveries, reset: clearRecords, close };
}
