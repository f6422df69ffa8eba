import type { CheckedClaim } from "../../reportDocument";
import { claimBlocks, layoutClaim } from "../citations/claimBlocks";
import type { PageFlow } from "../layout/pageFlow";
import type { PdfPen } from "../layout/pdfPen";
import { COLORS, SPACING } from "../layout/pdfTheme";
import { drawBullet, paragraph, spacerBlock } from "../layout/textBlocks";

/**
 * Claims as they read in the PDF: facts as a bulleted list; recommendations as numbered, tinted
 * cards with a green bar, so advice never reads as a finding. A claim stays on one page with its
 * footnotes whenever it fits on one.
 */
export function factList(flow: PageFlow, pen: PdfPen, claims: CheckedClaim[]): void {
  if (claims.length === 0) return noClaims(flow, pen);
  for (const claim of claims) {
    const lines = layoutClaim(pen, claim, flow.width - SPACING.bulletIndent);
    const blocks = claimBlocks(pen, lines, {
      x: flow.left + SPACING.bulletIndent,
      marker: (top) => drawBullet(pen, flow.left + 3, top + pen.lineHeight("body") / 2),
    });
    flow.placeAll(blocks, { keepTogether: true });
    flow.space(SPACING.betweenItems);
  }
}

const CARD_PAD_X = 8;
const CARD_PAD_Y = 4;
const NUMBER_COLUMN = 14;
const BAR_WIDTH = 2.5;

export function recommendationCards(flow: PageFlow, pen: PdfPen, claims: CheckedClaim[]): void {
  if (claims.length === 0) return noClaims(flow, pen);
  const underlay = (top: number, height: number) => {
    pen.doc.save().rect(flow.left, top, flow.width, height).fill(COLORS.recommendationTint).restore();
    pen.doc.save().rect(flow.left, top, BAR_WIDTH, height).fill(COLORS.recommendation).restore();
  };
  claims.forEach((claim, index) => {
    const textX = flow.left + CARD_PAD_X + NUMBER_COLUMN;
    const lines = layoutClaim(pen, claim, flow.width - 2 * CARD_PAD_X - NUMBER_COLUMN);
    const blocks = [
      spacerBlock(CARD_PAD_Y, underlay),
      ...claimBlocks(pen, lines, {
        x: textX,
        underlay,
        marker: (top) => pen.draw(`${index + 1}.`, "bodyBold", flow.left + CARD_PAD_X, top, { color: COLORS.recommendation }),
      }),
      spacerBlock(CARD_PAD_Y, underlay),
    ];
    flow.placeAll(blocks, { keepTogether: true });
    flow.space(SPACING.betweenItems + 1);
  });
}

function noClaims(flow: PageFlow, pen: PdfPen): void {
  paragraph(flow, pen, "Nothing was written for this section.", "bodyMuted");
}
