import { formatMetricValue } from "../../../companies/format/firmographicsFormat";
import { formatDate, formatPercentChange, formatSentiment } from "../format/reportFormat";
import { sectionHeading, subheading } from "../layout/headings";
import { drawTable } from "../layout/table";
import { paragraph } from "../layout/textBlocks";
import type { ReportPdfContext } from "./reportPdfContext";

export const CHANGES_HEADING = "What changed since the last report";

/** Competitors added and removed, metrics that moved and sentiment shifts since the previous report. */
export function renderChanges({ document, pen, flow }: ReportPdfContext): void {
  const changes = document.computed.changes;
  if (!changes) return;
  sectionHeading(flow, pen, CHANGES_HEADING);
  paragraph(flow, pen, `Compared with the report completed on ${formatDate(changes.previousCompletedAt)}.`, "bodyMuted");

  const names = (companies: { name: string }[]) => companies.map((company) => company.name).join(", ");
  if (changes.competitorsAdded.length > 0) paragraph(flow, pen, `Competitors added: ${names(changes.competitorsAdded)}.`, "body");
  if (changes.competitorsRemoved.length > 0) paragraph(flow, pen, `Competitors removed: ${names(changes.competitorsRemoved)}.`, "body");

  if (changes.metricMoves.length > 0) {
    subheading(flow, pen, "Metrics that moved");
    drawTable(
      flow,
      pen,
      [
        { header: "Company", weight: 3 },
        { header: "Metric", weight: 2.5 },
        { header: "Before", weight: 1.6, align: "right" },
        { header: "Now", weight: 1.6, align: "right" },
        { header: "Change", weight: 1.2, align: "right" },
      ],
      changes.metricMoves.map((move) => ({
        cells: [
          move.companyName,
          move.metric,
          formatMetricValue(move.before, move.unit),
          formatMetricValue(move.after, move.unit),
          move.percent === null ? "—" : formatPercentChange(move.percent),
        ],
      })),
    );
  }
  if (changes.sentimentShifts.length > 0) {
    subheading(flow, pen, "Sentiment shifts");
    drawTable(
      flow,
      pen,
      [
        { header: "Company", weight: 3 },
        { header: "Before", weight: 1.2, align: "right" },
        { header: "Now", weight: 1.2, align: "right" },
        { header: "Shift", weight: 1.2, align: "right" },
      ],
      changes.sentimentShifts.map((shift) => ({
        cells: [shift.companyName, formatSentiment(shift.before), formatSentiment(shift.after), formatSentiment(shift.delta)],
      })),
    );
  }
  const nothingChanged =
    changes.competitorsAdded.length + changes.competitorsRemoved.length + changes.metricMoves.length + changes.sentimentShifts.length === 0;
  if (nothingChanged) paragraph(flow, pen, "No competitor, metric or sentiment changes since then.", "body");
}
