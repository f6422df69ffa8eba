/**
 * Everything the report job reads from the database about a subject, as plain
 * values: the pure modules (sources, computed sections) work from this alone.
 */
import type { CompanyRole, SizeBand } from "../../companies/companyEnums";
import type { PositioningScores } from "../../companies/competitors/positioningDimensions";
import type { ComparisonRow, CompanySentiment, MetricTrend, SegmentStatistics, TrendWindowDays } from "../reportDocument";
import type { ReportKind } from "../reportKinds";

export interface CompanyFacts {
  id: string;
  name: string;
  domain: string;
  role: CompanyRole;
  industry: string | null;
  sizeBand: SizeBand | null;
  employeeCount: number | null;
  annualRevenue: number | null;
  foundedYear: number | null;
  city: string | null;
  state: string | null;
  country: string | null;
  description: string | null;
  technologies: string[];
  enrichmentSource: string | null;
  enrichedAt: Date | null;
  positioningScores: PositioningScores;
}

export interface CompetitorLinkFacts {
  linkId: string;
  competitor: CompanyFacts;
  scores: PositioningScores;
  note: string | null;
  updatedAt: Date;
}

export interface DatedValue {
  value: number;
  at: Date;
}

/** One market-data series, summarised exactly (anchors are real points, not averages). */
export interface SeriesSummary {
  companyId: string;
  metric: string;
  unit: string | null;
  pointCount: number;
  first: DatedValue;
  latest: DatedValue;
  /** The newest point at least `days` before the latest one, for each window the series reaches back to. */
  anchors: (DatedValue & { days: TrendWindowDays })[];
  /** The series thinned for charts (bucket averages), oldest first. */
  chart: DatedValue[];
}

/** The segment's statistics as gathered, before they are numbered as a source. */
export type SegmentFacts = Omit<SegmentStatistics, "sourceNumber">;

export interface CompanySentimentFacts {
  companyId: string;
  mentionCount: number;
  averageScore: number | null;
  positiveCount: number;
  negativeCount: number;
  firstAt: Date | null;
  lastAt: Date | null;
  monthly: { month: string; averageScore: number; mentionCount: number }[];
}

export interface MentionFacts {
  id: string;
  companyId: string;
  text: string;
  sourceName: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date;
  score: number;
}

export interface FindingFacts {
  id: string;
  companyId: string;
  kind: string;
  title: string;
  content: string;
  observedAt: Date;
  sourceUrl: string | null;
  workflowExecutionId: string | null;
}

/** What "what changed" compares with: the few figures of the previous report's computed sections it needs. */
export interface PreviousReportSnapshot {
  comparison: Pick<ComparisonRow, "companyId" | "name" | "isSubject">[];
  trends: Pick<MetricTrend, "companyId" | "metric" | "latestValue">[];
  sentiment: { companies: Pick<CompanySentiment, "companyId" | "averageScore">[] };
}

export interface PreviousReportFacts {
  id: string;
  completedAt: Date;
  computed: PreviousReportSnapshot;
}

export interface ReportInputData {
  kind: ReportKind;
  asOf: Date;
  subject: CompanyFacts;
  competitors: CompetitorLinkFacts[];
  segment: SegmentFacts | null;
  series: SeriesSummary[];
  sentiment: CompanySentimentFacts[];
  mentions: { mostPositive: MentionFacts[]; mostNegative: MentionFacts[] };
  findings: FindingFacts[];
  previous: PreviousReportFacts | null;
}

/** The name of every company the report is about (the subject and its competitors), by id. */
export function companyNamesOf(data: Pick<ReportInputData, "subject" | "competitors">): Map<string, string> {
  return new Map([[data.subject.id, data.subject.name], ...data.competitors.map((link): [string, string] => [link.competitor.id, link.competitor.name])]);
}
