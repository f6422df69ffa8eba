import { formatDate } from "../../src/reports/pdf/format/reportFormat";
import { toWinAnsi } from "../../src/reports/pdf/text/winAnsiText";
import type { CheckedClaim, ReportDocument, ReportSource } from "../../src/reports/reportDocument";
import { collapseWhitespace, escapeRegExp } from "./readPdf";

/** How a report's strings read in its PDF, for tests that look for them in the extracted text. */
export const shown = (text: string) => collapseWhitespace(toWinAnsi(text));

export function claimsOf(document: ReportDocument): CheckedClaim[] {
  return document.narrative.status === "written" ? document.narrative.sections.flatMap((section) => section.claims) : [];
}

/** The start of a claim as the page shows it: up to its first unverified number (a dagger follows that). */
export function claimOpening(claim: CheckedClaim): string {
  const text = shown(claim.text);
  const cut = Math.min(...claim.unverifiedNumbers.map((number) => text.indexOf(number)).filter((index) => index > 0), 70);
  return text.slice(0, cut).trim();
}

/** A source's footnote: its number, title and as-of date. */
export function footnotePattern(source: ReportSource): RegExp {
  const asOf = source.asOf ? ` — as of ${escapeRegExp(formatDate(source.asOf))}` : "";
  return new RegExp(`${source.number}\\s*${escapeRegExp(shown(source.title))}${asOf}`);
}

/** Pages (0-based) where a claim's cited source lacks its footnote: empty when all are there. */
export function missingFootnotes(document: ReportDocument, pages: string[]): string[] {
  const problems: string[] = [];
  for (const claim of claimsOf(document)) {
    const page = pages.findIndex((text) => text.includes(claimOpening(claim)));
    if (page === -1) {
      problems.push(`claim not found: ${claim.text}`);
      continue;
    }
    for (const citation of claim.citations) {
      const source = document.sources.find((candidate) => candidate.number === citation);
      if (!source || !footnotePattern(source).test(pages[page])) problems.push(`page ${page + 1} lacks footnote ${citation} of: ${claim.text}`);
    }
  }
  return problems;
}
