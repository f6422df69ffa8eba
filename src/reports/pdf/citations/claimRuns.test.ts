import { describe, expect, it } from "vitest";
import { claimHasUnverifiedNumbers, claimRuns } from "./claimRuns";

describe("claimRuns", () => {
  it("appends the citations as sorted, unique superscripts that jump to their sources", () => {
    const runs = claimRuns({ text: "Visits grew 12.5% in a year.", citations: [7, 3, 7], unverifiedNumbers: [] });
    expect(runs).toEqual([
      { text: "Visits grew 12.5% in a year.", style: "claim" },
      { text: "3", style: "citation", goTo: "source-3" },
      { text: ",\u00a0", style: "citationSeparator" },
      { text: "7", style: "citation", goTo: "source-7" },
    ]);
  });

  it("marks each standalone occurrence of an unverified number with a dagger", () => {
    const runs = claimRuns({ text: "Crestline hired 85 people, 85 in sales; 1850 is unrelated.", citations: [2], unverifiedNumbers: ["85"] });
    expect(runs.map((run) => `${run.style}:${run.text}`)).toEqual([
      "claim:Crestline hired ",
      "unverifiedNumber:85",
      "dagger:†",
      "claim: people, ",
      "unverifiedNumber:85",
      "dagger:†",
      "claim: in sales; 1850 is unrelated.",
      "citation:2",
    ]);
  });

  it("does not match a number inside a longer one", () => {
    const runs = claimRuns({ text: "Rated 4.42 and 42.", citations: [], unverifiedNumbers: ["42"] });
    expect(runs.map((run) => `${run.style}:${run.text}`)).toEqual(["claim:Rated 4.42 and ", "unverifiedNumber:42", "dagger:†", "claim:."]);
  });

  it("shows a flagged number the text spells differently after the text, still marked", () => {
    const runs = claimRuns({ text: "Revenue is about 1.2 million.", citations: [1], unverifiedNumbers: ["1,200,000"] });
    expect(runs.map((run) => run.text).join("")).toBe("Revenue is about 1.2 million. (1,200,000†)1");
    expect(runs.find((run) => run.style === "dagger")).toBeDefined();
  });

  it("knows when a claim needs the dagger's legend", () => {
    expect(claimHasUnverifiedNumbers({ text: "x", citations: [], unverifiedNumbers: ["3"] })).toBe(true);
    expect(claimHasUnverifiedNumbers({ text: "x", citations: [], unverifiedNumbers: [] })).toBe(false);
  });
});
