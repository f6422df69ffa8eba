import type { CompanySentiment, MentionHighlight } from "../../reportDocument";
import { drawLineChart, lineChartHeight, type LineChartSpec } from "../charts/lineChart";
import { companyPalette } from "../charts/seriesPalette";
import { formatCount, formatDate, formatSentiment, formatShare } from "../format/reportFormat";
import { sectionHeading, subheading } from "../layout/headings";
import type { FlowBlock } from "../layout/pageFlow";
import { COLORS, SPACING } from "../layout/pdfTheme";
import { drawTable } from "../layout/table";
import { lineBlocks, linkBlock, paragraph } from "../layout/textBlocks";
import type { ReportPdfContext } from "./reportPdfContext";
import { kindPromises } from "./sectionPlan";

export const SENTIMENT_HEADING = "Sentiment";
export const MOST_POSITIVE_HEADING = "Most positive mentions";
export const MOST_NEGATIVE_HEADING = "Most negative mentions";

const SENTIMENT_TICKS = { min: -1, max: 1, ticks: [-1, -0.5, 0, 0.5, 1] };

/** Monthly average sentiment per company (-1..1), the figures, and the strongest mentions quoted. */
export function renderSentiment(context: ReportPdfContext): void {
  const { document, pen, flow } = context;
  const { companies, mostPositive, mostNegative } = document.computed.sentiment;
  const withMentions = companies.filter((company) => company.mentionCount > 0);
  if (withMentions.length === 0 && !kindPromises(document.kind, "sentiment")) return;
  const charted = withMentions.filter((company) => company.monthly.length > 0);
  const chart = charted.length > 0 ? sentimentChartSpec(charted) : null;
  const chartHeight = chart ? lineChartHeight(pen, chart, flow.width) : 0;
  sectionHeading(flow, pen, SENTIMENT_HEADING, chart ? chartHeight + 20 : undefined);
  if (withMentions.length === 0) {
    paragraph(flow, pen, "No mentions are recorded for these companies yet.", "bodyMuted");
    return;
  }
  if (chart) {
    drawLineChart(pen, chart, flow.left, flow.take(chartHeight), flow.width);
    flow.space(SPACING.betweenBlocks);
  }

  drawTable(
    flow,
    pen,
    [
      { header: "Company", weight: 5 },
      { header: "Mentions", weight: 1.6, align: "right" },
      { header: "Average", weight: 1.6, align: "right" },
      { header: "Positive", weight: 1.6, align: "right" },
      { header: "Negative", weight: 1.6, align: "right" },
      { header: "Source", weight: 1.4, align: "right" },
    ],
    companies.map((company) => ({
      emphasis: company.isSubject,
      cells: [
        company.companyName,
        formatCount(company.mentionCount),
        formatSentiment(company.averageScore),
        formatShare(company.positiveShare),
        formatShare(company.negativeShare),
        company.sourceNumber === null ? "—" : String(company.sourceNumber),
      ],
    })),
  );

  renderQuotes(context, MOST_POSITIVE_HEADING, mostPositive, COLORS.positive);
  renderQuotes(context, MOST_NEGATIVE_HEADING, mostNegative, COLORS.negative);
}

function sentimentChartSpec(companies: CompanySentiment[]): LineChartSpec {
  const palette = companyPalette(companies);
  return {
    caption: "Average sentiment per month, -1 (negative) to +1 (positive)",
    series: companies.map((company) => ({
      label: company.companyName,
      points: company.monthly.map((month) => ({ t: monthMidpoint(month.month), v: month.averageScore })).filter((point) => Number.isFinite(point.t)),
      style: palette.styleOf(company.companyId),
    })),
    legend: palette.legend,
    formatValue: (value) => formatSentiment(value),
    valueTicks: SENTIMENT_TICKS,
    zeroLine: true,
    plotHeight: 120,
  };
}

function renderQuotes({ pen, flow }: ReportPdfContext, heading: string, mentions: MentionHighlight[], barColor: string): void {
  if (mentions.length === 0) return;
  subheading(flow, pen, heading, 40);
  const indent = 9;
  const width = flow.width - indent;
  const bar = (top: number, height: number) => pen.doc.save().rect(flow.left, top, 2, height).fill(barColor).restore();
  for (const mention of mentions) {
    const quote = pen.layout([{ text: `“${mention.text.trim()}”`, style: "bodyItalic" as const }], width, (style) => style);
    const byline = [
      mention.companyName,
      `score ${formatSentiment(mention.score)}`,
      mention.sourceName,
      mention.author,
      formatDate(mention.publishedAt),
      `source ${mention.sourceNumber}`,
    ]
      .filter((part): part is string => Boolean(part))
      .join(" · ");
    const meta = pen.layout([{ text: byline, style: "small" as const }], width, (style) => style);
    const blocks: FlowBlock[] = [
      ...lineBlocks(pen, quote, { x: flow.left + indent, lineHeight: pen.lineHeight("bodyItalic"), styleOf: (style) => style, underlay: bar }),
      ...lineBlocks(pen, meta, { x: flow.left + indent, lineHeight: pen.lineHeight("small"), styleOf: (style) => style, underlay: bar }),
    ];
    if (mention.url) blocks.push(linkBlock(pen, mention.url, flow.left + indent, width, bar));
    flow.placeAll(blocks, { keepTogether: true });
    flow.space(SPACING.betweenBlocks);
  }
}

/** A "yyyy-mm" month as the middle of that month, for the time axis. */
function monthMidpoint(month: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, 15) : Number.NaN;
}
