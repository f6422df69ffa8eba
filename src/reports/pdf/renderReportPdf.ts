import PDFDocument from "pdfkit";
import type { ReportDocument } from "../reportDocument";
import { FootnoteCatalog } from "./citations/footnoteCatalog";
import { PageFlow } from "./layout/pageFlow";
import { drawPageFooters } from "./layout/pageFooters";
import { PdfPen } from "./layout/pdfPen";
import { CONTENT_WIDTH, PAGE } from "./layout/pdfTheme";
import { reportPdfInfo } from "./reportPdfMetadata";
import { renderChanges } from "./sections/changesSection";
import { renderComparison } from "./sections/comparisonSection";
import { renderFindings } from "./sections/findingsSection";
import { renderGrounding } from "./sections/groundingSection";
import { renderClosingNarrative, renderEvidenceGaps, renderOpeningNarrative } from "./sections/narrativeSections";
import { renderPositioning } from "./sections/positioningSection";
import type { ReportPdfContext } from "./sections/reportPdfContext";
import { renderSegment } from "./sections/segmentSection";
import { renderSentiment } from "./sections/sentimentSection";
import { renderSources } from "./sections/sourcesSection";
import { renderSwotGrid } from "./sections/swotGrid";
import { renderTitleBlock } from "./sections/titleBlock";
import { renderTrends } from "./sections/trendsSection";

export interface RenderReportPdfOptions {
  /** The app's origin: when given, each source links to its record in the app. */
  appBaseUrl?: string | null;
}

/** The sections in the page's order; each skips itself when the report has nothing for it. */
const SECTIONS: readonly ((context: ReportPdfContext) => void)[] = [
  renderTitleBlock,
  renderChanges,
  renderOpeningNarrative,
  renderComparison,
  renderPositioning,
  renderTrends,
  renderSegment,
  renderSentiment,
  renderFindings,
  renderSwotGrid,
  renderClosingNarrative,
  renderEvidenceGaps,
  renderGrounding,
  renderSources,
];

/** The report as a PDF: vector charts, citations as per-page footnotes, numbered sources. */
export async function renderReportPdf(document: ReportDocument, options: RenderReportPdfOptions = {}): Promise<Buffer> {
  // No margins for pdfkit: the page flow places everything, so pdfkit never breaks a page itself.
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    bufferPages: true,
    info: reportPdfInfo(document),
    displayTitle: true,
    lang: "en",
  });
  const bytes = collectBytes(doc);
  const pen = new PdfPen(doc);
  const flow = new PageFlow(doc, new FootnoteCatalog(pen, document.sources, CONTENT_WIDTH));
  const context: ReportPdfContext = { document, pen, flow, appBaseUrl: options.appBaseUrl ?? null };
  for (const renderSection of SECTIONS) renderSection(context);
  flow.finish();
  drawPageFooters(pen, document);
  doc.end();
  return bytes;
}

function collectBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
