import { assertUnreachable } from "../../../shared/assertUnreachable";
import { narrativeSectionsFor } from "../../narrative/narrativeLayout";
import type { NarrativeSection, NarrativeSectionKey } from "../../reportDocument";
import type { ReportKind } from "../../reportKinds";

/**
 * Which computed sections a kind of report promises (reportKindDescription): those say so when
 * they have nothing to show; any other computed section appears only when it has data.
 */
export type ComputedSectionId = "comparison" | "positioning" | "trends" | "segment" | "sentiment" | "findings";

export function kindPromises(kind: ReportKind, section: ComputedSectionId): boolean {
  switch (kind) {
    case "MARKET":
      return section !== "findings";
    case "COMPETITOR":
      return section === "comparison" || section === "positioning";
    case "ACCOUNT_BRIEF":
      return section === "comparison" || section === "trends";
    default:
      return assertUnreachable(kind);
  }
}

/** Where a narrative section goes: before the computed sections, in the SWOT grid, or after the findings. */
export type NarrativePlacement = "opening" | "swot" | "closing";

export function narrativePlacement(key: NarrativeSectionKey): NarrativePlacement {
  switch (key) {
    case "executiveSummary":
    case "marketOverview":
    case "positioning":
    case "summary":
      return "opening";
    case "strengths":
    case "weaknesses":
    case "opportunities":
    case "threats":
      return "swot";
    case "risks":
    case "recommendations":
    case "talkingPoints":
      return "closing";
    default:
      return assertUnreachable(key);
  }
}

/** The written sections in the kind's reading order (any the kind does not list, after them). */
export function orderedNarrativeSections(kind: ReportKind, sections: NarrativeSection[], placement: NarrativePlacement): NarrativeSection[] {
  const order = narrativeSectionsFor(kind).map((spec) => spec.key);
  const rank = (section: NarrativeSection) => {
    const index = order.indexOf(section.key);
    return index === -1 ? order.length : index;
  };
  return sections
    .filter((section) => narrativePlacement(section.key) === placement)
    .map((section, index) => ({ section, index }))
    .sort((a, b) => rank(a.section) - rank(b.section) || a.index - b.index)
    .map(({ section }) => section);
}
