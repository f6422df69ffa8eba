import { formatMetricValue } from "../../../companies/format/firmographicsFormat";
import { trendWindowsDays, type MetricTrend } from "../../reportDocument";
import { drawLineChart, lineChartHeight, type LineChartSpec } from "../charts/lineChart";
import { companyPalette } from "../charts/seriesPalette";
import { formatAnnualGrowth, formatDate, formatMetricChange } from "../format/reportFormat";
import { sectionHeading, subheading } from "../layout/headings";
import { SPACING } from "../layout/pdfTheme";
import { drawTable, type TableColumn } from "../layout/table";
import { paragraph } from "../layout/textBlocks";
import type { ReportPdfContext } from "./reportPdfContext";
import { kindPromises } from "./sectionPlan";

export const TRENDS_HEADING = "Market-data trends";

/** Per metric: a chart of the subject's series and its competitors', then their figures. */
export function renderTrends({ document, pen, flow }: ReportPdfContext): void {
  const byMetric = groupByMetric(document.computed.trends);
  if (byMetric.length === 0 && !kindPromises(document.kind, "trends")) return;
  const charts = byMetric.map((trends) => {
    const spec = trendChartSpec(trends);
    return { trends, spec, height: lineChartHeight(pen, spec, flow.width) };
  });
  // The heading stays with the first metric's title and chart.
  sectionHeading(flow, pen, TRENDS_HEADING, charts.length > 0 ? charts[0].height + 50 : undefined);
  if (charts.length === 0) {
    paragraph(flow, pen, "No market data is tracked for these companies yet.", "bodyMuted");
    return;
  }
  for (const { trends, spec, height: chartHeight } of charts) {
    const { metric, unit } = trends[0];
    subheading(flow, pen, unit ? `${metric} (${unit})` : metric, chartHeight + 30);
    drawLineChart(pen, spec, flow.left, flow.take(chartHeight), flow.width);
    flow.space(SPACING.betweenBlocks);
    drawTable(flow, pen, TREND_COLUMNS, trends.map((trend) => ({ emphasis: trend.isSubject, cells: trendCells(trend) })));
  }
}

function trendChartSpec(trends: MetricTrend[]): LineChartSpec {
  const palette = companyPalette(trends);
  return {
    series: trends.map((trend) => ({
      label: trend.companyName,
      points: trend.chart.map((point) => ({ t: Date.parse(point.t), v: point.v })).filter((point) => Number.isFinite(point.t)),
      style: palette.styleOf(trend.companyId),
    })),
    legend: palette.legend,
    formatValue: (value) => formatMetricValue(value, unitForAxis(trends[0].unit)),
    plotHeight: 125,
  };
}

const TREND_COLUMNS: TableColumn[] = [
  { header: "Company", weight: 6 },
  { header: "Latest", weight: 3.2, align: "right" },
  { header: "As of", weight: 2.8, align: "right" },
  ...trendWindowsDays.map((days) => ({ header: `${days} days`, weight: 2.4, align: "right" as const })),
  { header: "Growth/yr", weight: 2.6, align: "right" },
  { header: "Source", weight: 1.8, align: "right" },
];

function trendCells(trend: MetricTrend): string[] {
  return [
    trend.companyName,
    formatMetricValue(trend.latestValue, trend.unit),
    formatDate(trend.latestAt),
    ...trendWindowsDays.map((days) => {
      const change = trend.changes.find((candidate) => candidate.days === days);
      return change ? formatMetricChange(change, trend.unit) : "—";
    }),
    formatAnnualGrowth(trend.annualGrowthRate),
    String(trend.sourceNumber),
  ];
}

/** Axis labels carry money and percent signs but not word units (the heading names them). */
function unitForAxis(unit: string | null): string | null {
  const trimmed = unit?.trim() ?? "";
  return /^(usd|\$|%)$/i.test(trimmed) ? trimmed : null;
}

/** Metrics in the order they first appear; the subject's series first within each. */
function groupByMetric(trends: MetricTrend[]): MetricTrend[][] {
  const groups = new Map<string, MetricTrend[]>();
  for (const trend of trends) groups.set(trend.metric, [...(groups.get(trend.metric) ?? []), trend]);
  return [...groups.values()].map((group) => [...group.filter((trend) => trend.isSubject), ...group.filter((trend) => !trend.isSubject)]);
}
