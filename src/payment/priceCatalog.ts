import type { BillingInterval, CreditPackId, PlanId } from "./plans";

/** What a provider price sells: a plan for an interval, or a pack of credits. */
export type Product =
  | { kind: "plan"; plan: Exclude<PlanId, "FREE">; interval: BillingInterval }
  | { kind: "creditPack"; pack: CreditPackId };

export interface PriceCatalog {
  priceOf(product: Product): string | undefined;
  productOf(priceId: string): Product | undefined;
}

type PriceSettings = Partial<Record<
  | "STRIPE_PRICE_PRO_MONTH"
  | "STRIPE_PRICE_PRO_YEAR"
  | "STRIPE_PRICE_TEAM_MONTH"
  | "STRIPE_PRICE_TEAM_YEAR"
  | "STRIPE_PRICE_CREDITS_25"
  | "STRIPE_PRICE_CREDITS_100",
  string | undefined
>>;

const productsBySetting: Array<[keyof PriceSettings, Product]> = [
  ["STRIPE_PRICE_PRO_MONTH", { kind: "plan", plan: "PRO", interval: "MONTH" }],
  ["STRIPE_PRICE_PRO_YEAR", { kind: "plan", plan: "PRO", interval: "YEAR" }],
  ["STRIPE_PRICE_TEAM_MONTH", { kind: "plan", plan: "TEAM", interval: "MONTH" }],
  ["STRIPE_PRICE_TEAM_YEAR", { kind: "plan", plan: "TEAM", interval: "YEAR" }],
  ["STRIPE_PRICE_CREDITS_25", { kind: "creditPack", pack: "CREDITS_25" }],
  ["STRIPE_PRICE_CREDITS_100", { kind: "creditPack", pack: "CREDITS_100" }],
];

export function productKey(product: Product): string {
  return product.kind === "plan" ? `plan:${product.plan}:${product.interval}` : `pack:${product.pack}`;
}

/** The provider's price ids of our products, from the server's settings. */
export function priceCatalogFrom(settings: PriceSettings): PriceCatalog {
  const priceByProduct = new Map<string, string>();
  const productByPrice = new Map<string, Product>();
  for (const [setting, product] of productsBySetting) {
    const priceId = settings[setting];
    if (!priceId) continue;
    priceByProduct.set(productKey(product), priceId);
    productByPrice.set(priceId, product);
  }
  return {
    priceOf: (product) => priceByProduct.get(productKey(product)),
    productOf: (priceId) => productByPrice.get(priceId),
  };
}
