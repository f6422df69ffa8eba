import { fireEvent, screen } from "@testing-library/react";
import { renderInContext } from "wasp/client/test";
import { describe, expect, test, vi } from "vitest";
import { BillingView } from "./BillingPage";
import type { BillingOverview, Pricing } from "./operations";
import { plans } from "./plans";

const pricing = (configured: boolean): Pricing => ({
  billingConfigured: configured,
  plans: (["FREE", "PRO", "TEAM"] as const).map((id) => ({ ...plans[id], purchasable: configured && id !== "FREE" ? ["MONTH", "YEAR"] : [] })),
  creditPacks: [{ id: "CREDITS_25", credits: 25, priceCents: 1_900, purchasable: configured }],
});

const freeOverview: BillingOverview = {
  workspace: { id: "w1", name: "Ada's workspace", isPersonal: true },
  canManageBilling: true,
  plan: { id: "FREE", name: "Free", quotas: plans.FREE.quotas },
  subscription: null,
  hasBillingAccount: false,
  usage: [{ quota: "trackedCompanies", label: "Tracked companies", unit: "companies", used: 100, limit: 100 }],
  credits: { balance: 3, reportsThisMonth: 0, history: [{ id: "l1", createdAt: new Date("2026-11-01"), kind: "OPENING_BALANCE", description: "Starting credits", creditsDelta: 3, creditsBalanceAfter: 3, amountMinor: null, currency: null }] },
  pricing: pricing(true),
};

const actions = () => ({ onChoosePlan: vi.fn(), onBuyPack: vi.fn(), onManage: vi.fn() });

describe("the billing page", () => {
  test("a Free workspace at its company limit sees the full bar, its history, and can choose Pro", () => {
    const handlers = actions();
    renderInContext(<BillingView overview={freeOverview} busy={false} {...handlers} />);
    expect(screen.getByTestId("current-plan").textContent).toBe("Free");
    expect(screen.getByTestId("usage-trackedCompanies").textContent).toContain("100 of 100");
    expect(screen.getByTestId("credit-history").textContent).toContain("Starting credits");
    expect(screen.queryByRole("button", { name: "Manage billing and invoices" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Yearly (2 months free)" }));
    fireEvent.click(screen.getByRole("button", { name: "Choose Pro" }));
    expect(handlers.onChoosePlan).toHaveBeenCalledWith("PRO", "YEAR");
    fireEvent.click(screen.getByRole("button", { name: /Buy 25 credits/ }));
    expect(handlers.onBuyPack).toHaveBeenCalledWith("CREDITS_25");
  });

  test("without billing configured it says so and sells nothing", () => {
    renderInContext(<BillingView overview={{ ...freeOverview, pricing: pricing(false) }} busy={false} {...actions()} />);
    expect(screen.getByText(/Billing is not configured on this server/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Choose Pro" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: /Buy 25 credits/ })).toBeNull();
  });

  test("a member who is not an owner or admin reads billing but cannot buy or manage", () => {
    renderInContext(<BillingView overview={{ ...freeOverview, canManageBilling: false, hasBillingAccount: true }} busy={false} {...actions()} />);
    expect(screen.getByText(/Only the workspace's owners and admins/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Choose Pro" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: "Manage billing and invoices" })).toBeNull();
  });

  test("a Pro workspace with a failed payment sees its renewal, the warning and the portal", () => {
    const handlers = actions();
    renderInContext(
      <BillingView
        overview={{
          ...freeOverview,
          plan: { id: "PRO", name: "Pro", quotas: plans.PRO.quotas },
          hasBillingAccount: true,
          subscription: { plan: "PRO", interval: "MONTH", status: "PAST_DUE", cancelAtPeriodEnd: false, currentPeriodEnd: new Date("2026-12-31"), canceledAt: null, lastPaymentFailedAt: new Date("2026-12-01") },
        }}
        busy={false}
        {...handlers}
      />,
    );
    expect(screen.getByTestId("subscription-status").textContent).toContain("Monthly, payment overdue.");
    expect(screen.getByRole("alert").textContent).toContain("A payment failed on 1 December 2026");
    expect(screen.queryByRole("button", { name: "Choose Team" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Manage billing and invoices" }));
    expect(handlers.onManage).toHaveBeenCalled();
  });
});
