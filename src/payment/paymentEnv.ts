import { z } from "zod";
import { emptyAsUnset } from "../server/envValues";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUnset, schema.optional());
const priceId = optional(z.string().regex(/^price_[A-Za-z0-9_]+$/, "must be a Stripe price id (price_…)"));

/**
 * Billing settings, merged into the server's env schema (src/server/env.ts).
 * Without STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET billing is off: the plans
 * still show, and every workspace stays on its current plan.
 */
export const paymentEnvSchema = z.object({
  STRIPE_API_KEY: optional(z.string()),
  STRIPE_WEBHOOK_SECRET: optional(z.string()),
  // Where the SDK sends its calls: Stripe itself unless set (tests point these at a local stand-in).
  STRIPE_API_HOST: optional(z.string()),
  STRIPE_API_PORT: optional(z.coerce.number().int().positive().max(65_535)),
  STRIPE_API_PROTOCOL: optional(z.enum(["http", "https"])),
  STRIPE_TIMEOUT_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().default(10_000)),
  STRIPE_MAX_NETWORK_RETRIES: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(5).default(2)),
  // The Stripe price of each product: a product without one is not on sale.
  STRIPE_PRICE_PRO_MONTH: priceId,
  STRIPE_PRICE_PRO_YEAR: priceId,
  STRIPE_PRICE_TEAM_MONTH: priceId,
  STRIPE_PRICE_TEAM_YEAR: priceId,
  STRIPE_PRICE_CREDITS_25: priceId,
  STRIPE_PRICE_CREDITS_100: priceId,
});

export type PaymentEnv = z.infer<typeof paymentEnvSchema>;
