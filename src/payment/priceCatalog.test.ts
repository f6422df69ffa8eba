import { describe, expect, it } from "vitest";
import { priceCatalogFrom } from "./priceCatalog";

describe("price catalogue", () => {
  const catalog = priceCatalogFrom({ STRIPE_PRICE_PRO_MONTH: "price_pro_m", STRIPE_PRICE_CREDITS_25: "price_c25" });

  it("maps configured prices both ways", () => {
    expect(catalog.priceOf({ kind: "plan", plan: "PRO", interval: "MONTH" })).toBe("price_pro_m");
    expect(catalog.productOf("price_pro_m")).toEqual({ kind: "plan", plan: "PRO", interval: "MONTH" });
    expect(catalog.productOf("price_c25")).toEqual({ kind: "creditPack", pack: "CREDITS_25" });
  });

  it("knows nothing of products without a price, or of prices it was not given", () => {
    expect(catalog.priceOf({ kind: "plan", plan: "TEAM", interval: "YEAR" })).toBeUndefined();
    expect(catalog.productOf("price_someone_else")).toBeUndefined();
  });
});
