import type { PdfPen } from "../layout/pdfPen";

/** A chart's legend: colour swatches with labels, flowing in rows under the plot. */
export interface LegendEntry {
  label: string;
  color: string;
  emphasis?: boolean;
}

const SWATCH = 10;
const SWATCH_GAP = 3;
const ENTRY_GAP = 10;
const ROW_HEIGHT = 10;

interface PlacedEntry {
  entry: LegendEntry;
  x: number;
  row: number;
}

function placeEntries(pen: PdfPen, entries: LegendEntry[], width: number): PlacedEntry[] {
  const placed: PlacedEntry[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const entryWidth = SWATCH + SWATCH_GAP + pen.measure(entry.label, entry.emphasis ? "chartLabelBold" : "chartLabel");
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      row += 1;
    }
    placed.push({ entry, x, row });
    x += entryWidth + ENTRY_GAP;
  }
  return placed;
}

export function legendHeight(pen: PdfPen, entries: LegendEntry[], width: number): number {
  if (entries.length === 0) return 0;
  const rows = Math.max(...placeEntries(pen, entries, width).map((placed) => placed.row)) + 1;
  return rows * ROW_HEIGHT + 4;
}

export function drawLegend(pen: PdfPen, entries: LegendEntry[], x: number, top: number, width: number): void {
  for (const placed of placeEntries(pen, entries, width)) {
    const rowTop = top + 4 + placed.row * ROW_HEIGHT;
    const left = x + placed.x;
    pen.doc
      .save()
      .lineWidth(placed.entry.emphasis ? 2 : 1.2)
      .strokeColor(placed.entry.color)
      .moveTo(left, rowTop + ROW_HEIGHT / 2)
      .lineTo(left + SWATCH, rowTop + ROW_HEIGHT / 2)
      .stroke()
      .restore();
    pen.draw(placed.entry.label, placed.entry.emphasis ? "chartLabelBold" : "chartLabel", left + SWATCH + SWATCH_GAP, rowTop + 1);
  }
}
