import { describe, expect, it } from "vitest";
import { selectQueryEngine } from "./queryEngineMode";

describe("HYPERFORMANT_PRISMA_ENGINE", () => {
  it("defaults to the native engine", () => {
    expect(selectQueryEngine(undefined)).toBe("native");
    expect(selectQueryEngine("")).toBe("native");
  });

  it("accepts native and wasm in any case", () => {
    expect(selectQueryEngine("WASM")).toBe("wasm");
    expect(selectQueryEngine(" native ")).toBe("native");
  });

  it("refuses anything else with a message naming the variable", () => {
    expect(() => selectQueryEngine("sqlite")).toThrow(/HYPERFORMANT_PRISMA_ENGINE/);
  });
});
