import type { TextLine } from "../text/textLayout";
import { clampLines } from "../text/textLayout";
import type { PageFlow } from "./pageFlow";
import type { PdfPen } from "./pdfPen";
import { COLORS, type TextStyleName } from "./pdfTheme";

/**
 * A table that breaks between rows and repeats its header on every page it runs onto. Cells wrap;
 * a cell's text is cut (with an ellipsis) after a few lines so one row never outgrows a page.
 */
export interface TableColumn {
  header: string;
  /** A share of the table's width, relative to the other columns'. */
  weight: number;
  align?: "left" | "right";
}

export interface TableCell {
  text: string;
  style?: TextStyleName;
  /** A second, smaller line under the text (a domain under a name). */
  note?: string;
}

export interface TableRow {
  cells: (TableCell | string)[];
  /** The subject's row: tinted and bold. */
  emphasis?: boolean;
}

const PAD_X = 3;
const PAD_Y = 2.5;
const MAX_LINES = 6;

interface LaidCell {
  lines: TextLine<TextStyleName>[];
  noteLines: TextLine<TextStyleName>[];
  height: number;
}

export function drawTable(flow: PageFlow, pen: PdfPen, columns: TableColumn[], rows: TableRow[]): void {
  const widths = fitColumnWidths(
    columns.map((column, index) => minimumWidth(pen, column, rows, index)),
    columns.map((column) => column.weight),
    flow.width,
  );
  const lefts = widths.map((_, index) => flow.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));

  const layCell = (cell: TableCell, width: number, defaultStyle: TextStyleName): LaidCell => {
    const style = cell.style ?? defaultStyle;
    const inner = width - 2 * PAD_X;
    const lines = clampLines(pen.layout<TextStyleName>([{ text: cell.text, style }], inner, (name) => name), MAX_LINES, inner, (text, name) =>
      pen.measure(text, name),
    );
    const noteLines = cell.note
      ? clampLines(pen.layout([{ text: cell.note, style: "tableCellMuted" as const }], inner, (name) => name), 2, inner, (text, name) =>
          pen.measure(text, name),
        )
      : [];
    const height = lines.length * pen.lineHeight(style) + noteLines.length * pen.lineHeight("tableCellMuted");
    return { lines, noteLines, height };
  };

  const drawCells = (cells: LaidCell[], top: number, styleOf: (index: number) => TextStyleName) => {
    cells.forEach((cell, index) => {
      const style = styleOf(index);
      const align = columns[index].align ?? "left";
      let y = top + PAD_Y;
      const drawAligned = (line: TextLine<TextStyleName>, lineHeight: number) => {
        const x = align === "right" ? lefts[index] + widths[index] - PAD_X - line.width : lefts[index] + PAD_X;
        pen.drawLine(line, x, y, (name) => name);
        y += lineHeight;
      };
      for (const line of cell.lines) drawAligned(line, pen.lineHeight(style));
      for (const line of cell.noteLines) drawAligned(line, pen.lineHeight("tableCellMuted"));
    });
  };

  const header = columns.map((column, index) => layCell({ text: column.header, style: "tableHeader" }, widths[index], "tableHeader"));
  const headerHeight = Math.max(...header.map((cell) => cell.height)) + 2 * PAD_Y;
  const drawHeader = () => {
    const top = flow.take(headerHeight);
    pen.doc.save().rect(flow.left, top, flow.width, headerHeight).fill(COLORS.headerTint).restore();
    drawCells(header, top, () => "tableHeader");
  };

  const laidRows = rows.map((row) => {
    const cells = row.cells.map((cell, index) => {
      const asCell = typeof cell === "string" ? { text: cell } : cell;
      return layCell(asCell, widths[index], row.emphasis ? "tableCellBold" : "tableCell");
    });
    return { row, cells, height: Math.max(...cells.map((cell) => cell.height)) + 2 * PAD_Y };
  });

  flow.ensureRoom(headerHeight + (laidRows[0]?.height ?? 0));
  drawHeader();
  for (const { row, cells, height } of laidRows) {
    if (!flow.fits(height)) {
      flow.newPage();
      drawHeader();
    }
    const top = flow.take(height);
    if (row.emphasis) pen.doc.save().rect(flow.left, top, flow.width, height).fill(COLORS.subjectTint).restore();
    drawCells(cells, top, (index) => {
      const cell = row.cells[index];
      return (typeof cell === "string" ? undefined : cell.style) ?? (row.emphasis ? "tableCellBold" : "tableCell");
    });
    pen.doc
      .save()
      .lineWidth(0.4)
      .strokeColor(COLORS.grid)
      .moveTo(flow.left, top + height)
      .lineTo(flow.left + flow.width, top + height)
      .stroke()
      .restore();
  }
}

/**
 * Column widths: each column its share of the table by weight, but never narrower than its longest
 * word (header or cell text), so words are not split; the columns that got their minimum are paid
 * for by the others, in proportion to their spare width. When even the minimums do not fit, they
 * shrink alike.
 */
export function fitColumnWidths(minimums: number[], weights: number[], total: number): number[] {
  const needed = minimums.reduce((sum, width) => sum + width, 0);
  if (needed >= total) return minimums.map((width) => (width / needed) * total);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight, index) => Math.max(minimums[index], (weight / totalWeight) * total));
  const excess = widths.reduce((sum, width) => sum + width, 0) - total;
  const spare = widths.reduce((sum, width, index) => sum + (width - minimums[index]), 0);
  return widths.map((width, index) => width - (excess * (width - minimums[index])) / spare);
}

function minimumWidth(pen: PdfPen, column: TableColumn, rows: TableRow[], index: number): number {
  const longestWord = (text: string, style: TextStyleName) =>
    Math.max(0, ...text.split(/[ \n]+/).map((word) => pen.measure(word, style)));
  let width = longestWord(column.header, "tableHeader");
  for (const row of rows) {
    const cell = row.cells[index];
    if (cell === undefined) continue;
    const asCell = typeof cell === "string" ? { text: cell } : cell;
    // Notes (a domain under a name) may break inside a word; the text itself may not.
    width = Math.max(width, longestWord(asCell.text, asCell.style ?? (row.emphasis ? "tableCellBold" : "tableCell")));
  }
  return width + 2 * PAD_X + 0.5;
}
