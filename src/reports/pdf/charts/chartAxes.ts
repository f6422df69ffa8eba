import type { PdfPen } from "../layout/pdfPen";
import { COLORS } from "../layout/pdfTheme";

/** Grid lines and tick labels shared by the charts. */
export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

const LABEL_HEIGHT = 8;

/** Horizontal grid lines at each value tick, labelled on the left of the plot. */
export function drawValueGrid(pen: PdfPen, plot: PlotArea, ticks: number[], toY: (value: number) => number, format: (value: number) => string): void {
  for (const tick of ticks) {
    const y = toY(tick);
    pen.doc.save().lineWidth(0.4).strokeColor(COLORS.grid).moveTo(plot.x, y).lineTo(plot.x + plot.width, y).stroke().restore();
    const label = format(tick);
    pen.draw(label, "chartLabel", plot.x - 4 - pen.measure(label, "chartLabel"), y - LABEL_HEIGHT / 2);
  }
}

/** Tick marks and labels under the plot, each label centred on its tick and kept inside the chart. */
export function drawBottomTicks(pen: PdfPen, plot: PlotArea, ticks: { x: number; label: string }[], chartLeft: number, chartRight: number): void {
  const bottom = plot.y + plot.height;
  for (const tick of ticks) {
    pen.doc.save().lineWidth(0.5).strokeColor(COLORS.faint).moveTo(tick.x, bottom).lineTo(tick.x, bottom + 3).stroke().restore();
    const width = pen.measure(tick.label, "chartLabel");
    const x = Math.min(Math.max(tick.x - width / 2, chartLeft), chartRight - width);
    pen.draw(tick.label, "chartLabel", x, bottom + 4);
  }
}

export function drawPlotFrame(pen: PdfPen, plot: PlotArea): void {
  pen.doc
    .save()
    .lineWidth(0.6)
    .strokeColor(COLORS.faint)
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.height)
    .lineTo(plot.x + plot.width, plot.y + plot.height)
    .stroke()
    .restore();
}

/** The widest of the labels: how much room the value axis needs. */
export function labelsWidth(pen: PdfPen, labels: string[]): number {
  return Math.max(0, ...labels.map((label) => pen.measure(label, "chartLabel")));
}

export const TICK_LABELS_HEIGHT = 14;
