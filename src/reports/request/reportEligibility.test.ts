import { describe, expect, it } from "vitest";
import { reportIneligibility } from "./reportEligibility";

describe("which reports a company can have", () => {
  it("market reports always; competitor reports with a linked competitor; account briefs for prospects", () => {
    const own = { name: "Northwind", role: "OWN_COMPANY" as const };
    expect(reportIneligibility("MARKET", own, 0)).toBeUndefined();
    expect(reportIneligibility("COMPETITOR", own, 0)).toMatch(/add at least one on its competitor map/);
    expect(reportIneligibility("COMPETITOR", own, 2)).toBeUndefined();
    expect(reportIneligibility("ACCOUNT_BRIEF", own, 2)).toMatch(/mark Northwind as a prospect/);
    expect(reportIneligibility("ACCOUNT_BRIEF", { name: "Lead", role: "PROSPECT" }, 0)).toBeUndefined();
  });
});
