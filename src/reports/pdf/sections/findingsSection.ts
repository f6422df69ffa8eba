import { formatDate, humanizeEnum } from "../format/reportFormat";
import { sectionHeading } from "../layout/headings";
import { drawTable } from "../layout/table";
import { paragraph } from "../layout/textBlocks";
import type { ReportPdfContext } from "./reportPdfContext";
import { kindPromises } from "./sectionPlan";

export const FINDINGS_HEADING = "Workflow findings";

/** What the workspace's workflows found about these companies (news, hiring, product changes...). */
export function renderFindings({ document, pen, flow }: ReportPdfContext): void {
  const { findings } = document.computed;
  if (findings.length === 0 && !kindPromises(document.kind, "findings")) return;
  sectionHeading(flow, pen, FINDINGS_HEADING);
  if (findings.length === 0) {
    paragraph(flow, pen, "No workflow has reported anything on these companies yet.", "bodyMuted");
    return;
  }
  drawTable(
    flow,
    pen,
    [
      { header: "Company", weight: 2.4 },
      { header: "Kind", weight: 1.6 },
      { header: "Finding", weight: 5.2 },
      { header: "Observed", weight: 1.6, align: "right" },
      { header: "Source", weight: 1, align: "right" },
    ],
    findings.map((finding) => ({
      emphasis: finding.companyId === document.subject.companyId,
      cells: [finding.companyName, humanizeEnum(finding.kind), finding.title, formatDate(finding.observedAt), String(finding.sourceNumber)],
    })),
  );
}
