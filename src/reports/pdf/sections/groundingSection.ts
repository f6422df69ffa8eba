import { UNVERIFIED_MARK } from "../citations/claimRuns";
import { formatCostUsd, formatCount } from "../format/reportFormat";
import { sectionHeading } from "../layout/headings";
import { paragraph } from "../layout/textBlocks";
import type { ReportPdfContext } from "./reportPdfContext";

export const GROUNDING_HEADING = "Grounding and usage";

/** How well the narrative is grounded in the sources, and what writing it cost. */
export function renderGrounding({ document, pen, flow }: ReportPdfContext): void {
  const { grounding, usage } = document;
  sectionHeading(flow, pen, GROUNDING_HEADING, 30);
  const unverified = grounding.unverifiedNumberCount;
  paragraph(
    flow,
    pen,
    `Grounding: ${formatCount(grounding.claimCount)} claims, ${formatCount(grounding.citedClaimCount)} with citations, ` +
      `${formatCount(unverified)} ${unverified === 1 ? "number" : "numbers"} not found in the cited sources` +
      (unverified > 0 ? `, marked ${UNVERIFIED_MARK} where they appear.` : "."),
    "small",
  );
  const usageLine =
    usage.model === null
      ? "Usage: no language model was used for this report."
      : `Usage: model ${usage.model}, ${formatCount(usage.promptTokens)} prompt tokens, ` +
        `${formatCount(usage.completionTokens)} completion tokens, cost ${usage.costUsd === null ? "unknown" : formatCostUsd(usage.costUsd)}.`;
  paragraph(flow, pen, usageLine, "small");
}
