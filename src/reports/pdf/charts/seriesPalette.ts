import { COLORS } from "../layout/pdfTheme";
import type { LegendEntry } from "./chartLegend";

/**
 * Colours of the companies in a chart: the subject always in the report's blue and drawn thicker;
 * up to six competitors each in a colour of their own; with more, distinct colours stop being
 * readable, so competitors share one grey and one legend entry.
 */
const COMPETITOR_COLORS = ["#ea580c", "#16a34a", "#9333ea", "#dc2626", "#0891b2", "#ca8a04"];
const CROWD_COLOR = "#b6bcc6";

export interface SeriesStyle {
  color: string;
  lineWidth: number;
}

export interface CompanyPalette {
  styleOf(companyId: string): SeriesStyle;
  legend: LegendEntry[];
}

export function companyPalette(companies: { companyId: string; companyName: string; isSubject: boolean }[]): CompanyPalette {
  const subjects = companies.filter((company) => company.isSubject);
  const competitors = companies.filter((company) => !company.isSubject);
  const crowded = competitors.length > COMPETITOR_COLORS.length;
  const styles = new Map<string, SeriesStyle>();
  for (const subject of subjects) styles.set(subject.companyId, { color: COLORS.subject, lineWidth: 1.8 });
  competitors.forEach((competitor, index) =>
    styles.set(competitor.companyId, crowded ? { color: CROWD_COLOR, lineWidth: 0.6 } : { color: COMPETITOR_COLORS[index], lineWidth: 1 }),
  );
  const legend: LegendEntry[] = [
    ...subjects.map((subject) => ({ label: subject.companyName, color: COLORS.subject, emphasis: true })),
    ...(crowded
      ? [{ label: `Competitors (${competitors.length})`, color: CROWD_COLOR }]
      : competitors.map((competitor, index) => ({ label: competitor.companyName, color: COMPETITOR_COLORS[index] }))),
  ];
  return {
    styleOf: (companyId) => styles.get(companyId) ?? { color: CROWD_COLOR, lineWidth: 0.6 },
    legend,
  };
}
