import { POSITIONING_DIMENSIONS, POSITIONING_SCORE_MAX, POSITIONING_SCORE_MIN } from "../../../companies/competitors/positioningDimensions";
import { drawScatterChart, scatterChartHeight, type ScatterSpec } from "../charts/scatterChart";
import { sectionHeading } from "../layout/headings";
import { SPACING } from "../layout/pdfTheme";
import { paragraph } from "../layout/textBlocks";
import type { ComparisonRow } from "../../reportDocument";
import type { ReportPdfContext } from "./reportPdfContext";
import { kindPromises } from "./sectionPlan";

export const POSITIONING_HEADING = "Positioning map";

const X_DIMENSION = POSITIONING_DIMENSIONS.find((dimension) => dimension.key === "price")!;
const Y_DIMENSION = POSITIONING_DIMENSIONS.find((dimension) => dimension.key === "marketPresence")!;

/** Price competitiveness against market presence, the subject highlighted, every point labelled. */
export function renderPositioning({ document, pen, flow }: ReportPdfContext): void {
  const rows = document.computed.comparison;
  const plotted = rows.filter((row) => row.scores[X_DIMENSION.key] !== undefined && row.scores[Y_DIMENSION.key] !== undefined);
  if (plotted.length === 0 && !kindPromises(document.kind, "positioning")) return;
  const spec = positioningSpec(plotted);
  // The heading, its caption and the chart stay on one page.
  sectionHeading(flow, pen, POSITIONING_HEADING, plotted.length === 0 ? undefined : scatterChartHeight(spec) + 30);
  if (plotted.length === 0) {
    paragraph(flow, pen, "No company has both scores yet: score competitors on the competitor map to place them here.", "bodyMuted");
    return;
  }
  const scale = `each scored ${POSITIONING_SCORE_MIN} to ${POSITIONING_SCORE_MAX}`;
  const caption = `${X_DIMENSION.label} (across) against ${Y_DIMENSION.label.toLowerCase()} (up), ${scale}; ${document.subject.name} highlighted.`;
  paragraph(flow, pen, caption, "bodyMuted");
  flow.space(SPACING.betweenItems);
  const height = scatterChartHeight(spec);
  drawScatterChart(pen, spec, flow.left, flow.take(height), flow.width);

  const unplotted = rows.filter((row) => !plotted.includes(row));
  if (unplotted.length > 0) {
    flow.space(SPACING.betweenItems);
    paragraph(flow, pen, `Not plotted, a score is missing: ${unplotted.map((row) => row.name).join(", ")}.`, "small");
  }
}

function positioningSpec(plotted: ComparisonRow[]): ScatterSpec {
  return {
    points: plotted.map((row) => ({
      label: row.name,
      x: row.scores[X_DIMENSION.key]!,
      y: row.scores[Y_DIMENSION.key]!,
      emphasis: row.isSubject,
    })),
    xTitle: X_DIMENSION.label,
    yTitle: Y_DIMENSION.label,
    domain: { min: POSITIONING_SCORE_MIN, max: POSITIONING_SCORE_MAX, ticks: [0, 2, 4, 6, 8, 10] },
    quadrantAt: (POSITIONING_SCORE_MIN + POSITIONING_SCORE_MAX) / 2,
    plotHeight: 250,
  };
}
