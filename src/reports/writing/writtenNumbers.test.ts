import { describe, expect, it } from "vitest";
import { isYear, numbersIn, precisionStep, sameNumber } from "./writtenNumbers";

const only = (text: string) => {
  const numbers = numbersIn(text);
  expect(numbers).toHaveLength(1);
  return numbers[0];
};

const matches = (claim: string, source: string) => sameNumber(only(claim), only(source));

describe("numbersIn", () => {
  it("reads thousands separators, decimals, currency, percents and multipliers", () => {
    expect(numbersIn("Revenue of $4,123,456 grew 12.34 % to €4.1M, with 850k users and 2 bn visits")).toMatchObject([
      { written: "$4,123,456", value: 4_123_456, decimals: 0, hasCurrency: true, hasThousandsSeparator: true },
      { written: "12.34 %", mantissa: 12.34, decimals: 2, isPercent: true },
      { written: "€4.1M", mantissa: 4.1, multiplier: 1e6, value: 4_100_000, hasCurrency: true },
      { written: "850k", value: 850_000 },
      { written: "2 bn", value: 2e9 },
    ]);
  });

  it("reads words as suffixes: percent, million, billion, thousand", () => {
    expect(numbersIn("12 percent, 3.5 million, 1.2 billion, 40 thousand, USD 7.5B").map((n) => n.value)).toEqual([12, 3_500_000, 1_200_000_000, 40_000, 7_500_000_000]);
    expect(numbersIn("12 percent")[0].isPercent).toBe(true);
  });

  it("ignores digits inside words and codes, ISO dates and months", () => {
    expect(numbersIn("B2B teams in Q3 use gpt-4o, rank 2nd, v2.1, 4Mbps")).toEqual([]);
    expect(numbersIn("as of 2024-05-01 and 2024-06, 2024-07-01T10:00:00Z")).toEqual([]);
  });

  it("keeps magnitudes: a minus sign is prose's business", () => {
    expect(only("change: -12.3%").value).toBe(12.3);
  });

  it("keeps a number followed by punctuation", () => {
    expect(numbersIn("Headcount is 1,200. Growth was 12%; churn (3.4%) fell.").map((n) => n.written)).toEqual(["1,200", "12%", "3.4%"]);
  });
});

describe("isYear", () => {
  it("reads bare integers from 1900 to 2100 as years", () => {
    expect(isYear(only("since 1998"))).toBe(true);
    expect(isYear(only("in 2024"))).toBe(true);
    expect(isYear(only("2100"))).toBe(true);
  });

  it("does not read other numbers as years", () => {
    for (const text of ["1899", "2101", "2,024", "$2024", "2024%", "2024.5", "2.024k"]) expect(isYear(only(text)), text).toBe(false);
  });
});

describe("precisionStep", () => {
  it("is the last decimal written", () => {
    expect(precisionStep(only("4.1M"))).toBeCloseTo(0.1);
    expect(precisionStep(only("12.34%"))).toBeCloseTo(0.01);
    expect(precisionStep(only("12%"))).toBe(1);
  });

  it("reads trailing zeros as rounding only while two significant digits remain", () => {
    expect(precisionStep(only("1,200"))).toBe(100);
    expect(precisionStep(only("4,100,000"))).toBe(100_000);
    expect(precisionStep(only("1,230"))).toBe(10);
    expect(precisionStep(only("1,000"))).toBe(1);
    expect(precisionStep(only("50"))).toBe(1);
    expect(precisionStep(only("100%"))).toBe(1);
    expect(precisionStep(only("0"))).toBe(1);
  });
});

describe("sameNumber", () => {
  it("matches the source value rounded to the claim's precision", () => {
    expect(matches("$4.1M", "4,123,456")).toBe(true);
    expect(matches("4.12M", "4,123,456")).toBe(true);
    expect(matches("4,123,456", "4,123,456")).toBe(true);
    expect(matches("4,100,000", "4,123,456")).toBe(true);
    expect(matches("1,200 employees", "1,213")).toBe(true);
    expect(matches("4.1M", "$4.1M")).toBe(true);
    expect(matches("4,100,000", "4.1M")).toBe(true);
  });

  it("matches a value cut to the claim's precision", () => {
    expect(matches("12%", "12.9%")).toBe(true);
    expect(matches("4.5M", "4,567,000")).toBe(true);
  });

  it("matches percents written with or without a space, and a fraction written as a percent", () => {
    expect(matches("12%", "12.3%")).toBe(true);
    expect(matches("12%", "12.34 %")).toBe(true);
    expect(matches("12.3%", "12.34 %")).toBe(true);
    expect(matches("12%", "0.1234")).toBe(true);
    expect(matches("62%", "0.62")).toBe(true);
  });

  it("matches k, M and B suffixes against full numbers and each other", () => {
    expect(matches("850k", "850,000")).toBe(true);
    expect(matches("850K", "0.85M")).toBe(true);
    expect(matches("$1.2B", "1,234,000,000")).toBe(true);
    expect(matches("1.2 bn", "$1.2B")).toBe(true);
  });

  it("refuses numbers that differ at the claim's precision", () => {
    expect(matches("$4.2M", "4,123,456")).toBe(false);
    expect(matches("$4.1M", "4,223,456")).toBe(false);
    expect(matches("12.3%", "12.4 %")).toBe(false);
    expect(matches("13%", "12.3%")).toBe(false);
    expect(matches("1,000 employees", "1,213")).toBe(false);
    expect(matches("100%", "60%")).toBe(false);
    expect(matches("50", "46")).toBe(false);
    expect(matches("4,123,457", "4,123,456")).toBe(false);
  });

  it("does not let precision the source lacks pass as verified", () => {
    expect(matches("4.12M", "$4.1M")).toBe(false);
    expect(matches("12.34%", "12.3%")).toBe(false);
  });

  it("does not read a plain number in the claim as a fraction of the source", () => {
    expect(matches("62", "0.62")).toBe(false);
  });
});
