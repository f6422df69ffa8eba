import type { CheckedClaim } from "../../reportDocument";
import type { TextRun } from "../text/textLayout";

/** How a claim reads: its text, unverified numbers marked with a dagger, superscript citations. */
export type ClaimStyle = "claim" | "unverifiedNumber" | "dagger" | "citation" | "citationSeparator";

export const UNVERIFIED_MARK = "†";

/** The named destination of a source's entry in the sources list. */
export function sourceDestination(sourceNumber: number): string {
  return `source-${sourceNumber}`;
}

export function claimRuns(claim: CheckedClaim, baseStyle: ClaimStyle = "claim"): TextRun<ClaimStyle>[] {
  const text = claim.text.trim();
  const runs: TextRun<ClaimStyle>[] = [];
  const ranges = unverifiedRanges(text, claim.unverifiedNumbers);
  let cursor = 0;
  for (const range of ranges) {
    if (range.start > cursor) runs.push({ text: text.slice(cursor, range.start), style: baseStyle });
    runs.push({ text: text.slice(range.start, range.end), style: "unverifiedNumber" }, { text: UNVERIFIED_MARK, style: "dagger" });
    cursor = range.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), style: baseStyle });

  // A number the check flagged but the text spells differently is still shown, after the text.
  const unplaced = claim.unverifiedNumbers.filter((number) => !ranges.some((range) => range.number === number));
  for (const number of unplaced) {
    runs.push({ text: " (", style: baseStyle }, { text: number, style: "unverifiedNumber" }, { text: UNVERIFIED_MARK, style: "dagger" });
    runs.push({ text: ")", style: baseStyle });
  }

  const citations = [...new Set(claim.citations)].sort((a, b) => a - b);
  citations.forEach((sourceNumber, index) => {
    // A no-break space: the numbers stay glued to the claim's last word, yet read apart.
    if (index > 0) runs.push({ text: ",\u00a0", style: "citationSeparator" });
    runs.push({ text: String(sourceNumber), style: "citation", goTo: sourceDestination(sourceNumber) });
  });
  return runs;
}

/** Whether a claim shows a dagger, so its page carries the dagger's legend. */
export function claimHasUnverifiedNumbers(claim: CheckedClaim): boolean {
  return claim.unverifiedNumbers.some((number) => number.trim().length > 0);
}

interface NumberRange {
  number: string;
  start: number;
  end: number;
}

/** Every standalone occurrence of each flagged number ("42" matches in "42%", not in "1420" or "4.42"). */
function unverifiedRanges(text: string, numbers: string[]): NumberRange[] {
  const ranges: NumberRange[] = [];
  for (const number of numbers) {
    const needle = number.trim();
    if (needle.length === 0) continue;
    for (let start = text.indexOf(needle); start !== -1; start = text.indexOf(needle, start + 1)) {
      const end = start + needle.length;
      if (!isNumberBoundary(text, start - 1, -1) || !isNumberBoundary(text, end, 1)) continue;
      if (ranges.some((range) => start < range.end && end > range.start)) continue;
      ranges.push({ number, start, end });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

const isDigit = (character: string | undefined) => character !== undefined && character >= "0" && character <= "9";

/** The character at `index` does not continue the number (a separator only counts when a digit follows it). */
function isNumberBoundary(text: string, index: number, direction: 1 | -1): boolean {
  const character = text[index];
  if (isDigit(character)) return false;
  if ((character === "." || character === ",") && isDigit(text[index + direction])) return false;
  return true;
}
