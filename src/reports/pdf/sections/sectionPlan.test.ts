import { describe, expect, it } from "vitest";
import { narrativeSectionKeys, type NarrativeSection } from "../../reportDocument";
import { kindPromises, narrativePlacement, orderedNarrativeSections } from "./sectionPlan";

const section = (key: NarrativeSection["key"]): NarrativeSection => ({ key, title: key, kind: "facts", claims: [] });

describe("section plan", () => {
  it("places every narrative section somewhere", () => {
    for (const key of narrativeSectionKeys) expect(["opening", "swot", "closing"]).toContain(narrativePlacement(key));
  });

  it("orders written sections by the kind's reading order, unknown ones last", () => {
    const written = [section("positioning"), section("summary"), section("executiveSummary"), section("marketOverview")];
    expect(orderedNarrativeSections("MARKET", written, "opening").map((s) => s.key)).toEqual([
      "executiveSummary",
      "marketOverview",
      "positioning",
      "summary",
    ]);
    expect(orderedNarrativeSections("MARKET", [section("recommendations"), section("risks")], "closing").map((s) => s.key)).toEqual([
      "risks",
      "recommendations",
    ]);
  });

  it("knows which computed sections each kind promises", () => {
    expect(kindPromises("MARKET", "sentiment")).toBe(true);
    expect(kindPromises("COMPETITOR", "segment")).toBe(false);
    expect(kindPromises("ACCOUNT_BRIEF", "trends")).toBe(true);
    expect(kindPromises("ACCOUNT_BRIEF", "positioning")).toBe(false);
  });
});
