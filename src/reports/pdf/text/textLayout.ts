/**
 * Word wrapping of styled text, done here rather than by pdfkit so that a block's height is known
 * before it is placed (a claim moves to the next page with its footnotes) and superscripts sit
 * inside a line. Pure: the caller measures.
 */
export interface TextRun<Style extends string> {
  text: string;
  style: Style;
  /** A named destination in the document the run jumps to. */
  goTo?: string;
}

export interface LineFragment<Style extends string> {
  text: string;
  style: Style;
  goTo?: string;
  /** From the line's start. */
  x: number;
  width: number;
}

export interface TextLine<Style extends string> {
  fragments: LineFragment<Style>[];
  width: number;
}

export type Measure<Style extends string> = (text: string, style: Style) => number;

interface Piece<Style extends string> {
  text: string;
  style: Style;
  goTo?: string;
}

/** A word is what cannot break: text between spaces, across style changes ("42%" + "†" + "3"). */
type Word<Style extends string> = Piece<Style>[];

type Token<Style extends string> = { kind: "word"; word: Word<Style>; spaceBefore: Piece<Style> | null } | { kind: "break" };

export function layoutRuns<Style extends string>(runs: TextRun<Style>[], maxWidth: number, measure: Measure<Style>): TextLine<Style>[] {
  const lines: Piece<Style>[][] = [];
  let current: Piece<Style>[] = [];
  let currentWidth = 0;
  const pushLine = () => {
    lines.push(current);
    current = [];
    currentWidth = 0;
  };

  for (const token of tokenize(runs)) {
    if (token.kind === "break") {
      pushLine();
      continue;
    }
    const wordWidth = widthOfPieces(token.word, measure);
    const spaceWidth = token.spaceBefore && current.length > 0 ? measure(" ", token.spaceBefore.style) : 0;
    if (current.length > 0 && currentWidth + spaceWidth + wordWidth > maxWidth) pushLine();
    if (current.length > 0 && token.spaceBefore) {
      current.push({ ...token.spaceBefore, text: " " });
      currentWidth += spaceWidth;
    }
    if (wordWidth <= maxWidth - currentWidth) {
      current.push(...token.word);
      currentWidth += wordWidth;
      continue;
    }
    // A word wider than the line (a long URL): break it between characters.
    for (const piece of token.word) {
      for (const character of piece.text) {
        const characterWidth = measure(character, piece.style);
        if (current.length > 0 && currentWidth + characterWidth > maxWidth) pushLine();
        current.push({ ...piece, text: character });
        currentWidth += characterWidth;
      }
    }
  }
  if (current.length > 0 || lines.length === 0) pushLine();
  return lines.map((pieces) => toLine(pieces, measure));
}

/** Plain text in one style, as lines of text. */
export function wrapText<Style extends string>(text: string, style: Style, maxWidth: number, measure: Measure<Style>): string[] {
  return layoutRuns([{ text, style }], maxWidth, measure).map((line) => line.fragments.map((fragment) => fragment.text).join(""));
}

/** Cuts lines to `maxLines`, ending the last kept line with an ellipsis that fits. */
export function clampLines<Style extends string>(
  lines: TextLine<Style>[],
  maxLines: number,
  maxWidth: number,
  measure: Measure<Style>,
): TextLine<Style>[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[kept.length - 1];
  const pieces: Piece<Style>[] = last.fragments.map(({ text, style, goTo }) => ({ text, style, goTo }));
  const style = pieces.length > 0 ? pieces[pieces.length - 1].style : lines[0].fragments[0].style;
  const ellipsis = "…";
  while (pieces.length > 0 && widthOfPieces(pieces, measure) + measure(ellipsis, style) > maxWidth) {
    const tail = pieces[pieces.length - 1];
    const shorter = [...tail.text].slice(0, -1).join("");
    if (shorter.length === 0) pieces.pop();
    else pieces[pieces.length - 1] = { ...tail, text: shorter };
  }
  pieces.push({ text: ellipsis, style });
  kept[kept.length - 1] = toLine(pieces, measure);
  return kept;
}

function* tokenize<Style extends string>(runs: TextRun<Style>[]): Generator<Token<Style>> {
  let word: Word<Style> = [];
  let spaceBefore: Piece<Style> | null = null;
  let pendingSpace: Piece<Style> | null = null;
  const flush = function* (): Generator<Token<Style>> {
    if (word.length > 0) yield { kind: "word", word, spaceBefore };
    word = [];
    spaceBefore = null;
  };
  for (const run of runs) {
    for (const part of run.text.split(/(\n| +)/)) {
      if (part === "") continue;
      if (part === "\n") {
        yield* flush();
        pendingSpace = null;
        yield { kind: "break" };
      } else if (part.startsWith(" ")) {
        yield* flush();
        pendingSpace = { text: " ", style: run.style, goTo: run.goTo };
      } else {
        if (word.length === 0) spaceBefore = pendingSpace;
        pendingSpace = null;
        word.push({ text: part, style: run.style, goTo: run.goTo });
      }
    }
  }
  yield* flush();
}

function widthOfPieces<Style extends string>(pieces: Piece<Style>[], measure: Measure<Style>): number {
  return pieces.reduce((sum, piece) => sum + measure(piece.text, piece.style), 0);
}

/** Merges neighbouring pieces of one style and target into fragments, each drawn with one text call. */
function toLine<Style extends string>(pieces: Piece<Style>[], measure: Measure<Style>): TextLine<Style> {
  const merged: Piece<Style>[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.style === piece.style && last.goTo === piece.goTo) last.text += piece.text;
    else merged.push({ ...piece });
  }
  while (merged.length > 0 && merged[merged.length - 1].text.trim() === "") merged.pop();
  if (merged.length > 0) merged[merged.length - 1].text = merged[merged.length - 1].text.replace(/ +$/, "");
  let x = 0;
  const fragments = merged.map((piece) => {
    const width = measure(piece.text, piece.style);
    const fragment: LineFragment<Style> = { ...piece, x, width };
    x += width;
    return fragment;
  });
  return { fragments, width: x };
}
