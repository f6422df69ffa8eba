import type { ReportInputData } from "../gathering/reportInputData";
import type { ComputedSections, Narrative } from "../reportDocument";

const MAX_SUMMARY_LENGTH = 300;

/** One line for the reports list: the narrative's first finding, or what the report covers. */
export function reportSummary(data: ReportInputData, computed: ComputedSections, narrative: Narrative): string {
  if (narrative.status === "written") {
    const first = narrative.sections.find((section) => section.claims.length > 0)?.claims[0]?.text;
    if (first) return first.length <= MAX_SUMMARY_LENGTH ? first : `${first.slice(0, MAX_SUMMARY_LENGTH - 1)}…`;
  }
  const mentions = computed.sentiment.companies.reduce((sum, company) => sum + company.mentionCount, 0);
  const metrics = new Set(computed.trends.map((trend) => trend.metric)).size;
  const parts = [
    `${data.competitors.length} competitor${data.competitors.length === 1 ? "" : "s"}`,
    `${metrics} market-data metric${metrics === 1 ? "" : "s"}`,
    `${mentions} mention${mentions === 1 ? "" : "s"}`,
  ];
  return `${data.subject.name}: ${parts.join(", ")}.`;
}
