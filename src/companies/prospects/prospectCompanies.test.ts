import { describe, expect, it } from "vitest";
import { nameFromDomain, prospectCompaniesToCreate } from "./prospectCompanies";

describe("prospect companies from Apollo members", () => {
  it("names a company by its domain when Apollo gave no name", () => {
    expect(nameFromDomain("harbor-analytics.io")).toBe("Harbor Analytics");
    expect(nameFromDomain("acme.com")).toBe("Acme");
  });

  it("creates what fits under the quota and counts the rest", () => {
    const domains = [
      { domain: "a.com", name: "Alpha Inc." },
      { domain: "b-c.io", name: null },
      { domain: "d.com", name: "  " },
    ];
    expect(prospectCompaniesToCreate(domains, 2)).toEqual({
      create: [
        { domain: "a.com", name: "Alpha Inc." },
        { domain: "b-c.io", name: "B C" },
      ],
      overQuota: 1,
    });
    expect(prospectCompaniesToCreate(domains, 0)).toEqual({ create: [], overQuota: 3 });
  });
});
