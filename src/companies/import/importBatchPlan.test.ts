import { describe, expect, it } from "vitest";
import { planImportBatch, type MergedRow } from "./importBatchPlan";

// A simple stand-in merge so the plan is tested on its own: row wins, tags union.
const merge = (
  existing: { name: string; role: "WATCH" | "COMPETITOR" | "PROSPECT" | "OWN_COMPANY"; tags: string[] } | undefined,
  row: { domain: string; name?: string; role?: "WATCH" | "COMPETITOR" | "PROSPECT" | "OWN_COMPANY"; tags: string[] },
) => ({
  name: row.name ?? existing?.name ?? row.domain,
  role: row.role ?? existing?.role ?? ("WATCH" as const),
  tags: [...new Set([...(existing?.tags ?? []), ...row.tags])],
});

const row = (domain: string, extra: Partial<MergedRow> = {}): MergedRow => ({ domain, tags: [], mergedLines: [1], ...extra });

describe("planImportBatch", () => {
  it("creates companies the workspace does not have", () => {
    const plan = planImportBatch([row("a.com", { name: "A" })], [], merge);
    expect(plan).toEqual({ creates: [{ domain: "a.com", name: "A", role: "WATCH", tags: [] }], updates: [], mergedRowCount: 0 });
  });

  it("merges into an existing company and counts it", () => {
    const existing = [{ id: "1", domain: "a.com", name: "A", role: "WATCH" as const, tags: ["x"] }];
    const plan = planImportBatch([row("a.com", { role: "COMPETITOR", tags: ["y"] })], existing, merge);
    expect(plan.updates).toEqual([{ id: "1", name: "A", role: "COMPETITOR", tags: ["x", "y"] }]);
    expect(plan.mergedRowCount).toBe(1);
  });

  it("skips the write when merging changes nothing", () => {
    const existing = [{ id: "1", domain: "a.com", name: "A", role: "WATCH" as const, tags: ["x"] }];
    const plan = planImportBatch([row("a.com", { tags: ["x"] })], existing, merge);
    expect(plan.updates).toEqual([]);
    expect(plan.mergedRowCount).toBe(1);
  });

  it("counts in-file duplicates folded into one row", () => {
    const plan = planImportBatch([row("a.com", { mergedLines: [2, 5, 9] })], [], merge);
    expect(plan.creates).toHaveLength(1);
    expect(plan.mergedRowCount).toBe(2);
  });
});
