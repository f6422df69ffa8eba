import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardSpreadsheetFormula, unguardSpreadsheetFormula } from "./spreadsheetFormulaGuard";

/** Strings biased towards what the guard is about: a leading quote or formula character. */
const cellText = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "''", "'="), fc.string({ unit: "grapheme" })).map(([start, rest]) => start + rest),
);

describe("spreadsheet formula guard", () => {
  it("quotes every cell a spreadsheet would run as a formula", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const guarded = guardSpreadsheetFormula(text);
        expect(/^[=+\-@\t\r]/.test(guarded)).toBe(false);
      }),
    );
    expect(guardSpreadsheetFormula("=1+1")).toBe("'=1+1");
    expect(guardSpreadsheetFormula("Acme")).toBe("Acme");
  });

  it("is undone exactly by the import, for any text", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(unguardSpreadsheetFormula(guardSpreadsheetFormula(text))).toBe(text);
      }),
      { numRuns: 2_000 },
    );
  });

  it("leaves a hand-written quote that guards nothing alone", () => {
    expect(unguardSpreadsheetFormula("'Quoted'")).toBe("'Quoted'");
    expect(unguardSpreadsheetFormula("'=1+1")).toBe("=1+1");
  });
});
