import type { ReportDocument } from "../../reportDocument";
import { clampLines } from "../text/textLayout";
import type { PdfPen } from "./pdfPen";
import { COLORS, CONTENT_WIDTH, PAGE } from "./pdfTheme";

/** The running footer of every page, "Page 3 of 12" among it: drawn once the page count is known. */
export function drawPageFooters(pen: PdfPen, document: ReportDocument): void {
  const { doc } = pen;
  const range = doc.bufferedPageRange();
  const top = PAGE.height - PAGE.footerBaselineFromBottom;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const pageLabel = `Page ${index + 1} of ${range.count}`;
    const pageLabelWidth = pen.measure(pageLabel, "pageFooter");
    const titleWidth = CONTENT_WIDTH - pageLabelWidth - 20;
    const titleLines = pen.layout([{ text: `${document.title} · ${document.workspaceName}`, style: "pageFooter" as const }], titleWidth, (s) => s);
    const [titleLine] = clampLines(titleLines, 1, titleWidth, (text, style) => pen.measure(text, style));
    doc
      .save()
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .moveTo(PAGE.marginX, top - 4)
      .lineTo(PAGE.width - PAGE.marginX, top - 4)
      .stroke()
      .restore();
    pen.drawLine(titleLine, PAGE.marginX, top, (style) => style);
    pen.draw(pageLabel, "pageFooter", PAGE.width - PAGE.marginX - pageLabelWidth, top);
  }
}
