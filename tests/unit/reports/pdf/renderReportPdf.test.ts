import { beforeAll, describe, expect, it } from "vitest";
import {
  accountBriefReportDocument,
  competitorReportDocument,
  NOT_CONFIGURED_MESSAGE,
  notConfiguredReportDocument,
  smallReportDocument,
  UNVERIFIED_NUMBER,
} from "../../../fixtures/reportDocuments";
import { escapeRegExp, readPdf, type ReadPdf } from "../../../support/readPdf";
import { claimOpening, claimsOf, missingFootnotes, shown } from "../../../support/reportPdfText";
import { narrativeSectionsFor } from "../../../../src/reports/narrative/narrativeLayout";
import type { ReportDocument } from "../../../../src/reports/reportDocument";
import { reportKindLabel } from "../../../../src/reports/reportKinds";
import { formatDate } from "../../../../src/reports/pdf/format/reportFormat";
import { renderReportPdf } from "../../../../src/reports/pdf/renderReportPdf";

const CHANGES = "What changed since the last report";
const CLOSING = ["Evidence gaps", "Grounding and usage", "Sources"];
const narrativeTitles = (document: ReportDocument, keys: string[]) =>
  narrativeSectionsFor(document.kind)
    .filter((spec) => keys.includes(spec.key))
    .map((spec) => spec.title);

interface Rendered {
  document: ReportDocument;
  bytes: Buffer;
  pdf: ReadPdf;
}

const cases = {
  small: smallReportDocument,
  notConfigured: notConfiguredReportDocument,
  competitor: competitorReportDocument,
  accountBrief: accountBriefReportDocument,
};
const rendered = {} as Record<keyof typeof cases, Rendered>;

beforeAll(async () => {
  for (const [name, build] of Object.entries(cases) as [keyof typeof cases, () => ReportDocument][]) {
    const document = build();
    const bytes = await renderReportPdf(document);
    rendered[name] = { document, bytes, pdf: await readPdf(bytes) };
  }
}, 20_000);

/** The section headings (the PDF's bookmarks) each fixture must show, in the page's order. */
const expectedOutline: Record<keyof typeof cases, (document: ReportDocument) => string[]> = {
  small: (document) => [
    CHANGES,
    ...narrativeTitles(document, ["executiveSummary", "marketOverview", "positioning"]),
    "Comparison",
    "Positioning map",
    "Market-data trends",
    "Segment statistics",
    "Sentiment",
    "Workflow findings",
    "SWOT analysis",
    ...narrativeTitles(document, ["risks", "recommendations"]),
    ...CLOSING,
  ],
  notConfigured: () => [
    CHANGES,
    "AI writing is not configured",
    "Comparison",
    "Positioning map",
    "Market-data trends",
    "Segment statistics",
    "Sentiment",
    "Workflow findings",
    "Grounding and usage",
    "Sources",
  ],
  competitor: (document) => [
    ...narrativeTitles(document, ["executiveSummary", "positioning"]),
    "Comparison",
    "Positioning map",
    "Market-data trends",
    "Sentiment",
    "SWOT analysis",
    ...narrativeTitles(document, ["risks", "recommendations"]),
    ...CLOSING,
  ],
  accountBrief: (document) => [
    ...narrativeTitles(document, ["summary"]),
    "Firmographics",
    "Market-data trends",
    "Segment statistics",
    "Workflow findings",
    ...narrativeTitles(document, ["talkingPoints"]),
    ...CLOSING,
  ],
};

