import { assertUnreachable } from "../../../shared/assertUnreachable";
import type { CheckedClaim } from "../../reportDocument";
import type { FlowBlock } from "../layout/pageFlow";
import type { PdfPen } from "../layout/pdfPen";
import type { TextStyleName } from "../layout/pdfTheme";
import { lineBlocks, type LineBlockOptions } from "../layout/textBlocks";
import type { TextLine } from "../text/textLayout";
import { claimRuns, type ClaimStyle } from "./claimRuns";
import { UNVERIFIED_LEGEND, type FootnoteKey } from "./footnoteCatalog";

export function claimStyleName(style: ClaimStyle): TextStyleName {
  switch (style) {
    case "claim":
      return "body";
    case "unverifiedNumber":
      return "unverifiedNumber";
    case "dagger":
      return "dagger";
    case "citation":
      return "superscript";
    case "citationSeparator":
      return "superscriptMuted";
    default:
      return assertUnreachable(style);
  }
}

/** The footnotes a line of a claim needs on its page: the sources it cites, the dagger's legend. */
export function claimLineFootnotes(line: TextLine<ClaimStyle>): FootnoteKey[] {
  const keys: FootnoteKey[] = [];
  for (const fragment of line.fragments) {
    if (fragment.style === "citation") keys.push(Number(fragment.text));
    if (fragment.style === "dagger") keys.push(UNVERIFIED_LEGEND);
  }
  return keys;
}

export function layoutClaim(pen: PdfPen, claim: CheckedClaim, width: number): TextLine<ClaimStyle>[] {
  return pen.layout(claimRuns(claim), width, claimStyleName);
}

/** A claim as flow blocks: its superscripts' footnotes travel with the line that shows them. */
export function claimBlocks(
  pen: PdfPen,
  lines: TextLine<ClaimStyle>[],
  options: Pick<LineBlockOptions<ClaimStyle>, "x" | "underlay" | "marker">,
): FlowBlock[] {
  return lineBlocks(pen, lines, {
    ...options,
    lineHeight: pen.lineHeight("body"),
    styleOf: claimStyleName,
    footnotesOf: claimLineFootnotes,
  });
}
