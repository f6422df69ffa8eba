import { describe, expect, it } from "vitest";
import { smallReportDocument } from "../../../fixtures/reportDocuments";
import { readPdf } from "../../../support/readPdf";
import { shown } from "../../../support/reportPdfText";
import type { ReportDocument } from "../../../../src/reports/reportDocument";
import { renderReportPdf } from "../../../../src/reports/pdf/renderReportPdf";

const HOSTILE = "Ⓐcme 👨‍👩‍👧 مرحبا\u0000\u0007\uD800 Zé\u0301ro\u200Bwidth\tTab\nLine ";

/** The small report with every company's name and every mention made hostile. */
function hostileDocument(): ReportDocument {
  const document = smallReportDocument();
  const rename = (name: string) => `${HOSTILE}${name}`;
  document.title = rename(document.title);
  document.subject.name = rename(document.subject.name);
  document.computed.comparison = document.computed.comparison.map((row) => ({ ...row, name: rename(row.name), note: row.note && `${row.note} 🚀` }));
  document.computed.trends = document.computed.trends.map((trend) => ({ ...trend, companyName: rename(trend.companyName), metric: `${trend.metric} 📈` }));
  document.sources = document.sources.map((source) => ({ ...source, title: rename(source.title), facts: [...source.facts, HOSTILE] }));
  document.computed.sentiment.mostNegative = document.computed.sentiment.mostNegative.map((mention) => ({ ...mention, text: `${"x".repeat(400)} ${HOSTILE}` }));
  return document;
}

/** A report with nothing in it but its subject, a claim citing a source it does not have, and a very long claim. */
function bareDocument(): ReportDocument {
  const document = smallReportDocument();
  const subject = document.computed.comparison[0];
  return {
    ...document,
    sources: [],
    computed: {
      comparison: [{ ...subject, industry: null, sizeBand: null, scores: {}, sourceNumbers: [] }],
      trends: [],
      segment: null,
      sentiment: { companies: [], mostPositive: [], mostNegative: [] },
      findings: [],
      changes: null,
    },
    narrative: {
      status: "written",
      model: "gpt-4.1-mini",
      evidenceGaps: [],
      sections: [
        { key: "executiveSummary", title: "Executive summary", kind: "facts", claims: [{ text: "A claim citing source 99.", citations: [99], unverifiedNumbers: [] }] },
        { key: "risks", title: "Risks", kind: "facts", claims: [{ text: `${"Long evidence. ".repeat(900)}The end.`, citations: [99], unverifiedNumbers: [] }] },
        { key: "recommendations", title: "Recommendations", kind: "recommendations", claims: [] },
      ],
    },
  };
}

describe("renderReportPdf on unusual documents", () => {
  it("never fails on text the fonts cannot draw, and replaces it by the rule", async () => {
    const document = hostileDocument();
    const pdf = await readPdf(await renderReportPdf(document));
    expect(shown(HOSTILE)).toBe("Acme ? ?????? Zérowidth Tab Line");
    expect(pdf.text).toContain(shown(document.subject.name));
    expect(pdf.text).not.toMatch(/[\u0000\u0007\u200b\ud800]/);
    // The metadata keeps Unicode: only the lone surrogate and the control characters go.
    expect(pdf.info.Title).toBe(`Ⓐcme 👨‍👩‍👧 مرحبا\uFFFD Zé\u0301ro\u200Bwidth Tab Line Market report: Northwind Insights`);
  });

  it("renders a report with no data: the sections a market report promises say they are empty", async () => {
    const pdf = await readPdf(await renderReportPdf(bareDocument()));
    for (const note of [
      "No company has both scores yet",
      "No market data is tracked for these companies yet.",
      "The subject has no industry or size band yet",
      "No mentions are recorded for these companies yet.",
      "Nothing was written for this section.",
    ]) {
      expect(pdf.text).toContain(note);
    }
    expect(pdf.text).not.toContain("Workflow findings");
    expect(pdf.text).toMatch(/99\s*Not among this report's sources\./);
  });

  it("breaks a claim longer than a page across pages, its footnote on the page of its superscript", async () => {
    const pdf = await readPdf(await renderReportPdf(bareDocument()));
    const withEnd = pdf.pages.findIndex((text) => text.includes("The end."));
    const withStart = pdf.pages.findIndex((text) => text.includes("Risks"));
    expect(withEnd).toBeGreaterThan(withStart);
    expect(pdf.pages[withEnd]).toMatch(/99\s*Not among this report's sources\./);
  });
});
