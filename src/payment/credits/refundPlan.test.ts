import { describe, expect, it } from "vitest";
import { packCreditsOwed, refundToRecord } from "./refundPlan";

describe("refund notices", () => {
  it("record only the money no earlier notice has", () => {
    expect(refundToRecord(1_900, 0)).toBe(1_900);
    expect(refundToRecord(1_900, 950)).toBe(950);
    // A late notice with a smaller running total.
    expect(refundToRecord(950, 1_900)).toBe(0);
  });
});

describe("a refunded pack's credits", () => {
  const pack = { packCredits: 25, paidMinor: 1_900, refundedMinor: 1_900, revokedCredits: 0, balance: 30 };

  it("go back whole for a whole refund, in proportion for a partial one", () => {
    expect(packCreditsOwed(pack)).toBe(25);
    expect(packCreditsOwed({ ...pack, refundedMinor: 950 })).toBe(12);
    expect(packCreditsOwed({ ...pack, revokedCredits: 12 })).toBe(13);
  });

  it("are never taken twice, nor beyond the balance, nor without a refund", () => {
    expect(packCreditsOwed({ ...pack, revokedCredits: 25 })).toBe(0);
    expect(packCreditsOwed({ ...pack, balance: 4 })).toBe(4);
    expect(packCreditsOwed({ ...pack, refundedMinor: 0 })).toBe(0);
    expect(packCreditsOwed({ ...pack, refundedMinor: 5_000 })).toBe(25);
  });
});
