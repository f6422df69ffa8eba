import type { ReportDocument } from "../reportDocument";
import { reportKindLabel } from "../reportKinds";
import { wellFormedUnicode } from "./text/unicodeText";

export const PDF_CREATOR = "Hyperformant";

/**
 * The PDF's document information. Kept in full Unicode (PDF metadata strings are UTF-16, unlike
 * the page text); dated by the report, not the clock, so one report always gives the same file.
 */
export function reportPdfInfo(document: ReportDocument): PDFKit.DocumentInfo {
  const date = new Date(document.completedAt ?? document.createdAt);
  const dated = Number.isNaN(date.getTime()) ? {} : { CreationDate: date, ModDate: date };
  return {
    Title: wellFormedUnicode(document.title),
    Author: wellFormedUnicode(document.requestedByName ?? document.workspaceName),
    Subject: wellFormedUnicode(`${reportKindLabel(document.kind)}: ${document.subject.name}`),
    Keywords: wellFormedUnicode(["market intelligence", reportKindLabel(document.kind), document.subject.name, document.workspaceName].join(", ")),
    Creator: PDF_CREATOR,
    ...dated,
  };
}
