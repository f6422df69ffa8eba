import { toWinAnsi } from "../text/winAnsiText";
import { layoutRuns, type TextLine, type TextRun } from "../text/textLayout";
import { TEXT_STYLES, type TextStyleName } from "./pdfTheme";

/**
 * The one place that writes text into the pdfkit document: every string goes through the Unicode
 * rule (toWinAnsi) before it is measured or drawn, and is drawn without pdfkit's own wrapping or
 * page breaking (the page flow decides where things go).
 */
export interface DrawOptions {
  color?: string;
  /** A named destination to jump to. */
  goTo?: string;
  /** An external URL. */
  link?: string;
  /** Names this spot so links can jump here. */
  destination?: string;
}

export class PdfPen {
  /** Widths by style and text: wrapping measures the same words again and again. */
  private readonly widths = new Map<string, number>();

  constructor(readonly doc: PDFKit.PDFDocument) {}

  measure(text: string, styleName: TextStyleName): number {
    const key = `${styleName}\u0000${text}`;
    const known = this.widths.get(key);
    if (known !== undefined) return known;
    const style = TEXT_STYLES[styleName];
    const width = this.doc.font(style.font).fontSize(style.size).widthOfString(toWinAnsi(text));
    this.widths.set(key, width);
    return width;
  }

  lineHeight(styleName: TextStyleName): number {
    return TEXT_STYLES[styleName].lineHeight;
  }

  /** Draws one line of text whose line box starts at `top`. */
  draw(text: string, styleName: TextStyleName, x: number, top: number, options: DrawOptions = {}): void {
    const style = TEXT_STYLES[styleName];
    const encoded = toWinAnsi(text).replace(/\n/g, " ");
    if (encoded.length === 0) return;
    // pdfkit's default baseline puts the ascender at y; centre the glyphs in the line box.
    const y = top + (style.lineHeight - style.size) / 2 - style.rise;
    this.doc
      .font(style.font)
      .fontSize(style.size)
      .fillColor(options.color ?? style.color)
      .text(encoded, x, y, {
        lineBreak: false,
        ...(options.goTo ? { goTo: options.goTo } : {}),
        ...(options.link ? { link: options.link } : {}),
        ...(options.destination ? { destination: options.destination } : {}),
      });
  }

  /** Lays styled runs out in `width`, each run style drawn as a text style. */
  layout<Style extends string>(runs: TextRun<Style>[], width: number, styleOf: (style: Style) => TextStyleName): TextLine<Style>[] {
    return layoutRuns(
      runs.map((run) => ({ ...run, text: toWinAnsi(run.text) })),
      width,
      (text, style) => this.measure(text, styleOf(style)),
    );
  }

  /** Draws a laid-out line, fragment by fragment. */
  drawLine<Style extends string>(line: TextLine<Style>, x: number, top: number, styleOf: (style: Style) => TextStyleName): void {
    for (const fragment of line.fragments) {
      const styleName = styleOf(fragment.style);
      this.draw(fragment.text, styleName, x + fragment.x, top, fragment.goTo ? { goTo: fragment.goTo } : {});
    }
  }
}
