import { POSITIONING_DIMENSIONS, type PositioningScores } from "../../companies/competitors/positioningDimensions";
import { companyRoleLabel, sizeBandLabel } from "../../companies/format/firmographicsFormat";
import { trendStatistics } from "../computed/metricTrends";
import type {
  CompanyFacts,
  CompanySentimentFacts,
  CompetitorLinkFacts,
  FindingFacts,
  MentionFacts,
  ReportInputData,
  SegmentFacts,
  SeriesSummary,
} from "../gathering/reportInputData";
import { companyNamesOf } from "../gathering/reportInputData";
import type { ReportSource, SourceKind } from "../reportDocument";
import {
  formatDay,
  formatMetricValue,
  formatNumber,
  formatPercent,
  formatSignedNumber,
  formatSignedPercent,
  formatUsd,
} from "./factFormat";
import { SourceIndex, segmentRecordId, seriesRecordId } from "./sourceIndex";

const MENTION_QUOTE_LENGTH = 280;

type SourceDraft = Omit<ReportSource, "number">;

/**
 * Numbers the workspace's records on the subject into sources, in a stable
 * order: the subject, each competitor (firmographics, then the link), the
 * segment, market-data series, sentiment, quoted mentions, workflow findings.
 */
export function buildSources(data: ReportInputData): { sources: ReportSource[]; index: SourceIndex } {
  const drafts: SourceDraft[] = [];
  const companyName = companyNamesOf(data);

  drafts.push(firmographicsSource(data.subject));
  for (const link of data.competitors) {
    drafts.push(firmographicsSource(link.competitor));
    drafts.push(competitorLinkSource(data.subject, link));
  }
  if (data.segment) drafts.push(segmentSource(data.subject, data.segment));
  for (const series of data.series) drafts.push(seriesSource(series, companyName.get(series.companyId) ?? "Unknown company"));
  for (const sentiment of data.sentiment) {
    if (sentiment.mentionCount > 0) drafts.push(sentimentSource(sentiment, companyName.get(sentiment.companyId) ?? "Unknown company"));
  }
  const quoted = new Set<string>();
  for (const mention of [...data.mentions.mostPositive, ...data.mentions.mostNegative]) {
    if (quoted.has(mention.id)) continue;
    quoted.add(mention.id);
    drafts.push(mentionSource(mention, companyName.get(mention.companyId) ?? "Unknown company"));
  }
  for (const finding of data.findings) drafts.push(findingSource(finding, companyName.get(finding.companyId) ?? "Unknown company"));

  const index = new SourceIndex();
  const sources = drafts.map((draft, position) => {
    const source = { number: position + 1, ...draft };
    index.add(source.kind, source.recordId, source.number);
    return source;
  });
  return { sources, index };
}

function draft(kind: SourceKind, fields: Omit<SourceDraft, "kind" | "externalUrl"> & { externalUrl?: string | null }): SourceDraft {
  return { kind, externalUrl: null, ...fields };
}

function firmographicsSource(company: CompanyFacts): SourceDraft {
  const facts = [`Domain: ${company.domain}`, `Role in this workspace: ${companyRoleLabel(company.role)}`];
  if (company.industry) facts.push(`Industry: ${company.industry}`);
  if (company.employeeCount !== null) facts.push(`Employees: ${formatNumber(company.employeeCount)}`);
  if (company.sizeBand) facts.push(`Size band: ${sizeBandLabel(company.sizeBand)} employees`);
  if (company.annualRevenue !== null) facts.push(`Annual revenue: ${formatUsd(company.annualRevenue)}`);
  if (company.foundedYear !== null) facts.push(`Founded: ${company.foundedYear}`);
  const place = [company.city, company.state, company.country].filter(Boolean).join(", ");
  if (place) facts.push(`Headquarters: ${place}`);
  if (company.technologies.length > 0) facts.push(`Technologies: ${company.technologies.slice(0, 12).join(", ")}`);
  if (company.description) facts.push(`Description: ${company.description}`);
  const fetched = company.enrichedAt ? `${company.enrichmentSource ?? "enrichment"}, fetched ${formatDay(company.enrichedAt)}` : "entered in the workspace";
  facts.push(`Data: ${fetched}`);
  return draft("firmographics", {
    recordId: company.id,
    companyId: company.id,
    companyName: company.name,
    title: `${company.name}: firmographics (${fetched})`,
    facts,
    asOf: company.enrichedAt?.toISOString() ?? null,
    appPath: `/app/companies/${company.id}`,
  });
}

function scoreFacts(scores: PositioningScores): string[] {
  return POSITIONING_DIMENSIONS.filter(({ key }) => scores[key] !== undefined).map(
    ({ key, label }) => `${label}: ${formatNumber(scores[key] as number)} out of 10`,
  );
}

function competitorLinkSource(subject: CompanyFacts, link: CompetitorLinkFacts): SourceDraft {
  const facts = [`${link.competitor.name} is a linked competitor of ${subject.name}`, ...scoreFacts(link.scores)];
  if (link.note) facts.push(`Note: ${link.note}`);
  return draft("competitorLink", {
    recordId: link.linkId,
    companyId: link.competitor.id,
    companyName: link.competitor.name,
    title: `${link.competitor.name} vs ${subject.name}: competitor scores (updated ${formatDay(link.updatedAt)})`,
    facts,
    asOf: link.updatedAt.toISOString(),
    appPath: `/app/companies/${subject.id}/competitors`,
  });
}

