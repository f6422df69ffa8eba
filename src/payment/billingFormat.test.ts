import { describe, expect, it } from "vitest";
import { formatMoneyMinor, formatPriceCents, renewalSentence, usageShare } from "./billingFormat";

describe("billing words", () => {
  it("formats prices and money", () => {
    expect(formatPriceCents(4_900)).toBe("$49");
    expect(formatPriceCents(1_950)).toBe("$19.50");
    expect(formatMoneyMinor(-1_900, "usd")).toBe("-$19.00");
  });

  it("says what happens next to a subscription", () => {
    const base = { status: "ACTIVE" as const, cancelAtPeriodEnd: false, currentPeriodEnd: "2026-12-31T00:00:00Z", canceledAt: null };
    expect(renewalSentence(base)).toBe("Renews on 31 December 2026.");
    expect(renewalSentence({ ...base, cancelAtPeriodEnd: true })).toContain("ends on 31 December 2026");
    expect(renewalSentence({ ...base, status: "CANCELED", canceledAt: "2026-12-05T00:00:00Z" })).toBe("Ended on 5 December 2026.");
    expect(renewalSentence({ ...base, status: "PAST_DUE" })).toContain("did not go through");
  });

  it("fills a usage bar up to the limit and marks it full there", () => {
    expect(usageShare(50, 100)).toEqual({ percent: 50, full: false });
    expect(usageShare(120, 100)).toEqual({ percent: 100, full: true });
    expect(usageShare(0, 0)).toEqual({ percent: 100, full: true });
  });
});
