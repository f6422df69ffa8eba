import type { FootnoteCatalog, FootnoteKey } from "../citations/footnoteCatalog";
import { CONTENT_WIDTH, PAGE } from "./pdfTheme";

/** A slice of content the flow places whole: a line of text, a table row, a chart. */
export interface FlowBlock {
  height: number;
  /** The footnotes it cites: they go at the bottom of the page the block lands on. */
  footnotes?: readonly FootnoteKey[];
  draw(top: number): void;
}

export interface PlaceOptions {
  /** Move the whole group to the next page rather than split it (when it fits on an empty page). */
  keepTogether?: boolean;
  /** At least this many first blocks stay together (no lonely first line at the foot of a page). */
  keepFirst?: number;
}

/**
 * Where the next thing goes, top to bottom, page after page. The bottom of each page holds the
 * footnotes of what was placed on it, so the room left shrinks as cited content is added; content
 * whose footnotes do not fit moves to the next page with them.
 */
export class PageFlow {
  readonly left = PAGE.marginX;
  readonly width = CONTENT_WIDTH;
  private y: number = PAGE.marginTop;
  private pageFootnotes = new Set<FootnoteKey>();
  private footnoteAreaHeight = 0;
  private readonly pageStartListeners: (() => void)[] = [];

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly footnotes: FootnoteCatalog,
  ) {}

  get top(): number {
    return this.y;
  }

  get atPageTop(): boolean {
    return this.y <= PAGE.marginTop;
  }

  /** Room left on this page for content citing `footnotes` (after their footnotes are reserved). */
  roomLeft(footnotes: readonly FootnoteKey[] = []): number {
    const added = footnotes.filter((key) => !this.pageFootnotes.has(key));
    const extra = added.length === 0 ? 0 : this.footnotes.areaHeight([...this.pageFootnotes, ...new Set(added)]) - this.footnoteAreaHeight;
    return this.contentBottom() - this.footnoteAreaHeight - extra - this.y;
  }

  fits(height: number, footnotes: readonly FootnoteKey[] = []): boolean {
    return height <= this.roomLeft(footnotes) + 0.01;
  }

  /** Starts a new page unless this much (with its footnotes) still fits here. */
  ensureRoom(height: number, footnotes: readonly FootnoteKey[] = []): void {
    if (!this.atPageTop && !this.fits(height, footnotes)) this.newPage();
  }

  /** Claims `height` on this page (or the next) for content citing `footnotes`; returns its top. */
  take(height: number, footnotes: readonly FootnoteKey[] = []): number {
    this.ensureRoom(height, footnotes);
    for (const key of footnotes) this.addFootnote(key);
    const top = this.y;
    this.y += height;
    return top;
  }

  place(block: FlowBlock): void {
    block.draw(this.take(block.height, block.footnotes));
  }

  placeAll(blocks: FlowBlock[], { keepTogether = false, keepFirst = 1 }: PlaceOptions = {}): void {
    if (blocks.length === 0) return;
    const together = keepTogether ? blocks : blocks.slice(0, keepFirst);
    const height = together.reduce((sum, block) => sum + block.height, 0);
    const footnotes = together.flatMap((block) => block.footnotes ?? []);
    if (height <= this.emptyPageRoom(footnotes)) this.ensureRoom(height, footnotes);
    for (const block of blocks) this.place(block);
  }

  /** Vertical space, dropped at the top of a page. */
  space(points: number): void {
    if (this.atPageTop) return;
    this.y = Math.min(this.y + points, this.contentBottom() - this.footnoteAreaHeight);
  }

  /** Called on every new page (a table repeats its header). Returns the unsubscribe. */
  onPageStart(listener: () => void): () => void {
    this.pageStartListeners.push(listener);
    return () => {
      const index = this.pageStartListeners.indexOf(listener);
      if (index !== -1) this.pageStartListeners.splice(index, 1);
    };
  }

  newPage(): void {
    this.finishPage();
    this.doc.addPage();
    this.y = PAGE.marginTop;
    for (const listener of [...this.pageStartListeners]) listener();
  }

  /** Draws the last page's footnotes. */
  finish(): void {
    this.finishPage();
  }

  /** The room an empty page offers content citing `footnotes`. */
  emptyPageRoom(footnotes: readonly FootnoteKey[] = []): number {
    return this.contentBottom() - PAGE.marginTop - this.footnotes.areaHeight(new Set(footnotes));
  }

  private addFootnote(key: FootnoteKey): void {
    if (this.pageFootnotes.has(key)) return;
    this.pageFootnotes.add(key);
    this.footnoteAreaHeight = this.footnotes.areaHeight(this.pageFootnotes);
  }

  private finishPage(): void {
    this.footnotes.draw(this.pageFootnotes, this.left, PAGE.height - PAGE.marginBottom);
    this.pageFootnotes = new Set();
    this.footnoteAreaHeight = 0;
  }

  private contentBottom(): number {
    return PAGE.height - PAGE.marginBottom - 4;
  }
}
