import type { ReportSource } from "../../reportDocument";
import { sourceDestination } from "../citations/claimRuns";
import { formatDate, sourceKindLabel } from "../format/reportFormat";
import { sectionHeading } from "../layout/headings";
import type { FlowBlock } from "../layout/pageFlow";
import { SPACING } from "../layout/pdfTheme";
import { lineBlocks, linkBlock } from "../layout/textBlocks";
import type { ReportPdfContext } from "./reportPdfContext";

export const SOURCES_HEADING = "Sources";

const NUMBER_COLUMN = 22;

/** Every numbered source, with what it says; superscripts and footnotes jump here. */
export function renderSources({ document, pen, flow, appBaseUrl }: ReportPdfContext): void {
  sectionHeading(flow, pen, SOURCES_HEADING);
  if (document.sources.length === 0) return;
  const x = flow.left + NUMBER_COLUMN;
  const width = flow.width - NUMBER_COLUMN;
  for (const source of [...document.sources].sort((a, b) => a.number - b.number)) {
    const title = pen.layout([{ text: source.title, style: "smallBold" as const }], width, (style) => style);
    const about = pen.layout([{ text: describe(source), style: "small" as const }], width, (style) => style);
    // One fact a line in the document; run together here, or the list would fill pages.
    const facts = pen.layout([{ text: source.facts.join(" · "), style: "tableCell" as const }], width - 6, (style) => style);
    const blocks: FlowBlock[] = [
      ...lineBlocks(pen, title, {
        x,
        lineHeight: pen.lineHeight("smallBold"),
        styleOf: (style) => style,
        marker: (top) => {
          const label = String(source.number);
          pen.draw(label, "smallBold", flow.left + NUMBER_COLUMN - 6 - pen.measure(label, "smallBold"), top, {
            destination: sourceDestination(source.number),
          });
        },
      }),
      ...lineBlocks(pen, about, { x, lineHeight: pen.lineHeight("small"), styleOf: (style) => style }),
      ...lineBlocks(pen, source.facts.length > 0 ? facts : [], { x: x + 6, lineHeight: pen.lineHeight("tableCell"), styleOf: (style) => style }),
    ];
    if (source.externalUrl) blocks.push(linkBlock(pen, source.externalUrl, x, width));
    if (appBaseUrl) blocks.push(linkBlock(pen, `${appBaseUrl.replace(/\/+$/, "")}${source.appPath}`, x, width));
    flow.placeAll(blocks, { keepFirst: 2 });
    flow.space(SPACING.betweenItems + 1);
  }
}

function describe(source: ReportSource): string {
  return [sourceKindLabel(source.kind), source.companyName, source.asOf ? `as of ${formatDate(source.asOf)}` : null]
    .filter((part): part is string => Boolean(part))
    .join(" · ");
}
