import { companyNamesOf, type ReportInputData } from "../gathering/reportInputData";
import type { ComputedSections, FindingHighlight, SegmentStatistics } from "../reportDocument";
import { segmentRecordId, seriesRecordId, type SourceIndex } from "../sources/sourceIndex";
import { changesSincePrevious } from "./changesSincePrevious";
import { comparisonRows } from "./comparison";
import { metricTrend } from "./metricTrends";
import { sentimentSection } from "./sentimentSection";

/** The exact sections of a report: no LLM, only arithmetic on the gathered data. */
export function computeSections(data: ReportInputData, index: SourceIndex): ComputedSections {
  const companyName = companyNamesOf(data);

  const trends = data.series
    .filter((series) => companyName.has(series.companyId))
    .map((series) =>
      metricTrend(
        series,
        { id: series.companyId, name: companyName.get(series.companyId)!, isSubject: series.companyId === data.subject.id },
        index.requireNumberOf("marketDataSeries", seriesRecordId(series.companyId, series.metric)),
      ),
    )
    .sort((a, b) => Number(b.isSubject) - Number(a.isSubject) || a.metric.localeCompare(b.metric) || a.companyName.localeCompare(b.companyName));

  const segment: SegmentStatistics | null = data.segment
    ? { ...data.segment, sourceNumber: index.requireNumberOf("segment", segmentRecordId(data.segment)) }
    : null;

  const findings: FindingHighlight[] = data.findings.map((finding) => ({
    companyId: finding.companyId,
    companyName: companyName.get(finding.companyId) ?? "Unknown company",
    kind: finding.kind,
    title: finding.title,
    observedAt: finding.observedAt.toISOString(),
    sourceNumber: index.requireNumberOf("workflowFinding", finding.id),
  }));

  const sections = {
    comparison: comparisonRows(data, index),
    trends,
    segment,
    sentiment: sentimentSection(data, index, companyName),
    findings,
  };
  return { ...sections, changes: data.previous ? changesSincePrevious(sections, data.previous) : null };
}
