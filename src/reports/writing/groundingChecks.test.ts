import { describe, expect, it } from "vitest";
import type { ReportSource } from "../reportDocument";
import {
  checkClaims,
  checkedNumbersOf,
  groundingFigures,
  sourceNumbersIndex,
  unknownCitations,
  unverifiedNumbersOf,
  withoutCitationMarkers,
} from "./groundingChecks";

const source = (number: number, title: string, facts: string[]): ReportSource => ({
  number,
  kind: "firmographics",
  recordId: `record-${number}`,
  companyId: "c1",
  companyName: "Acme",
  title,
  facts,
  asOf: "2025-03-01T00:00:00.000Z",
  appPath: `/companies/c1`,
  externalUrl: null,
});

const sources = [
  source(1, "Acme firmographics", ["Employees: 1,213", "Annual revenue: $4,123,456", "Founded: 2009"]),
  source(2, "Acme web visits (monthly)", ["Latest: 85,400 on 2025-02-28", "Change over 90 days: -12.34 %", "Growth rate: 0.1234 per year"]),
  source(3, "Segment: software, 51-200 employees", ["Companies in the segment: 14", "Median headcount: 120"]),
];
const index = sourceNumbersIndex(sources);

describe("unknownCitations", () => {
  it("lists citations of sources that do not exist, once each, in order", () => {
    const claims = [
      { text: "a", citations: [1, 999] },
      { text: "b", citations: [4, 2, 999] },
      { text: "c", citations: [] },
    ];
    expect(unknownCitations(claims, sources)).toEqual([4, 999]);
  });

  it("is empty when every citation points at a source", () => {
    expect(unknownCitations([{ text: "a", citations: [1, 2, 3] }], sources)).toEqual([]);
  });
});

describe("citation markers", () => {
  it("are removed before numbers are read", () => {
    expect(withoutCitationMarkers("Growth [2] and [1, 3] and [2–3]; see source 2, sources 1 and 3, source #3.")).not.toMatch(/\d/);
  });

  it("keep numbers that only follow the word source", () => {
    expect(checkedNumbersOf("Open source 3,000 contributors").map((n) => n.written)).toEqual(["3,000"]);
  });
});

describe("unverifiedNumbersOf", () => {
  it("passes numbers found in a cited source's facts, within rounding", () => {
    expect(unverifiedNumbersOf({ text: "Acme has about 1,200 employees and $4.1M in revenue.", citations: [1] }, index)).toEqual([]);
    expect(unverifiedNumbersOf({ text: "Web visits fell 12.3% over 90 days, to 85.4k.", citations: [2] }, index)).toEqual([]);
    expect(unverifiedNumbersOf({ text: "Visits grow 12% a year.", citations: [2] }, index)).toEqual([]);
  });

  it("passes numbers found in a cited source's title", () => {
    expect(unverifiedNumbersOf({ text: "Acme sits among software companies of 51-200 employees.", citations: [3] }, index)).toEqual([]);
  });

  it("does not check years or citation markers", () => {
    expect(unverifiedNumbersOf({ text: "Founded in 2009, by 2025 Acme had grown [1] (source 3).", citations: [1] }, index)).toEqual([]);
  });

  it("flags a number none of the cited sources holds, as written", () => {
    expect(unverifiedNumbersOf({ text: "Acme has 1,500 employees and $4.1M in revenue.", citations: [1] }, index)).toEqual(["1,500"]);
  });

  it("flags a number that is only in a source the claim does not cite", () => {
    expect(unverifiedNumbersOf({ text: "The segment has 14 companies.", citations: [1] }, index)).toEqual(["14"]);
  });

  it("flags every number of a claim without citations", () => {
    expect(unverifiedNumbersOf({ text: "Acme has 1,213 employees and 14 rivals.", citations: [] }, index)).toEqual(["1,213", "14"]);
  });

  it("flags a number written with more precision than the source", () => {
    expect(unverifiedNumbersOf({ text: "Revenue is $4.1237M; visits fell 12.345%.", citations: [1, 2] }, index)).toEqual(["$4.1237M", "12.345%"]);
  });

  it("flags a citation of a source that does not exist as giving no support", () => {
    expect(unverifiedNumbersOf({ text: "Acme has 1,213 employees.", citations: [999] }, index)).toEqual(["1,213"]);
  });

  it("lists a repeated unverified number once", () => {
    expect(unverifiedNumbersOf({ text: "37% then 37% again", citations: [1] }, index)).toEqual(["37%"]);
  });
});

describe("checkClaims and groundingFigures", () => {
  it("checks each claim, de-duplicates citations, and counts claims, cited claims and unverified numbers", () => {
    const checked = checkClaims(
      [
        { text: " Acme has 1,213 employees. ", citations: [1, 1] },
        { text: "Visits fell 40%.", citations: [2] },
        { text: "Acme should hire 3 and raise 7%.", citations: [] },
      ],
      index,
    );
    expect(checked).toEqual([
      { text: "Acme has 1,213 employees.", citations: [1], unverifiedNumbers: [] },
      { text: "Visits fell 40%.", citations: [2], unverifiedNumbers: ["40%"] },
      { text: "Acme should hire 3 and raise 7%.", citations: [], unverifiedNumbers: ["3", "7%"] },
    ]);
    expect(groundingFigures(checked)).toEqual({ claimCount: 3, citedClaimCount: 2, unverifiedNumberCount: 3 });
  });

  it("counts nothing for no claims", () => {
    expect(groundingFigures([])).toEqual({ claimCount: 0, citedClaimCount: 0, unverifiedNumberCount: 0 });
  });
});
