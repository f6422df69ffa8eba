import type { PdfPen } from "../layout/pdfPen";
import { COLORS } from "../layout/pdfTheme";
import { drawBottomTicks, drawPlotFrame, drawValueGrid, labelsWidth, TICK_LABELS_HEIGHT, type PlotArea } from "./chartAxes";
import { linearScale } from "./chartScales";
import { placeLabels } from "./labelPlacement";

/** Labelled points on two numeric axes, as vectors; points at the same spot share one marker. */
export interface ScatterPoint {
  label: string;
  x: number;
  y: number;
  emphasis: boolean;
}

export interface ScatterSpec {
  points: ScatterPoint[];
  xTitle: string;
  yTitle: string;
  domain: { min: number; max: number; ticks: number[] };
  /** Dashed lines splitting the plot into quadrants at this value. */
  quadrantAt?: number;
  plotHeight: number;
}

const AXIS_TITLE_HEIGHT = 11;
const COMPETITOR_COLOR = "#6366f1";

export function scatterChartHeight(spec: ScatterSpec): number {
  return spec.plotHeight + TICK_LABELS_HEIGHT + AXIS_TITLE_HEIGHT;
}

export function drawScatterChart(pen: PdfPen, spec: ScatterSpec, x: number, top: number, width: number): void {
  const format = (value: number) => String(value);
  const axisWidth = AXIS_TITLE_HEIGHT + labelsWidth(pen, spec.domain.ticks.map(format)) + 6;
  const plotWidth = Math.min(width - axisWidth - 8, spec.plotHeight * 1.5);
  // Centred in the column: the plot is kept near square, narrower than the page.
  x += (width - axisWidth - plotWidth) / 2;
  const plot: PlotArea = { x: x + axisWidth, y: top + 4, width: plotWidth, height: spec.plotHeight - 4 };
  const toX = linearScale(spec.domain.min, spec.domain.max, plot.x, plot.x + plot.width);
  const toY = linearScale(spec.domain.min, spec.domain.max, plot.y + plot.height, plot.y);

  drawValueGrid(pen, plot, spec.domain.ticks, toY, format);
  if (spec.quadrantAt !== undefined) {
    const qx = toX(spec.quadrantAt);
    const qy = toY(spec.quadrantAt);
    pen.doc
      .save()
      .lineWidth(0.6)
      .dash(3, { space: 3 })
      .strokeColor(COLORS.faint)
      .moveTo(qx, plot.y)
      .lineTo(qx, plot.y + plot.height)
      .moveTo(plot.x, qy)
      .lineTo(plot.x + plot.width, qy)
      .stroke()
      .undash()
      .restore();
  }
  drawPlotFrame(pen, plot);
  drawBottomTicks(pen, plot, spec.domain.ticks.map((tick) => ({ x: toX(tick), label: format(tick) })), x, x + width);
  const xTitleWidth = pen.measure(spec.xTitle, "chartTitle");
  pen.draw(spec.xTitle, "chartTitle", plot.x + (plot.width - xTitleWidth) / 2, plot.y + plot.height + TICK_LABELS_HEIGHT);
  const yTitleWidth = pen.measure(spec.yTitle, "chartTitle");
  pen.doc.save().rotate(-90, { origin: [x, plot.y + plot.height / 2] });
  pen.draw(spec.yTitle, "chartTitle", x - yTitleWidth / 2, plot.y + plot.height / 2);
  pen.doc.restore();

  const markers = groupCoincident(spec.points).map((group) => ({
    ...group,
    px: toX(group.x),
    py: toY(group.y),
    radius: group.emphasis ? 4.5 : 3,
  }));
  // The subject's label is placed first, so it gets the best spot.
  markers.sort((a, b) => Number(b.emphasis) - Number(a.emphasis));
  const labelRects = placeLabels(
    markers.map((marker) => ({
      x: marker.px,
      y: marker.py,
      radius: marker.radius,
      labelWidth: pen.measure(marker.label, marker.emphasis ? "chartLabelBold" : "chartLabel"),
      labelHeight: 8,
    })),
    { x: plot.x, y: plot.y, width: plot.width, height: plot.height },
  );
  for (const marker of markers) {
    const color = marker.emphasis ? COLORS.subject : COMPETITOR_COLOR;
    pen.doc.save().circle(marker.px, marker.py, marker.radius).fillOpacity(0.9).fill(color).restore();
  }
  markers.forEach((marker, index) => {
    const rect = labelRects[index];
    pen.draw(marker.label, marker.emphasis ? "chartLabelBold" : "chartLabel", rect.x, rect.y, marker.emphasis ? { color: COLORS.subject } : {});
  });
}

function groupCoincident(points: ScatterPoint[]): ScatterPoint[] {
  const groups = new Map<string, ScatterPoint[]>();
  for (const point of points) {
    const key = `${point.x}|${point.y}`;
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  return [...groups.values()].map((group) => ({
    x: group[0].x,
    y: group[0].y,
    emphasis: group.some((point) => point.emphasis),
    label: [...group].sort((a, b) => Number(b.emphasis) - Number(a.emphasis)).map((point) => point.label).join(", "),
  }));
}
