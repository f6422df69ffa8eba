import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import type { ReportSource } from "../../reportDocument";
import { FootnoteCatalog, UNVERIFIED_LEGEND } from "../citations/footnoteCatalog";
import { PageFlow } from "./pageFlow";
import { PdfPen } from "./pdfPen";
import { CONTENT_WIDTH, PAGE } from "./pdfTheme";

const source = (number: number): ReportSource => ({
  number,
  kind: "firmographics",
  recordId: `company-${number}`,
  companyId: `company-${number}`,
  companyName: `Company ${number}`,
  title: `Company ${number}: firmographics`,
  facts: [],
  asOf: "2026-02-27T00:00:00.000Z",
  appPath: `/companies/company-${number}`,
  externalUrl: null,
});

function newFlow() {
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: 0, bufferPages: true });
  const pen = new PdfPen(doc);
  const footnotes = new FootnoteCatalog(pen, Array.from({ length: 12 }, (_, index) => source(index + 1)), CONTENT_WIDTH);
  return { doc, flow: new PageFlow(doc, footnotes), footnotes };
}

const pageCount = (doc: PDFKit.PDFDocument) => doc.bufferedPageRange().count;

describe("PageFlow", () => {
  it("places blocks one under the other and starts a page when one does not fit", () => {
    const { doc, flow } = newFlow();
    expect(flow.take(100)).toBe(PAGE.marginTop);
    expect(flow.take(50)).toBe(PAGE.marginTop + 100);
    const tooTall = flow.roomLeft() + 1;
    flow.take(tooTall);
    expect(pageCount(doc)).toBe(2);
    expect(flow.top).toBe(PAGE.marginTop + tooTall);
  });

  it("reserves a cited block's footnotes at the foot of its page", () => {
    const { flow, footnotes } = newFlow();
    const before = flow.roomLeft();
    flow.take(20, [3, 4]);
    expect(flow.roomLeft()).toBeCloseTo(before - 20 - footnotes.areaHeight([3, 4]));
    // A footnote already on the page costs nothing more.
    expect(flow.roomLeft([3])).toBeCloseTo(flow.roomLeft());
    expect(flow.roomLeft([5, UNVERIFIED_LEGEND])).toBeLessThan(flow.roomLeft());
  });

  it("moves a block whose footnotes would not fit to the next page, footnotes and all", () => {
    const { doc, flow, footnotes } = newFlow();
    const block = 13;
    const citations = [1, 2, 3, 4, 5, 6];
    // Fill the page so that the block itself still fits, but not with its six footnotes.
    flow.take(flow.roomLeft() - block - footnotes.areaHeight(citations) / 2);
    expect(flow.fits(block)).toBe(true);
    expect(flow.fits(block, citations)).toBe(false);
    const top = flow.take(block, citations);
    expect(pageCount(doc)).toBe(2);
    expect(top).toBe(PAGE.marginTop);
    expect(flow.roomLeft(citations)).toBeCloseTo(flow.roomLeft());
  });

  it("keeps a group together on the next page, or splits it when no page could hold it", () => {
    const { doc, flow } = newFlow();
    flow.take(flow.roomLeft() - 30);
    const line = (height: number) => ({ height, draw: () => undefined });
    flow.placeAll([line(20), line(20), line(20)], { keepTogether: true });
    expect(pageCount(doc)).toBe(2);
    expect(flow.top).toBe(PAGE.marginTop + 60);

    const tall = Array.from({ length: 80 }, () => line(13));
    flow.placeAll(tall, { keepTogether: true });
    expect(pageCount(doc)).toBeGreaterThanOrEqual(3);
  });

  it("drops space at the top of a page", () => {
    const { flow } = newFlow();
    flow.space(40);
    expect(flow.top).toBe(PAGE.marginTop);
    flow.take(10);
    flow.space(40);
    expect(flow.top).toBe(PAGE.marginTop + 50);
  });
});
