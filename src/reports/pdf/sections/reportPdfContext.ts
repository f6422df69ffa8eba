import type { ReportDocument } from "../../reportDocument";
import type { PageFlow } from "../layout/pageFlow";
import type { PdfPen } from "../layout/pdfPen";

/** What every section renderer gets. */
export interface ReportPdfContext {
  document: ReportDocument;
  pen: PdfPen;
  flow: PageFlow;
  /** The app's origin ("https://app.example.com"): sources link to their records when it is known. */
  appBaseUrl: string | null;
}