describe.each(Object.keys(cases) as (keyof typeof cases)[])("the %s report's PDF", (name) => {
  it("opens with its kind, title, subject, workspace and requester", () => {
    const { document, pdf } = rendered[name];
    const first = pdf.pages[0];
    for (const text of [reportKindLabel(document.kind).toUpperCase(), document.title, document.subject.name, document.workspaceName]) {
      expect(first).toContain(shown(text));
    }
    expect(first).toContain(shown(document.requestedByName ?? ""));
    expect(first).toContain(formatDate(document.createdAt));
  });

  it("has the sections of its kind, in the page's order, as headings and bookmarks", () => {
    const { document, pdf } = rendered[name];
    const outline = expectedOutline[name](document);
    expect(pdf.outline).toEqual(outline);
    let from = 0;
    for (const heading of outline) {
      const at = pdf.text.indexOf(heading, from);
      expect(at, heading).toBeGreaterThanOrEqual(from);
      from = at + heading.length;
    }
  });

  it("puts every claim's cited sources in footnotes on the claim's own page", () => {
    const { document, pdf } = rendered[name];
    expect(claimsOf(document).length).toBe(document.grounding.claimCount);
    expect(missingFootnotes(document, pdf.pages)).toEqual([]);
  });

  it("lists every source by number after the Sources heading", () => {
    const { document, pdf } = rendered[name];
    let from = pdf.text.lastIndexOf("Sources");
    expect(from).toBeGreaterThan(0);
    for (const source of document.sources) {
      const match = new RegExp(`${source.number}\\s*${escapeRegExp(shown(source.title))}`).exec(pdf.text.slice(from));
      expect(match, `source ${source.number}`).not.toBeNull();
      from += match!.index + match![0].length;
    }
  });

  it("numbers its pages, carries its metadata and is the same file every time", async () => {
    const { document, pdf, bytes } = rendered[name];
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    expect(pdf.pageCount).toBeLessThanOrEqual(16);
    pdf.pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pdf.pageCount}`));
    expect(pdf.info).toMatchObject({ Title: document.title, Author: document.requestedByName, Creator: "Hyperformant" });
    expect((await renderReportPdf(document)).equals(bytes)).toBe(true);
  });

  it("draws its charts as vectors: the file holds no image", () => {
    expect(rendered[name].bytes.toString("latin1")).not.toMatch(/\/Subtype\s*\/Image/);
  });
});

describe("the report PDF's details", () => {
  it("marks an unverified number with a dagger and explains the dagger on that page", () => {
    const { pdf } = rendered.small;
    const page = pdf.pages.find((text) => text.includes(`add ${UNVERIFIED_NUMBER}†`));
    expect(page).toBeDefined();
    expect(page).toMatch(/†\s*Not found in the cited sources\./);
    expect(pdf.text).toContain("1 number not found in the cited sources");
  });

  it("without an LLM, shows the job's message in the narrative's place and writes no narrative", () => {
    const { pdf } = rendered.notConfigured;
    const written = rendered.small.document;
    expect(pdf.text).toContain(`AI writing is not configured ${shown(NOT_CONFIGURED_MESSAGE)}`);
    for (const heading of ["Executive summary", "Market overview", "Strengths", "Weaknesses", "Opportunities", "Threats", "Risks", "Recommendations", "Evidence gaps", "SWOT analysis"]) {
      expect(pdf.text).not.toContain(heading);
    }
    for (const claim of claimsOf(written)) expect(pdf.text).not.toContain(claimOpening(claim));
    expect(pdf.text).not.toContain("— as of");
    expect(pdf.text).toContain("Usage: no language model was used");
  });

  it("keeps European names as written and replaces what the fonts cannot draw by the rule", () => {
    const { pdf, document } = rendered.small;
    expect(pdf.text).toContain("Zürich Analytics AG");
    expect(pdf.text).toContain("Société Générale (procurement)");
    expect(pdf.text).toContain("Chloé Lefèvre");
    const unicodeMention = document.computed.sentiment.mostPositive[0];
    expect(unicodeMention.text).toMatch(/東京.*👍🏽/u);
    expect(pdf.text).toContain(shown(unicodeMention.text));
    expect(shown(unicodeMention.text)).toMatch(/aidés — \?{15} \?$/);
    expect(pdf.text).not.toMatch(/[\u3000-\u9fff\ufffd]/u);
  });

  it("highlights the subject and shows each competitor's note", () => {
    const { pdf, document } = rendered.small;
    for (const row of document.computed.comparison.filter((candidate) => candidate.note)) {
      expect(pdf.text).toContain(shown(`${row.name}: ${row.note}`));
    }
    expect(pdf.text).toContain(`${document.subject.name} highlighted`);
  });
});
