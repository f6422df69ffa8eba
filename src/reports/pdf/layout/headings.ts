import { wellFormedUnicode } from "../text/unicodeText";
import type { PageFlow } from "./pageFlow";
import type { PdfPen } from "./pdfPen";
import { COLORS, SPACING } from "./pdfTheme";

/** Headings keep at least this much of what follows on their page. */
const KEEP_WITH_NEXT = 60;

/** A section's heading, with a rule under it and an entry in the PDF's outline (bookmarks). */
export function sectionHeading(flow: PageFlow, pen: PdfPen, title: string, keepWithNext = KEEP_WITH_NEXT): void {
  flow.space(SPACING.afterSection);
  const height = pen.lineHeight("heading") + 4;
  flow.ensureRoom(height + keepWithNext);
  const top = flow.take(height);
  pen.draw(title, "heading", flow.left, top);
  pen.doc
    .save()
    .lineWidth(0.6)
    .strokeColor(COLORS.rule)
    .moveTo(flow.left, top + height - 1)
    .lineTo(flow.left + flow.width, top + height - 1)
    .stroke()
    .restore();
  pen.doc.outline.addItem(wellFormedUnicode(title));
  flow.space(SPACING.afterHeading);
}

export function subheading(flow: PageFlow, pen: PdfPen, title: string, keepWithNext = KEEP_WITH_NEXT): void {
  flow.space(SPACING.betweenBlocks);
  const height = pen.lineHeight("subheading");
  flow.ensureRoom(height + keepWithNext);
  pen.draw(title, "subheading", flow.left, flow.take(height));
  flow.space(SPACING.afterHeading - 2);
}
