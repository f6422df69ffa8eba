import type { NarrativeSection, NarrativeSectionKey } from "../../reportDocument";
import { claimLineFootnotes, claimStyleName, layoutClaim } from "../citations/claimBlocks";
import type { ClaimStyle } from "../citations/claimRuns";
import { sectionHeading } from "../layout/headings";
import { COLORS, SPACING } from "../layout/pdfTheme";
import { drawBullet } from "../layout/textBlocks";
import type { TextLine } from "../text/textLayout";
import { renderNarrativeSection } from "./narrativeSections";
import type { ReportPdfContext } from "./reportPdfContext";
import { orderedNarrativeSections } from "./sectionPlan";

export const SWOT_HEADING = "SWOT analysis";

const GAP = 8;
const PAD = 7;
const QUADRANT_COLORS: Partial<Record<NarrativeSectionKey, { ink: string; tint: string }>> = {
  strengths: { ink: "#15803d", tint: "#f0fdf4" },
  weaknesses: { ink: "#b91c1c", tint: "#fef2f2" },
  opportunities: { ink: "#1d4ed8", tint: "#eff6ff" },
  threats: { ink: "#b45309", tint: "#fffbeb" },
};

interface LaidCell {
  section: NarrativeSection;
  claims: TextLine<ClaimStyle>[][];
  height: number;
}

/**
 * Strengths, weaknesses, opportunities and threats as a 2×2 grid (whichever of them were written,
 * in that order, two a row). A row stays on one page with all its footnotes; a row too tall for
 * any page is set as ordinary sections instead.
 */
export function renderSwotGrid(context: ReportPdfContext): void {
  const { document, pen, flow } = context;
  if (document.narrative.status !== "written") return;
  const sections = orderedNarrativeSections(document.kind, document.narrative.sections, "swot");
  if (sections.length === 0) return;
  sectionHeading(flow, pen, SWOT_HEADING, 120);

  const cellWidth = (flow.width - GAP) / 2;
  const lineHeight = pen.lineHeight("body");
  const titleHeight = pen.lineHeight("subheading") + 2;
  const layCell = (section: NarrativeSection): LaidCell => {
    const claims = section.claims.map((claim) => layoutClaim(pen, claim, cellWidth - 2 * PAD - SPACING.bulletIndent));
    const claimsHeight = claims.reduce((sum, lines) => sum + lines.length * lineHeight + SPACING.betweenItems, 0);
    return { section, claims, height: 2 * PAD + titleHeight + Math.max(claimsHeight, lineHeight) };
  };

  for (let start = 0; start < sections.length; start += 2) {
    const row = sections.slice(start, start + 2).map(layCell);
    const height = Math.max(...row.map((cell) => cell.height));
    const footnotes = row.flatMap((cell) => cell.claims.flatMap((lines) => lines.flatMap(claimLineFootnotes)));
    if (height > flow.emptyPageRoom(footnotes)) {
      for (const cell of row) renderNarrativeSection(context, cell.section);
      continue;
    }
    const top = flow.take(height, footnotes);
    row.forEach((cell, index) => drawCell(context, cell, flow.left + index * (cellWidth + GAP), top, cellWidth, height));
    flow.space(GAP);
  }
}

function drawCell({ pen }: ReportPdfContext, cell: LaidCell, x: number, top: number, width: number, height: number): void {
  const colors = QUADRANT_COLORS[cell.section.key] ?? { ink: COLORS.ink, tint: COLORS.headerTint };
  pen.doc.save().roundedRect(x, top, width, height, 3).lineWidth(0.6).fillAndStroke(colors.tint, COLORS.rule).restore();
  pen.draw(cell.section.title, "subheading", x + PAD, top + PAD, { color: colors.ink });
  const lineHeight = pen.lineHeight("body");
  let y = top + PAD + pen.lineHeight("subheading") + 2;
  if (cell.claims.length === 0) pen.draw("Nothing was written for this section.", "bodyMuted", x + PAD, y);
  for (const lines of cell.claims) {
    drawBullet(pen, x + PAD + 3, y + lineHeight / 2, colors.ink);
    for (const line of lines) {
      pen.drawLine(line, x + PAD + SPACING.bulletIndent, y, claimStyleName);
      y += lineHeight;
    }
    y += SPACING.betweenItems;
  }
}
