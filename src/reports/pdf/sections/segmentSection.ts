import { companyRoleLabel, formatEmployeeCount, formatRevenue, sizeBandLabel } from "../../../companies/format/firmographicsFormat";
import { companyRoles } from "../../../companies/companyEnums";
import { sectionHeading } from "../layout/headings";
import { drawTable } from "../layout/table";
import { paragraph } from "../layout/textBlocks";
import type { ReportPdfContext } from "./reportPdfContext";
import { kindPromises } from "./sectionPlan";

export const SEGMENT_HEADING = "Segment statistics";

/** The subject's industry and size band among the workspace's tracked companies. */
export function renderSegment({ document, pen, flow }: ReportPdfContext): void {
  const segment = document.computed.segment;
  if (!segment && !kindPromises(document.kind, "segment")) return;
  sectionHeading(flow, pen, SEGMENT_HEADING);
  if (!segment) {
    paragraph(flow, pen, "The subject has no industry or size band yet, so it has no segment to compare with.", "bodyMuted");
    return;
  }
  const roles = companyRoles
    .filter((role) => segment.byRole[role] > 0)
    .map((role) => `${companyRoleLabel(role)} ${segment.byRole[role]}`)
    .join(", ");
  const rank = segment.subjectEmployeeRank;
  const rows: [string, string][] = [
    ["Industry", segment.industry ?? "Any"],
    ["Size band", segment.sizeBand ? `${sizeBandLabel(segment.sizeBand)} employees` : "Any"],
    ["Companies in the segment", roles ? `${segment.companyCount} (${roles})` : String(segment.companyCount)],
    ["Median headcount", formatEmployeeCount(segment.medianEmployeeCount)],
    ["Median annual revenue", formatRevenue(segment.medianAnnualRevenue)],
    [`${document.subject.name} by headcount`, rank ? headcountRank(rank.rank, rank.of) : "No headcount to rank"],
    ["Source", String(segment.sourceNumber)],
  ];
  drawTable(
    flow,
    pen,
    [
      { header: "Measure", weight: 1 },
      { header: "Value", weight: 1.6 },
    ],
    rows.map(([measure, value]) => ({ cells: [{ text: measure, style: "tableCellBold" }, value] })),
  );
}

const ORDINAL_SUFFIXES: Record<number, string> = { 1: "st", 2: "nd", 3: "rd" };

function headcountRank(rank: number, of: number): string {
  if (rank === 1) return `Largest of ${of}`;
  const tens = rank % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (ORDINAL_SUFFIXES[rank % 10] ?? "th");
  return `${rank}${suffix} largest of ${of}`;
}
