import type { ReportSource } from "../../reportDocument";
import { formatDate } from "../format/reportFormat";
import type { PdfPen } from "../layout/pdfPen";
import { COLORS, type TextStyleName } from "../layout/pdfTheme";
import { UNVERIFIED_MARK, sourceDestination } from "./claimRuns";

/**
 * The footnotes a page can carry: one per cited source (its number, title and as-of date) and the
 * dagger's legend. Heights are measured once, so the page flow can ask what a claim's footnotes
 * would take before placing the claim.
 */
export const UNVERIFIED_LEGEND = "unverified" as const;
export type FootnoteKey = number | typeof UNVERIFIED_LEGEND;

export const UNVERIFIED_LEGEND_TEXT = "Not found in the cited sources.";

const NUMBER_COLUMN = 16;
const SEPARATOR_SPACE = 9;
const ENTRY_GAP = 1.5;
const TEXT_STYLE: TextStyleName = "footnote";

interface FootnoteEntry {
  label: string;
  lines: string[];
  height: number;
  goTo: string | null;
}

export class FootnoteCatalog {
  private readonly sourcesByNumber: Map<number, ReportSource>;
  private readonly entries = new Map<FootnoteKey, FootnoteEntry>();

  constructor(
    private readonly pen: PdfPen,
    sources: ReportSource[],
    private readonly width: number,
  ) {
    this.sourcesByNumber = new Map(sources.map((source) => [source.number, source]));
  }

  /** The height the footnote area takes with these footnotes (0 without any). */
  areaHeight(keys: Iterable<FootnoteKey>): number {
    let height = 0;
    for (const key of keys) height += this.entry(key).height;
    return height === 0 ? 0 : height + SEPARATOR_SPACE;
  }

  heightOf(key: FootnoteKey): number {
    return this.entry(key).height;
  }

  /** Draws the footnotes so that the last one ends at `bottom`: sources by number, the legend last. */
  draw(keys: Iterable<FootnoteKey>, left: number, bottom: number): void {
    const ordered = [...new Set(keys)].sort(compareKeys);
    if (ordered.length === 0) return;
    let top = bottom - this.areaHeight(ordered);
    this.pen.doc.save().lineWidth(0.5).strokeColor(COLORS.rule).moveTo(left, top + 3).lineTo(left + 90, top + 3).stroke().restore();
    top += SEPARATOR_SPACE;
    const lineHeight = this.pen.lineHeight(TEXT_STYLE);
    for (const key of ordered) {
      const entry = this.entry(key);
      const labelWidth = this.pen.measure(entry.label, "footnoteNumber");
      this.pen.draw(entry.label, "footnoteNumber", left + NUMBER_COLUMN - 4 - labelWidth, top, entry.goTo ? { goTo: entry.goTo } : {});
      entry.lines.forEach((line, index) => this.pen.draw(line, TEXT_STYLE, left + NUMBER_COLUMN, top + index * lineHeight));
      top += entry.height;
    }
  }

  private entry(key: FootnoteKey): FootnoteEntry {
    const known = this.entries.get(key);
    if (known) return known;
    const { label, text, goTo } = this.describe(key);
    const lines = this.pen
      .layout([{ text, style: TEXT_STYLE }], this.width - NUMBER_COLUMN, (style) => style)
      .map((line) => line.fragments.map((fragment) => fragment.text).join(""));
    const entry = { label, lines, height: lines.length * this.pen.lineHeight(TEXT_STYLE) + ENTRY_GAP, goTo };
    this.entries.set(key, entry);
    return entry;
  }

  private describe(key: FootnoteKey): { label: string; text: string; goTo: string | null } {
    if (key === UNVERIFIED_LEGEND) return { label: UNVERIFIED_MARK, text: UNVERIFIED_LEGEND_TEXT, goTo: null };
    const source = this.sourcesByNumber.get(key);
    // The grounding checks reject such a citation; say so rather than drop the number.
    if (!source) return { label: String(key), text: "Not among this report's sources.", goTo: null };
    const asOf = source.asOf ? ` — as of ${formatDate(source.asOf)}` : "";
    return { label: String(key), text: `${source.title}${asOf}`, goTo: sourceDestination(key) };
  }
}

function compareKeys(a: FootnoteKey, b: FootnoteKey): number {
  if (a === UNVERIFIED_LEGEND) return b === UNVERIFIED_LEGEND ? 0 : 1;
  if (b === UNVERIFIED_LEGEND) return -1;
  return a - b;
}
