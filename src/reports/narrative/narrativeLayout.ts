import { assertUnreachable } from "../../shared/assertUnreachable";
import type { NarrativeSection, NarrativeSectionKey } from "../reportDocument";
import type { ReportKind } from "../reportKinds";

export interface NarrativeSectionSpec {
  key: NarrativeSectionKey;
  title: string;
  kind: NarrativeSection["kind"];
  /** What the writer is asked for in this section. */
  brief: string;
}

const section = (key: NarrativeSectionKey, title: string, kind: NarrativeSection["kind"], brief: string): NarrativeSectionSpec => ({
  key,
  title,
  kind,
  brief,
});

const executiveSummary = section("executiveSummary", "Executive summary", "facts", "The three to five findings that matter most.");
const strengths = section("strengths", "Strengths", "facts", "SWOT: the subject's strengths, from the sources.");
const weaknesses = section("weaknesses", "Weaknesses", "facts", "SWOT: the subject's weaknesses, from the sources.");
const opportunities = section("opportunities", "Opportunities", "facts", "SWOT: opportunities the sources point to.");
const threats = section("threats", "Threats", "facts", "SWOT: threats the sources point to.");
const risks = section("risks", "Risks", "facts", "Risks to the subject's position, each with its evidence.");
const recommendations = section("recommendations", "Recommendations", "recommendations", "What to do next; each recommendation cites the facts behind it.");

/** The narrative sections of each kind of report, in reading order. */
export function narrativeSectionsFor(kind: ReportKind): NarrativeSectionSpec[] {
  switch (kind) {
    case "MARKET":
      return [
        executiveSummary,
        section("marketOverview", "Market overview", "facts", "The segment and its market-data trends."),
        section("positioning", "Positioning", "facts", "How the subject is positioned against its competitors."),
        strengths,
        weaknesses,
        opportunities,
        threats,
        risks,
        recommendations,
      ];
    case "COMPETITOR":
      return [
        executiveSummary,
        section("positioning", "Dimension by dimension", "facts", "The subject against each competitor on price, product breadth, market presence and growth."),
        strengths,
        weaknesses,
        risks,
        recommendations,
      ];
    case "ACCOUNT_BRIEF":
      return [
        section("summary", "Who they are", "facts", "The prospect: what they do, their size, and the signals in their data."),
        section("talkingPoints", "Talking points", "recommendations", "Talking points for a first call, each grounded in a fact."),
      ];
    default:
      return assertUnreachable(kind);
  }
}

/** The SWOT sections, shown as a grid on the page and in the PDF. */
export const swotSectionKeys: readonly NarrativeSectionKey[] = ["strengths", "weaknesses", "opportunities", "threats"];
