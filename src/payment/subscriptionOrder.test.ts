import { describe, expect, it } from "vitest";
import { effectivePlanOf, isNewerThan, type SubscriptionFacts } from "./subscriptionOrder";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 1) + seconds * 1000);
const facts = (status: SubscriptionFacts["status"], seconds: number, extra: Partial<SubscriptionFacts> = {}): SubscriptionFacts => ({
  status,
  asOf: at(seconds),
  cancelAtPeriodEnd: false,
  ...extra,
});

describe("subscription news order", () => {
  it("takes anything when nothing is stored, and newer news over older", () => {
    expect(isNewerThan(facts("ACTIVE", 0), null)).toBe(true);
    expect(isNewerThan(facts("PAST_DUE", 10), facts("ACTIVE", 5))).toBe(true);
    expect(isNewerThan(facts("ACTIVE", 5), facts("PAST_DUE", 10))).toBe(false);
  });

  it("never moves a cancelled subscription, however new the news", () => {
    expect(isNewerThan(facts("ACTIVE", 100), facts("CANCELED", 10))).toBe(false);
    expect(isNewerThan(facts("ACTIVE", 100), facts("INCOMPLETE_EXPIRED", 10))).toBe(false);
  });

  it("breaks a tie within one second by lifecycle, then by the later period, then by a pending cancel", () => {
    expect(isNewerThan(facts("CANCELED", 5), facts("ACTIVE", 5))).toBe(true);
    expect(isNewerThan(facts("ACTIVE", 5), facts("INCOMPLETE", 5))).toBe(true);
    expect(isNewerThan(facts("INCOMPLETE", 5), facts("ACTIVE", 5))).toBe(false);
    expect(isNewerThan(facts("ACTIVE", 5, { currentPeriodEnd: at(50) }), facts("ACTIVE", 5, { currentPeriodEnd: at(40) }))).toBe(true);
    expect(isNewerThan(facts("ACTIVE", 5, { currentPeriodEnd: at(40) }), facts("ACTIVE", 5))).toBe(true);
    expect(isNewerThan(facts("ACTIVE", 5, { cancelAtPeriodEnd: true }), facts("ACTIVE", 5))).toBe(true);
  });

  it("treats the same news twice as nothing new", () => {
    expect(isNewerThan(facts("ACTIVE", 5, { currentPeriodEnd: at(9) }), facts("ACTIVE", 5, { currentPeriodEnd: at(9) }))).toBe(false);
  });

  it("ends in the same state whatever order the news arrives in", () => {
    const news = [facts("INCOMPLETE", 0), facts("ACTIVE", 1), facts("ACTIVE", 40, { cancelAtPeriodEnd: true }), facts("PAST_DUE", 20), facts("CANCELED", 60)];
    const settle = (order: SubscriptionFacts[]) => order.reduce<SubscriptionFacts | null>((stored, next) => (isNewerThan(next, stored) ? next : stored), null);
    const expected = settle(news);
    for (let shuffle = 0; shuffle < 50; shuffle += 1) {
      const order = [...news].sort(() => Math.random() - 0.5);
      expect(settle(order)).toEqual(expected);
    }
    expect(expected?.status).toBe("CANCELED");
  });
});

describe("the plan a workspace has", () => {
  it("is Free without an entitled subscription, else the best entitled plan", () => {
    expect(effectivePlanOf([])).toBe("FREE");
    expect(effectivePlanOf([{ plan: "TEAM", status: "CANCELED" }])).toBe("FREE");
    expect(effectivePlanOf([{ plan: "PRO", status: "UNPAID" }])).toBe("FREE");
    expect(effectivePlanOf([{ plan: "PRO", status: "PAST_DUE" }])).toBe("PRO");
    expect(effectivePlanOf([{ plan: "PRO", status: "ACTIVE" }, { plan: "TEAM", status: "TRIALING" }])).toBe("TEAM");
  });
});
