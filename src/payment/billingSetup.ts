import { env } from "wasp/server";
import type { PaymentProvider } from "./paymentProvider";
import { priceCatalogFrom, type PriceCatalog } from "./priceCatalog";
import { createStripeProvider } from "./stripe/stripeProvider";

/** Billing is on when the server has a Stripe key and the webhook's signing secret. */
export function isBillingConfigured(): boolean {
  return Boolean(env.STRIPE_API_KEY && env.STRIPE_WEBHOOK_SECRET);
}

let provider: PaymentProvider | undefined;
let catalog: PriceCatalog | undefined;

/** The payment provider of this server, or undefined when billing is not configured. */
export function paymentProvider(): PaymentProvider | undefined {
  if (!isBillingConfigured()) return undefined;
  provider ??= createStripeProvider(env);
  return provider;
}

export function priceCatalog(): PriceCatalog {
  catalog ??= priceCatalogFrom(env);
  return catalog;
}
