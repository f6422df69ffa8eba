import Stripe from "stripe";
import { queryRows } from "./database";
import { testEnvironment } from "./testEnvironment";
import {
  chargeObject,
  checkoutSessionObject,
  invoiceObject,
  stripeEvent,
  subscriptionObject,
  type StripeEvent,
} from "../../stand-ins/stripe/stripeEvents";

/** Only its webhook helpers are used: no call leaves this process. */
const stripe = new Stripe("sk_test_signing_only");

export type WebhookAnswer = { status: number; body: { received?: boolean; outcome?: string; message?: string } };

/**
 * Posts an event to the server's real endpoint the way Stripe does: the
 * pretty-printed JSON, signed with the SDK's own test-header helper.
 */
export async function postStripeEvent(
  event: StripeEvent,
  options: { secret?: string; timestamp?: number; signature?: string | null; rawBody?: string } = {},
): Promise<WebhookAnswer> {
  const payload = options.rawBody ?? JSON.stringify(event, null, 2);
  const signature =
    options.signature === undefined
      ? stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? testEnvironment.stripeWebhookSecret, timestamp: options.timestamp })
      : options.signature;
  const response = await fetch(`${testEnvironment.serverUrl}/payments-webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature === null ? {} : { "stripe-signature": signature }) },
    body: payload,
  });
  const text = await response.text();
  let body: WebhookAnswer["body"] = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { message: text };
  }
  return { status: response.status, body };
}

export const PRICES = {
  proMonthly: "price_pro_monthly",
  proYearly: "price_pro_yearly",
  teamMonthly: "price_team_monthly",
  credits25: "price_credits_25",
} as const;

const DAY = 24 * 60 * 60;

/** A workspace's Stripe identity for tests: its customer is stored as if a checkout had begun. */
export async function linkBillingCustomer(workspaceId: string, customerId: string) {
  await queryRows(`UPDATE "Workspace" SET "billingCustomerId" = $2 WHERE id = $1`, [workspaceId, customerId]);
}

/** Builders of the events of one customer's story, at times the test chooses (unix seconds). */
export function eventsFor(customer: string, workspaceId: string) {
  const subscription = (id: string, type: string, at: number, fields: { status?: Stripe.Subscription.Status; priceId?: string; periodStart?: number; cancelAtPeriodEnd?: boolean; canceledAt?: number; eventId?: string } = {}) => {
    const periodStart = fields.periodStart ?? at;
    return stripeEvent(
      type,
      subscriptionObject({
        id,
        customer,
        status: fields.status ?? "active",
        priceId: fields.priceId ?? PRICES.proMonthly,
        periodStart,
        periodEnd: periodStart + 30 * DAY,
        cancelAtPeriodEnd: fields.cancelAtPeriodEnd,
        canceledAt: fields.canceledAt,
        metadata: { workspaceId },
      }),
      { created: at, id: fields.eventId },
    );
  };
  return {
    subscription,
    invoicePaid: (invoiceId: string, subscriptionId: string, at: number, fields: { periodStart?: number; amount?: number; priceId?: string; eventId?: string } = {}) =>
      stripeEvent(
        "invoice.paid",
        invoiceObject({
          id: invoiceId,
          customer,
          subscription: subscriptionId,
          priceId: fields.priceId ?? PRICES.proMonthly,
          amountPaid: fields.amount ?? 4_900,
          currency: "usd",
          periodStart: fields.periodStart ?? at,
          periodEnd: (fields.periodStart ?? at) + 30 * DAY,
          status: "paid",
          billingReason: "subscription_cycle",
          created: at,
        }),
        { created: at, id: fields.eventId },
      ),
    invoiceFailed: (invoiceId: string, subscriptionId: string, at: number) =>
      stripeEvent(
        "invoice.payment_failed",
        invoiceObject({ id: invoiceId, customer, subscription: subscriptionId, priceId: PRICES.proMonthly, amountPaid: 0, amountDue: 4_900, currency: "usd", periodStart: at, periodEnd: at + 30 * DAY, status: "open", billingReason: "subscription_cycle", created: at }),
        { created: at },
      ),
    packCheckout: (sessionId: string, paymentIntent: string, at: number, eventId?: string) =>
      stripeEvent(
        "checkout.session.completed",
        checkoutSessionObject({ id: sessionId, customer, mode: "payment", paymentIntent, amountTotal: 1_900, currency: "usd", clientReferenceId: workspaceId, metadata: { workspaceId, priceId: PRICES.credits25, creditPack: "CREDITS_25" }, created: at }),
        { created: at, id: eventId },
      ),
    subscriptionCheckout: (sessionId: string, subscriptionId: string, at: number, priceId: string = PRICES.proMonthly) =>
      stripeEvent(
        "checkout.session.completed",
        checkoutSessionObject({ id: sessionId, customer, mode: "subscription", subscription: subscriptionId, amountTotal: 4_900, currency: "usd", clientReferenceId: workspaceId, metadata: { workspaceId, priceId }, created: at }),
        { created: at },
      ),
    refund: (chargeId: string, paymentIntent: string, amount: number, refunded: number, at: number, eventId?: string) =>
      stripeEvent("charge.refunded", chargeObject({ id: chargeId, customer, paymentIntent, amount, amountRefunded: refunded, currency: "usd", created: at }), { created: at, id: eventId }),
  };
}

export type BillingState = {
  credits: number;
  plan: string;
  subscriptions: { providerSubscriptionId: string; status: string; plan: string; cancelAtPeriodEnd: boolean }[];
  ledger: { kind: string; amountMinor: number | null; creditsDelta: number; dedupeKey: string }[];
};

/** What the database says about a workspace's billing, in a stable order. */
export async function billingStateOf(workspaceId: string): Promise<Omit<BillingState, "plan">> {
  const [{ credits }] = await queryRows<{ credits: number }>(`SELECT credits FROM "Workspace" WHERE id = $1`, [workspaceId]);
  const subscriptions = await queryRows<BillingState["subscriptions"][number]>(
    `SELECT "providerSubscriptionId", status::text, plan::text, "cancelAtPeriodEnd" FROM "BillingSubscription" WHERE "workspaceId" = $1 ORDER BY "providerSubscriptionId"`,
    [workspaceId],
  );
  const ledger = await queryRows<BillingState["ledger"][number]>(
    `SELECT kind::text, "amountMinor", "creditsDelta", "dedupeKey" FROM "BillingLedgerEntry" WHERE "workspaceId" = $1 ORDER BY "dedupeKey"`,
    [workspaceId],
  );
  return { credits, subscriptions, ledger };
}
