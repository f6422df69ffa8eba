import Stripe from "stripe";
import type { PaymentEnv } from "../paymentEnv";
import { PaymentProviderRefusal, WebhookSignatureError, type PaymentProvider } from "../paymentProvider";
import { translateStripeEvent } from "./stripeEventTranslation";

/** The API version every call and every webhook shape is read in (see stripe.md): pinned, not the account default. */
export const STRIPE_API_VERSION = "2026-10-28.endive";

type StripeSettings = Pick<
  PaymentEnv,
  "STRIPE_API_KEY" | "STRIPE_WEBHOOK_SECRET" | "STRIPE_API_HOST" | "STRIPE_API_PORT" | "STRIPE_API_PROTOCOL" | "STRIPE_TIMEOUT_MS" | "STRIPE_MAX_NETWORK_RETRIES"
>;

/** The real SDK, pointed where the settings say (Stripe itself, or a local stand-in in tests). */
export function createStripeSdk(settings: StripeSettings): Stripe {
  return new Stripe(settings.STRIPE_API_KEY ?? "", {
    apiVersion: STRIPE_API_VERSION,
    timeout: settings.STRIPE_TIMEOUT_MS,
    maxNetworkRetries: settings.STRIPE_MAX_NETWORK_RETRIES,
    ...(settings.STRIPE_API_HOST ? { host: settings.STRIPE_API_HOST } : {}),
    ...(settings.STRIPE_API_PORT ? { port: settings.STRIPE_API_PORT } : {}),
    ...(settings.STRIPE_API_PROTOCOL ? { protocol: settings.STRIPE_API_PROTOCOL } : {}),
    appInfo: { name: "Hyperformant" },
  });
}

/** Stripe's refusals people can act on become ours; the rest (network, auth, 5xx) stay errors. */
async function explainingRefusals<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError) {
      throw new PaymentProviderRefusal(`Stripe refused the request: ${error.message}`, error.statusCode === 404 ? 404 : 400);
    }
    throw error;
  }
}

export function createStripeProvider(settings: StripeSettings): PaymentProvider {
  const stripe = createStripeSdk(settings);
  return {
    name: "stripe",

    async ensureCustomer({ existingCustomerId, workspaceId, workspaceName, email }) {
      if (existingCustomerId) {
        const existing = await stripe.customers.retrieve(existingCustomerId).catch((error: unknown) => {
          if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return undefined;
          throw error;
        });
        if (existing && !("deleted" in existing && existing.deleted)) return existing.id;
      }
      const created = await stripe.customers.create({ email, name: workspaceName, metadata: { workspaceId } });
      return created.id;
    },

    async createCheckoutSession({ priceId, mode, customerId, workspaceId, successUrl, cancelUrl, metadata }) {
      const session = await explainingRefusals(() =>
        stripe.checkout.sessions.create({
          mode,
          customer: customerId,
          client_reference_id: workspaceId,
          line_items: [{ price: priceId, quantity: 1 }],
          success_url: successUrl,
          cancel_url: cancelUrl,
          metadata,
          ...(mode === "subscription" ? { subscription_data: { metadata } } : { payment_intent_data: { metadata } }),
        }),
      );
      if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
      return { sessionId: session.id, url: session.url };
    },

    async createPortalSession({ customerId, returnUrl }) {
      const session = await explainingRefusals(() => stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl }));
      return { url: session.url };
    },

    parseWebhook(rawBody, signatureHeader) {
      if (!settings.STRIPE_WEBHOOK_SECRET) throw new WebhookSignatureError("STRIPE_WEBHOOK_SECRET is not set");
      if (!signatureHeader) throw new WebhookSignatureError("the stripe-signature header is missing");
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signatureHeader, settings.STRIPE_WEBHOOK_SECRET);
      } catch (error) {
        throw new WebhookSignatureError(error instanceof Error ? error.message : String(error));
      }
      return translateStripeEvent(event);
    },
  };
}
