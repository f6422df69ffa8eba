import { describe, expect, it } from "vitest";
import { importProgressPercent, isImportFinished } from "./importProgress";

describe("import progress", () => {
  it("is the share of staged rows merged so far", () => {
    expect(importProgressPercent({ status: "RUNNING", validRows: 1000, processedRows: 250 })).toBe(25);
  });

  it("is complete once the import succeeded, even with nothing to merge", () => {
    expect(importProgressPercent({ status: "SUCCEEDED", validRows: 0, processedRows: 0 })).toBe(100);
  });

  it("starts at zero", () => {
    expect(importProgressPercent({ status: "QUEUED", validRows: 0, processedRows: 0 })).toBe(0);
  });

  it("knows when to stop polling", () => {
    expect(isImportFinished("RUNNING")).toBe(false);
    expect(isImportFinished("FAILED")).toBe(true);
  });
});
