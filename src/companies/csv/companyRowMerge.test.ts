import { describe, expect, it } from "vitest";
import { mergeCompanyRow, mergeRowsByDomain } from "./companyRowMerge";

describe("mergeCompanyRow", () => {
  it("fills a new company with defaults", () => {
    expect(mergeCompanyRow(undefined, { domain: "acme-labs.com", tags: [] })).toEqual({ name: "Acme Labs", role: "WATCH", tags: [] });
  });

  it("lets the row's name and role win and unites tags", () => {
    const existing = { name: "Old", role: "WATCH" as const, tags: ["a", "b"] };
    expect(mergeCompanyRow(existing, { domain: "x.com", name: "New", role: "COMPETITOR", tags: ["b", "c"] })).toEqual({
      name: "New",
      role: "COMPETITOR",
      tags: ["a", "b", "c"],
    });
    expect(mergeCompanyRow(existing, { domain: "x.com", tags: [] })).toEqual(existing);
  });

  it("keeps at most 20 tags", () => {
    const existing = { name: "X", role: "WATCH" as const, tags: Array.from({ length: 19 }, (_, i) => `t${i}`) };
    expect(mergeCompanyRow(existing, { domain: "x.com", tags: ["new1", "new2"] }).tags).toHaveLength(20);
  });
});

describe("mergeRowsByDomain", () => {
  it("folds duplicates of a batch into one row with their lines", () => {
    const merged = mergeRowsByDomain([
      { line: 2, domain: "a.com", name: "A", tags: ["x"] },
      { line: 3, domain: "b.com", tags: [] },
      { line: 7, domain: "a.com", role: "PROSPECT", tags: ["y"] },
    ]);
    expect(merged).toEqual([
      { domain: "a.com", name: "A", role: "PROSPECT", tags: ["x", "y"], mergedLines: [2, 7] },
      { domain: "b.com", name: undefined, role: undefined, tags: [], mergedLines: [3] },
    ]);
  });
});
