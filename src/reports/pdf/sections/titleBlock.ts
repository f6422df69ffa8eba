import { companyRoleLabel } from "../../../companies/format/firmographicsFormat";
import { reportKindLabel } from "../../reportKinds";
import { formatDateTime } from "../format/reportFormat";
import { COLORS, SPACING } from "../layout/pdfTheme";
import { paragraph } from "../layout/textBlocks";
import type { ReportPdfContext } from "./reportPdfContext";

/** Kind, title, subject, then who asked for it, where and when. */
export function renderTitleBlock({ document, pen, flow }: ReportPdfContext): void {
  pen.draw(reportKindLabel(document.kind).toUpperCase(), "kicker", flow.left, flow.take(pen.lineHeight("kicker")));
  flow.space(2);
  paragraph(flow, pen, document.title, "title");
  const subject = [document.subject.name, document.subject.domain, document.subject.role ? companyRoleLabel(document.subject.role) : null]
    .filter((part): part is string => Boolean(part))
    .join(" · ");
  paragraph(flow, pen, subject, "subtitle");
  flow.space(SPACING.betweenBlocks);

  const facts: [string, string][] = [
    ["Workspace", document.workspaceName],
    ["Requested by", document.requestedByName ?? "A schedule"],
    ["Created", formatDateTime(document.createdAt)],
    ["Completed", document.completedAt ? formatDateTime(document.completedAt) : "Not completed"],
  ];
  const labelWidth = 70;
  for (const [label, value] of facts) {
    const lines = pen.layout([{ text: value, style: "meta" as const }], flow.width - labelWidth, (style) => style);
    const top = flow.take(lines.length * pen.lineHeight("meta"));
    pen.draw(label, "metaBold", flow.left, top);
    lines.forEach((line, index) => pen.drawLine(line, flow.left + labelWidth, top + index * pen.lineHeight("meta"), (style) => style));
  }
  flow.space(SPACING.betweenBlocks);
  const top = flow.take(1);
  pen.doc.save().lineWidth(1).strokeColor(COLORS.accent).moveTo(flow.left, top).lineTo(flow.left + flow.width, top).stroke().restore();
}
