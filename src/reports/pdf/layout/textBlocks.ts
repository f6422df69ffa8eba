import type { FootnoteKey } from "../citations/footnoteCatalog";
import { clampLines, type TextLine, type TextRun } from "../text/textLayout";
import type { FlowBlock, PageFlow } from "./pageFlow";
import type { PdfPen } from "./pdfPen";
import { SPACING, type TextStyleName } from "./pdfTheme";

/** Text as flow blocks, one per line, so long text breaks across pages between lines. */
export interface LineBlockOptions<Style extends string> {
  x: number;
  lineHeight: number;
  styleOf: (style: Style) => TextStyleName;
  footnotesOf?: (line: TextLine<Style>) => FootnoteKey[];
  /** Drawn behind each line before its text (a tinted card, a bar), given the line's top and height. */
  underlay?: (top: number, height: number, lineIndex: number) => void;
  /** Drawn beside the first line (a bullet, a number). */
  marker?: (top: number) => void;
}

export function lineBlocks<Style extends string>(pen: PdfPen, lines: TextLine<Style>[], options: LineBlockOptions<Style>): FlowBlock[] {
  return lines.map((line, index) => ({
    height: options.lineHeight,
    footnotes: options.footnotesOf?.(line) ?? [],
    draw: (top: number) => {
      options.underlay?.(top, options.lineHeight, index);
      if (index === 0) options.marker?.(top);
      pen.drawLine(line, options.x, top, options.styleOf);
    },
  }));
}

/** Blank space that moves with its neighbours (padding inside a card). */
export function spacerBlock(height: number, underlay?: (top: number, height: number) => void): FlowBlock {
  return { height, draw: (top) => underlay?.(top, height) };
}

export interface ParagraphOptions {
  indent?: number;
  width?: number;
  keepTogether?: boolean;
}

/** Plain text in one style, wrapped to the column. */
export function paragraph(flow: PageFlow, pen: PdfPen, text: string, style: TextStyleName, options: ParagraphOptions = {}): void {
  flow.placeAll(paragraphBlocks(flow, pen, [{ text, style }], options), { keepTogether: options.keepTogether, keepFirst: 2 });
}

export function paragraphBlocks(
  flow: PageFlow,
  pen: PdfPen,
  runs: TextRun<TextStyleName>[],
  { indent = 0, width = flow.width - indent }: ParagraphOptions = {},
): FlowBlock[] {
  const lineHeight = Math.max(...runs.map((run) => pen.lineHeight(run.style)));
  const lines = pen.layout(runs, width, (style) => style);
  return lineBlocks(pen, lines, { x: flow.left + indent, lineHeight, styleOf: (style) => style });
}

/** A bulleted list of plain strings. */
export function bulletList(flow: PageFlow, pen: PdfPen, items: string[], style: TextStyleName = "body"): void {
  for (const item of items) {
    const lines = pen.layout([{ text: item, style }], flow.width - SPACING.bulletIndent, (name) => name);
    const blocks = lineBlocks(pen, lines, {
      x: flow.left + SPACING.bulletIndent,
      lineHeight: pen.lineHeight(style),
      styleOf: (name) => name,
      marker: (top) => drawBullet(pen, flow.left + 3, top + pen.lineHeight(style) / 2),
    });
    flow.placeAll(blocks, { keepFirst: 2 });
    flow.space(SPACING.betweenItems);
  }
}

export function drawBullet(pen: PdfPen, x: number, y: number, color = "#6b7280"): void {
  pen.doc.save().circle(x, y, 1.4).fill(color).restore();
}

/** A clickable URL on one line (cut with an ellipsis when longer). */
export function linkBlock(pen: PdfPen, url: string, x: number, width: number, underlay?: (top: number, height: number) => void): FlowBlock {
  const lines = pen.layout([{ text: url, style: "smallLink" as const }], width, (style) => style);
  const [line] = clampLines(lines, 1, width, (text, style) => pen.measure(text, style));
  const height = pen.lineHeight("smallLink");
  return {
    height,
    draw: (top) => {
      underlay?.(top, height);
      pen.draw(line.fragments.map((fragment) => fragment.text).join(""), "smallLink", x, top, { link: url });
    },
  };
}