function segmentSource(subject: CompanyFacts, segment: SegmentFacts): SourceDraft {
  const name = [segment.industry ?? "any industry", segment.sizeBand ? `${sizeBandLabel(segment.sizeBand)} employees` : "any size"].join(", ");
  const facts = [`Tracked companies in the segment (${name}): ${formatNumber(segment.companyCount)}`];
  for (const [role, count] of Object.entries(segment.byRole)) {
    if (count > 0) facts.push(`${companyRoleLabel(role as keyof SegmentFacts["byRole"])}: ${formatNumber(count)}`);
  }
  if (segment.medianEmployeeCount !== null) facts.push(`Median employees: ${formatNumber(segment.medianEmployeeCount)}`);
  if (segment.medianAnnualRevenue !== null) facts.push(`Median annual revenue: ${formatUsd(segment.medianAnnualRevenue)}`);
  if (segment.subjectEmployeeRank) {
    facts.push(`${subject.name} ranks ${segment.subjectEmployeeRank.rank} of ${segment.subjectEmployeeRank.of} by employees`);
  }
  const query = new URLSearchParams();
  if (segment.industry) query.set("industry", segment.industry);
  if (segment.sizeBand) query.set("size", segment.sizeBand);
  return draft("segment", {
    recordId: segmentRecordId(segment),
    companyId: null,
    companyName: null,
    title: `Segment: ${name}`,
    facts,
    asOf: null,
    appPath: `/app/companies?${query.toString()}`,
  });
}

function seriesSource(series: SeriesSummary, companyName: string): SourceDraft {
  const { changes, annualGrowthRate } = trendStatistics(series);
  const facts = [
    `Latest: ${formatMetricValue(series.latest.value, series.unit)} on ${formatDay(series.latest.at)}`,
    `First: ${formatMetricValue(series.first.value, series.unit)} on ${formatDay(series.first.at)}`,
    `Points: ${formatNumber(series.pointCount)}`,
  ];
  for (const change of changes) {
    const percent = change.percent === null ? "" : ` (${formatSignedPercent(change.percent)})`;
    facts.push(`Change over ${change.days} days: ${formatSignedNumber(change.absolute)}${percent} from ${formatMetricValue(change.from, series.unit)}`);
  }
  if (annualGrowthRate !== null) facts.push(`Annual growth rate: ${formatSignedPercent(annualGrowthRate)}`);
  return draft("marketDataSeries", {
    recordId: seriesRecordId(series.companyId, series.metric),
    companyId: series.companyId,
    companyName,
    title: `${companyName}: ${series.metric} (${formatNumber(series.pointCount)} points to ${formatDay(series.latest.at)})`,
    facts,
    asOf: series.latest.at.toISOString(),
    appPath: `/app/companies/${series.companyId}#market-data`,
  });
}

function sentimentSource(sentiment: CompanySentimentFacts, companyName: string): SourceDraft {
  const share = (count: number) => formatPercent(count / sentiment.mentionCount);
  const facts = [`Mentions: ${formatNumber(sentiment.mentionCount)}`];
  if (sentiment.averageScore !== null) facts.push(`Average sentiment: ${sentiment.averageScore.toFixed(2)} on a scale from -1 to 1`);
  facts.push(`Positive mentions: ${formatNumber(sentiment.positiveCount)} (${share(sentiment.positiveCount)})`);
  facts.push(`Negative mentions: ${formatNumber(sentiment.negativeCount)} (${share(sentiment.negativeCount)})`);
  const recent = sentiment.monthly.slice(-3);
  for (const month of recent) facts.push(`${month.month}: average ${month.averageScore.toFixed(2)} over ${formatNumber(month.mentionCount)} mentions`);
  const span = sentiment.firstAt && sentiment.lastAt ? ` from ${formatDay(sentiment.firstAt)} to ${formatDay(sentiment.lastAt)}` : "";
  return draft("sentimentSummary", {
    recordId: sentiment.companyId,
    companyId: sentiment.companyId,
    companyName,
    title: `${companyName}: sentiment of ${formatNumber(sentiment.mentionCount)} mentions${span}`,
    facts,
    asOf: sentiment.lastAt?.toISOString() ?? null,
    appPath: `/app/companies/${sentiment.companyId}#sentiment`,
  });
}

export function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= MENTION_QUOTE_LENGTH ? flat : `${flat.slice(0, MENTION_QUOTE_LENGTH - 1)}…`;
}

function mentionSource(mention: MentionFacts, companyName: string): SourceDraft {
  const by = [mention.author, mention.sourceName].filter(Boolean).join(" on ");
  return draft("mention", {
    recordId: mention.id,
    companyId: mention.companyId,
    companyName,
    title: `Mention of ${companyName}${by ? ` by ${by}` : ""}, ${formatDay(mention.publishedAt)}`,
    facts: [`"${quoteOf(mention.text)}"`, `Sentiment score: ${mention.score.toFixed(2)}`],
    asOf: mention.publishedAt.toISOString(),
    appPath: `/app/companies/${mention.companyId}#sentiment`,
    externalUrl: mention.url,
  });
}

function findingSource(finding: FindingFacts, companyName: string): SourceDraft {
  return draft("workflowFinding", {
    recordId: finding.id,
    companyId: finding.companyId,
    companyName,
    title: `${companyName}: ${finding.title} (${finding.kind.toLowerCase().replace(/_/g, " ")}, ${formatDay(finding.observedAt)})`,
    facts: [quoteOf(finding.content)],
    asOf: finding.observedAt.toISOString(),
    appPath: `/app/companies/${finding.companyId}`,
    externalUrl: finding.sourceUrl,
  });
}
