import type { PdfPen } from "../layout/pdfPen";
import { drawBottomTicks, drawPlotFrame, drawValueGrid, labelsWidth, TICK_LABELS_HEIGHT, type PlotArea } from "./chartAxes";
import { drawLegend, legendHeight, type LegendEntry } from "./chartLegend";
import { linearScale, niceTicks, timeTicks, type NumberTicks } from "./chartScales";
import type { SeriesStyle } from "./seriesPalette";
import { COLORS } from "../layout/pdfTheme";

/** Time series as vector lines (one path per series) over a time axis. */
export interface ChartSeries {
  label: string;
  /** Milliseconds since the epoch, in time order. */
  points: { t: number; v: number }[];
  style: SeriesStyle;
}

export interface LineChartSpec {
  /** A caption above the plot (what the values are). */
  caption?: string;
  series: ChartSeries[];
  legend: LegendEntry[];
  formatValue(value: number): string;
  /** A fixed value axis (sentiment's -1..1); otherwise it spans the data. */
  valueTicks?: NumberTicks;
  /** A stronger line at 0. */
  zeroLine?: boolean;
  plotHeight: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const CAPTION_HEIGHT = 11;

export function lineChartHeight(pen: PdfPen, spec: LineChartSpec, width: number): number {
  return (spec.caption ? CAPTION_HEIGHT : 0) + spec.plotHeight + TICK_LABELS_HEIGHT + legendHeight(pen, spec.legend, width);
}

export function drawLineChart(pen: PdfPen, spec: LineChartSpec, x: number, top: number, width: number): void {
  const points = spec.series.flatMap((series) => series.points);
  if (points.length === 0) return;
  let startMs = Math.min(...points.map((point) => point.t));
  let endMs = Math.max(...points.map((point) => point.t));
  if (startMs === endMs) {
    startMs -= 15 * DAY_MS;
    endMs += 15 * DAY_MS;
  }
  const values = spec.valueTicks ?? niceTicks(Math.min(...points.map((point) => point.v)), Math.max(...points.map((point) => point.v)), 5);
  const valueLabels = values.ticks.map((tick) => spec.formatValue(tick));

  const plotTop = top + (spec.caption ? CAPTION_HEIGHT : 0);
  const axisWidth = labelsWidth(pen, valueLabels) + 6;
  const plot: PlotArea = { x: x + axisWidth, y: plotTop + 4, width: width - axisWidth - 6, height: spec.plotHeight - 4 };
  const toX = linearScale(startMs, endMs, plot.x, plot.x + plot.width);
  const toY = linearScale(values.min, values.max, plot.y + plot.height, plot.y);

  if (spec.caption) pen.draw(spec.caption, "chartTitle", x, top);
  drawValueGrid(pen, plot, values.ticks, toY, spec.formatValue);
  if (spec.zeroLine && values.min < 0 && values.max > 0) {
    pen.doc.save().lineWidth(0.7).strokeColor(COLORS.faint).moveTo(plot.x, toY(0)).lineTo(plot.x + plot.width, toY(0)).stroke().restore();
  }
  drawPlotFrame(pen, plot);
  const ticks = timeTicks(startMs, endMs, Math.max(2, Math.floor(plot.width / 70)));
  drawBottomTicks(pen, plot, ticks.map((tick) => ({ x: toX(tick.t), label: tick.label })), x, x + width);

  // Thin lines first, so the subject's thicker line is drawn on top.
  const ordered = [...spec.series].sort((a, b) => a.style.lineWidth - b.style.lineWidth);
  for (const series of ordered) drawSeries(pen, series, toX, toY);

  drawLegend(pen, spec.legend, x, plot.y + plot.height + TICK_LABELS_HEIGHT, width);
}

function drawSeries(pen: PdfPen, series: ChartSeries, toX: (t: number) => number, toY: (v: number) => number): void {
  const doc = pen.doc;
  if (series.points.length === 0) return;
  if (series.points.length === 1) {
    const [point] = series.points;
    doc.save().circle(toX(point.t), toY(point.v), 1.6).fill(series.style.color).restore();
    return;
  }
  doc.save().lineWidth(series.style.lineWidth).lineJoin("round").lineCap("round").strokeColor(series.style.color);
  series.points.forEach((point, index) => {
    const px = toX(point.t);
    const py = toY(point.v);
    if (index === 0) doc.moveTo(px, py);
    else doc.lineTo(px, py);
  });
  doc.stroke().restore();
}
