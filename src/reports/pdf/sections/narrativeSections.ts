import type { NarrativeSection } from "../../reportDocument";
import { sectionHeading } from "../layout/headings";
import { COLORS, SPACING } from "../layout/pdfTheme";
import { bulletList, paragraph } from "../layout/textBlocks";
import { factList, recommendationCards } from "./claimLists";
import type { ReportPdfContext } from "./reportPdfContext";
import { orderedNarrativeSections, type NarrativePlacement } from "./sectionPlan";

export const NOT_CONFIGURED_HEADING = "AI writing is not configured";
export const EVIDENCE_GAPS_HEADING = "Evidence gaps";
const RECOMMENDATIONS_NOTE = "Advice, kept apart from the facts: each item cites the facts behind it.";

/** The executive summary and the other sections read first; or, without an LLM, the box saying so. */
export function renderOpeningNarrative(context: ReportPdfContext): void {
  const { narrative } = context.document;
  if (narrative.status === "not_configured") return renderNotConfigured(context, narrative.message);
  renderSections(context, "opening");
}

/** Risks, recommendations, talking points: after the computed sections and the SWOT grid. */
export function renderClosingNarrative(context: ReportPdfContext): void {
  renderSections(context, "closing");
}

export function renderEvidenceGaps({ document, pen, flow }: ReportPdfContext): void {
  if (document.narrative.status !== "written" || document.narrative.evidenceGaps.length === 0) return;
  sectionHeading(flow, pen, EVIDENCE_GAPS_HEADING);
  paragraph(flow, pen, "What the sources could not answer:", "bodyMuted");
  flow.space(SPACING.betweenItems);
  bulletList(flow, pen, document.narrative.evidenceGaps);
}

/** One written section: its title and its claims, as facts or as recommendations. */
export function renderNarrativeSection({ pen, flow }: ReportPdfContext, section: NarrativeSection): void {
  sectionHeading(flow, pen, section.title);
  if (section.kind === "recommendations") {
    paragraph(flow, pen, RECOMMENDATIONS_NOTE, "bodyMuted");
    flow.space(SPACING.betweenItems + 1);
    recommendationCards(flow, pen, section.claims);
  } else {
    factList(flow, pen, section.claims);
  }
}

function renderSections(context: ReportPdfContext, placement: NarrativePlacement): void {
  const { narrative, kind } = context.document;
  if (narrative.status !== "written") return;
  for (const section of orderedNarrativeSections(kind, narrative.sections, placement)) renderNarrativeSection(context, section);
}

const BOX_PAD = 10;

/** The narrative's place, holding the job's message (how to turn AI writing on) and nothing else. */
function renderNotConfigured({ pen, flow }: ReportPdfContext, message: string): void {
  flow.space(SPACING.afterSection);
  const innerWidth = flow.width - 2 * BOX_PAD;
  const titleHeight = pen.lineHeight("subheading");
  const lines = pen.layout([{ text: message, style: "body" as const }], innerWidth, (style) => style);
  const height = 2 * BOX_PAD + titleHeight + 3 + lines.length * pen.lineHeight("body");
  const top = flow.take(height);
  pen.doc
    .save()
    .roundedRect(flow.left, top, flow.width, height, 4)
    .lineWidth(1)
    .fillAndStroke(COLORS.warningTint, COLORS.warningBorder)
    .restore();
  pen.draw(NOT_CONFIGURED_HEADING, "subheading", flow.left + BOX_PAD, top + BOX_PAD, { color: COLORS.warning });
  lines.forEach((line, index) =>
    pen.drawLine(line, flow.left + BOX_PAD, top + BOX_PAD + titleHeight + 3 + index * pen.lineHeight("body"), (style) => style),
  );
  pen.doc.outline.addItem(NOT_CONFIGURED_HEADING);
}
