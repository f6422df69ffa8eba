import { describe, expect, it } from "vitest";
import { plans } from "../plans";
import { quotaRefusal } from "./quotaRefusal";

describe("quota refusals", () => {
  it("lets a request through while it fits, including up to the limit itself", () => {
    expect(quotaRefusal({ plan: "FREE", quota: "trackedCompanies", used: 99, adding: 1 })).toBeUndefined();
    expect(quotaRefusal({ plan: "FREE", quota: "trackedCompanies", used: 0, adding: 100 })).toBeUndefined();
  });

  it("names the limit, the use and the plan that raises it", () => {
    expect(quotaRefusal({ plan: "FREE", quota: "trackedCompanies", used: 100, adding: 1 })).toBe(
      "Tracked companies: your Free plan allows 100 companies and this workspace uses 100. Upgrade to Pro (10,000 companies) on the Billing page.",
    );
    expect(quotaRefusal({ plan: "FREE", quota: "trackedCompanies", used: 40, adding: 70 })).toContain("This needs 70 more.");
  });

  it("says so on the largest plan", () => {
    expect(quotaRefusal({ plan: "TEAM", quota: "seats", used: plans.TEAM.quotas.seats, adding: 1 })).toContain("largest plan");
  });
});
