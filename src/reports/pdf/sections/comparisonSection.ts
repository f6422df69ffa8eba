import {
  formatEmployeeCount,
  formatRevenue,
  sizeBandLabel,
} from "../../../companies/format/firmographicsFormat";
import { POSITIONING_DIMENSIONS } from "../../../companies/competitors/positioningDimensions";
import type { ComparisonRow } from "../../reportDocument";
import { formatScore, formatSourceNumbers } from "../format/reportFormat";
import { sectionHeading, subheading } from "../layout/headings";
import { drawTable, type TableColumn, type TableRow } from "../layout/table";
import { bulletList } from "../layout/textBlocks";
import type { ReportPdfContext } from "./reportPdfContext";

export const COMPARISON_HEADING = "Comparison";
export const FIRMOGRAPHICS_HEADING = "Firmographics";

/** The subject first, then its competitors: firmographics and the four positioning scores. */
export function renderComparison({ document, pen, flow }: ReportPdfContext): void {
  const rows = subjectFirst(document.computed.comparison);
  if (rows.length === 0) return;
  sectionHeading(flow, pen, rows.length > 1 ? COMPARISON_HEADING : FIRMOGRAPHICS_HEADING);

  const columns: TableColumn[] = [
    { header: "Company", weight: 12 },
    { header: "Industry", weight: 7 },
    { header: "Employees", weight: 4.6, align: "right" },
    { header: "Revenue", weight: 4, align: "right" },
    { header: "Founded", weight: 3.6, align: "right" },
    { header: "Country", weight: 5 },
    ...POSITIONING_DIMENSIONS.map(({ shortLabel }) => ({ header: shortLabel, weight: 3, align: "right" as const })),
    { header: "Sources", weight: 3.4 },
  ];
  const tableRows: TableRow[] = rows.map((row) => ({
    emphasis: row.isSubject,
    cells: [
      { text: row.name, note: row.domain },
      row.industry ?? "—",
      // The size band under the headcount: one column fewer in a crowded table.
      { text: formatEmployeeCount(row.employeeCount), note: row.sizeBand ? sizeBandLabel(row.sizeBand) : undefined },
      formatRevenue(row.annualRevenue),
      row.foundedYear === null ? "—" : String(row.foundedYear),
      row.country ?? "—",
      ...POSITIONING_DIMENSIONS.map(({ key }) => formatScore(row.scores[key])),
      { text: formatSourceNumbers(row.sourceNumbers), style: "tableCellMuted" },
    ],
  }));
  drawTable(flow, pen, columns, tableRows);

  const notes = rows.filter((row) => row.note && row.note.trim().length > 0).map((row) => `${row.name}: ${row.note}`);
  if (notes.length > 0) {
    subheading(flow, pen, "Notes on competitors", 20);
    bulletList(flow, pen, notes, "small");
  }
}

/** The contract puts the subject first; the PDF does not rely on it. */
function subjectFirst(rows: ComparisonRow[]): ComparisonRow[] {
  return [...rows.filter((row) => row.isSubject), ...rows.filter((row) => !row.isSubject)];
}
