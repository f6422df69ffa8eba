import { screen } from "@testing-library/react";
import { renderInContext } from "wasp/client/test";
import { describe, expect, test } from "vitest";
import { PricingView } from "./PricingPage";
import type { Pricing } from "./operations";
import { plans } from "./plans";

const pricing = (configured: boolean): Pricing => ({
  billingConfigured: configured,
  plans: (["FREE", "PRO", "TEAM"] as const).map((id) => ({ ...plans[id], purchasable: configured && id !== "FREE" ? ["MONTH", "YEAR"] : [] })),
  creditPacks: [{ id: "CREDITS_25", credits: 25, priceCents: 1_900, purchasable: configured }],
});

describe("the pricing page", () => {
  test("shows every plan's quotas from the plan table, and packs, to a visitor", () => {
    renderInContext(<PricingView pricing={pricing(true)} failed={false} signedIn={false} />);
    expect(screen.getByTestId("plan-PRO").textContent).toContain("$49");
    expect(screen.getByTestId("plan-PRO").textContent).toContain("10,000 tracked companies");
    expect(screen.getByTestId("plan-TEAM").textContent).toContain("25 seats");
    expect(screen.getByText(/25 credits · \$19/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Start free" }).getAttribute("href")).toBe("/signup");
    expect(screen.queryByText(/not configured/)).toBeNull();
  });

  test("without Stripe keys shows the plans and says billing is not configured", () => {
    renderInContext(<PricingView pricing={pricing(false)} failed={false} signedIn={true} />);
    expect(screen.getByText(/Billing is not configured on this server/)).toBeTruthy();
    expect(screen.getByTestId("plan-FREE")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Choose a plan for your workspace" }).getAttribute("href")).toBe("/app/billing");
  });
});
