import type { PreviousReportFacts } from "../gathering/reportInputData";
import type { ChangesSincePrevious, ComputedSections, MetricMove, SentimentShift } from "../reportDocument";

/** A metric "moved" when its latest value changed by at least this share since the previous report. */
export const METRIC_MOVE_THRESHOLD = 0.05;
/** A sentiment shift worth showing, on the -1..1 scale. */
export const SENTIMENT_SHIFT_THRESHOLD = 0.05;

/**
 * What changed since the previous report on the same subject and kind, from the
 * two reports' computed sections: competitors added or removed, metrics whose
 * latest value moved, sentiment averages that shifted.
 */
export function changesSincePrevious(
  current: Omit<ComputedSections, "changes">,
  previous: PreviousReportFacts,
): ChangesSincePrevious {
  const competitorsOf = (sections: { comparison: PreviousReportFacts["computed"]["comparison"] }) =>
    new Map(sections.comparison.filter((row) => !row.isSubject).map((row) => [row.companyId, row.name]));
  const now = competitorsOf(current);
  const before = competitorsOf(previous.computed);
  const competitorsAdded = [...now].filter(([id]) => !before.has(id)).map(([companyId, name]) => ({ companyId, name }));
  const competitorsRemoved = [...before].filter(([id]) => !now.has(id)).map(([companyId, name]) => ({ companyId, name }));

  const previousTrends = new Map(previous.computed.trends.map((trend) => [`${trend.companyId}/${trend.metric}`, trend]));
  const metricMoves: MetricMove[] = [];
  for (const trend of current.trends) {
    const earlier = previousTrends.get(`${trend.companyId}/${trend.metric}`);
    if (!earlier) continue;
    const percent = earlier.latestValue === 0 ? null : (trend.latestValue - earlier.latestValue) / Math.abs(earlier.latestValue);
    const moved = percent === null ? trend.latestValue !== earlier.latestValue : Math.abs(percent) >= METRIC_MOVE_THRESHOLD;
    if (!moved) continue;
    metricMoves.push({
      companyId: trend.companyId,
      companyName: trend.companyName,
      metric: trend.metric,
      unit: trend.unit,
      before: earlier.latestValue,
      after: trend.latestValue,
      percent,
    });
  }
  metricMoves.sort((a, b) => Math.abs(b.percent ?? Infinity) - Math.abs(a.percent ?? Infinity));

  const previousSentiment = new Map(previous.computed.sentiment.companies.map((company) => [company.companyId, company.averageScore]));
  const sentimentShifts: SentimentShift[] = [];
  for (const company of current.sentiment.companies) {
    if (!previousSentiment.has(company.companyId)) continue;
    const earlier = previousSentiment.get(company.companyId) ?? null;
    const delta = earlier === null || company.averageScore === null ? null : company.averageScore - earlier;
    if (delta !== null && Math.abs(delta) < SENTIMENT_SHIFT_THRESHOLD) continue;
    if (delta === null && earlier === company.averageScore) continue;
    sentimentShifts.push({ companyId: company.companyId, companyName: company.companyName, before: earlier, after: company.averageScore, delta });
  }

  return {
    previousReportId: previous.id,
    previousCompletedAt: previous.completedAt.toISOString(),
    competitorsAdded,
    competitorsRemoved,
    metricMoves,
    sentimentShifts,
  };
}
