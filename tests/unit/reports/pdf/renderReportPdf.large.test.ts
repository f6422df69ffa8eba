import { beforeAll, describe, expect, it } from "vitest";
import { largeReportDocument, smallReportDocument } from "../../../fixtures/reportDocuments";
import { inflatedStreams, readPdf, type ReadPdf } from "../../../support/readPdf";
import { claimsOf, missingFootnotes, shown } from "../../../support/reportPdfText";
import { sourceKinds, type ReportDocument } from "../../../../src/reports/reportDocument";
import { renderReportPdf } from "../../../../src/reports/pdf/renderReportPdf";

/**
 * The benchmark-size report (issue 10, Performance): its PDF under 2 s and under 2 MB. The time is
 * asserted with slack (4 s) for a loaded CI machine; the size strictly.
 */
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_MS_WITH_SLACK = 4_000;

let document: ReportDocument;
let bytes: Buffer;
let renderMs: number;
let pdf: ReadPdf;

beforeAll(async () => {
  document = largeReportDocument();
  await renderReportPdf(smallReportDocument()); // loads pdfkit's font metrics, as a running server has
  const started = performance.now();
  bytes = await renderReportPdf(document);
  renderMs = performance.now() - started;
  pdf = await readPdf(bytes);
  console.log(`large report PDF: ${Math.round(renderMs)} ms, ${bytes.length.toLocaleString("en-US")} bytes, ${pdf.pageCount} pages`);
}, 30_000);

describe("the large report fixture", () => {
  it("is the benchmark's size, within the contract", () => {
    const competitors = document.computed.comparison.filter((row) => !row.isSubject);
    expect(competitors).toHaveLength(20);
    const metrics = new Set(document.computed.trends.map((trend) => trend.metric));
    expect(metrics.size).toBe(4);
    expect(document.computed.trends).toHaveLength(21 * 4);
    for (const trend of document.computed.trends) {
      expect(trend.pointCount).toBeGreaterThanOrEqual(5 * 365);
      expect(trend.chart.length).toBeLessThanOrEqual(300);
      expect(trend.changes.map((change) => change.days)).toEqual([30, 90, 365]);
    }
    expect(document.computed.sentiment.companies.reduce((sum, company) => sum + company.mentionCount, 0)).toBe(10_000);
    expect(claimsOf(document).length).toBeGreaterThanOrEqual(28);
    expect(new Set(document.sources.map((source) => source.kind))).toEqual(new Set(sourceKinds));
    expect(document.sources.map((source) => source.number)).toEqual(document.sources.map((_, index) => index + 1));
  });
});

describe("the large report's PDF", () => {
  it("renders in time and in size", () => {
    expect(bytes.length).toBeLessThan(MAX_BYTES);
    expect(renderMs).toBeLessThan(MAX_MS_WITH_SLACK);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(10);
    expect(pdf.pageCount).toBeLessThanOrEqual(40);
  });

  it("puts every claim's cited sources in footnotes on the claim's own page", () => {
    expect(missingFootnotes(document, pdf.pages)).toEqual([]);
  });

  it("draws every chart point as a vector path, with no image in the file", () => {
    expect(bytes.toString("latin1")).not.toMatch(/\/Subtype\s*\/Image/);
    const lineSegments = inflatedStreams(bytes).reduce((sum, stream) => sum + (stream.match(/ l\n/g)?.length ?? 0), 0);
    const chartSegments =
      document.computed.trends.reduce((sum, trend) => sum + trend.chart.length - 1, 0) +
      document.computed.sentiment.companies.reduce((sum, company) => sum + Math.max(0, company.monthly.length - 1), 0);
    expect(lineSegments).toBeGreaterThanOrEqual(chartSegments);
  });

  it("shows names from around the world by the Unicode rule", () => {
    for (const name of ["Société Générale des Données", "Øresund Metrics", "Ñandú Research", "Ærø Benchmarks", "São Paulo Market Labs"]) {
      expect(pdf.text).toContain(name);
    }
    expect(pdf.text).toContain("Lódz Insights");
    expect(pdf.text).not.toContain("Łódź");
    expect(pdf.text).toContain(shown("東京データ株式会社 (Tokyo Data)"));
    expect(shown("東京データ株式会社 (Tokyo Data)")).toBe("????????? (Tokyo Data)");
  });

  it("repeats a long table's header on the page it runs onto", () => {
    const trendHeader = /Company Latest As of 30 days 90 days 365 days Growth\/yr Source/g;
    const headers = pdf.pages.reduce((sum, text) => sum + (text.match(trendHeader)?.length ?? 0), 0);
    const trendTables = new Set(document.computed.trends.map((trend) => trend.metric)).size;
    expect(headers).toBeGreaterThan(trendTables);
  });
});
