import type { CheckedClaim, Claim, GroundingFigures, ReportSource } from "../reportDocument";
import { isYear, numbersIn, sameNumber, type WrittenNumber } from "./writtenNumbers";

/**
 * The checks every AI-written claim goes through before a report is stored. Pure.
 * (a) Citations: a claim may cite only sources that exist; a claim that cites
 *     nothing is allowed but counted (GroundingFigures.citedClaimCount).
 * (b) Numbers: each number in a claim's text must be in one of its cited sources
 *     (facts or title), within rounding (see sameNumber in writtenNumbers.ts); the
 *     ones that are not are listed as unverified. Not checked: years (bare integers
 *     1900–2100), and citation markers such as "[3]", "[3, 5]", "source 3" or
 *     "sources 3 and 5", which are removed first.
 */

/** The distinct citations, in ascending order, that point at no source. */
export function unknownCitations(claims: readonly Claim[], sources: readonly ReportSource[]): number[] {
  const known = new Set(sources.map((source) => source.number));
  const unknown = new Set<number>();
  for (const claim of claims) for (const citation of claim.citations) if (!known.has(citation)) unknown.add(citation);
  return [...unknown].sort((a, b) => a - b);
}

// "[3]", "[3, 5]", "[3–5]"; "source 3", "sources 3, 5 and 7", "source #3" (but not "source 3,000 …": no digit may follow).
const CITATION_MARKERS = [
  /\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]/g,
  /\bsources?\s+(?:no\.?\s*|#)?\d+(?:(?:\s*,\s+|\s+and\s+|\s*&\s*|\s*[–-]\s*)#?\d+)*(?![\d,.]*\d)/gi,
];

export function withoutCitationMarkers(text: string): string {
  return CITATION_MARKERS.reduce((rest, marker) => rest.replace(marker, " "), text);
}

/** Numbers a claim must be able to show in its sources. */
export function checkedNumbersOf(text: string): WrittenNumber[] {
  return numbersIn(withoutCitationMarkers(text)).filter((number) => !isYear(number));
}

/** Parses each source's numbers once, for checking many claims against them. */
export function sourceNumbersIndex(sources: readonly ReportSource[]): Map<number, WrittenNumber[]> {
  return new Map(sources.map((source) => [source.number, [source.title, ...source.facts].flatMap((line) => numbersIn(line))]));
}

/** The claim's numbers, as written, that none of its cited sources holds (each once). */
export function unverifiedNumbersOf(claim: Claim, sourceNumbers: ReadonlyMap<number, WrittenNumber[]>): string[] {
  const cited = [...new Set(claim.citations)].flatMap((citation) => sourceNumbers.get(citation) ?? []);
  const unverified = checkedNumbersOf(claim.text)
    .filter((number) => !cited.some((sourceNumber) => sameNumber(number, sourceNumber)))
    .map((number) => number.written);
  return [...new Set(unverified)];
}

/** Each claim with its citations de-duplicated (order kept) and its unverified numbers. */
export function checkClaims(claims: readonly Claim[], sourceNumbers: ReadonlyMap<number, WrittenNumber[]>): CheckedClaim[] {
  return claims.map((claim) => {
    const text = claim.text.trim();
    const citations = [...new Set(claim.citations)];
    return { text, citations, unverifiedNumbers: unverifiedNumbersOf({ text, citations }, sourceNumbers) };
  });
}

export function groundingFigures(claims: readonly CheckedClaim[]): GroundingFigures {
  return {
    claimCount: claims.length,
    citedClaimCount: claims.filter((claim) => claim.citations.length > 0).length,
    unverifiedNumberCount: claims.reduce((count, claim) => count + claim.unverifiedNumbers.length, 0),
  };
}
