/**
 * The shape of a finished report, as the job stores it (MarketReport.sources and .sections)
 * and as the page, the PDF and the share link render it. Plain JSON: dates are ISO strings.
 * No Node-only imports: the client reads these types too.
 */
import type { CompanyRole, SizeBand } from "../companies/companyEnums";
import type { PositioningScores } from "../companies/competitors/positioningDimensions";
import type { ReportKind } from "./reportKinds";

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

export const sourceKinds = [
  "firmographics",
  "marketDataSeries",
  "competitorLink",
  "segment",
  "sentimentSummary",
  "mention",
  "workflowFinding",
] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** One numbered source: a record of the workspace the report may cite as [n]. */
export type ReportSource = {
  /** 1-based; citations refer to it. */
  number: number;
  kind: SourceKind;
  /** The record it stands for: a company id, "<companyId>/<metric>" for a series, a link or mention id. */
  recordId: string;
  companyId: string | null;
  companyName: string | null;
  title: string;
  /** What the source says, one fact a line with its numbers written out: what the LLM reads and the page lists. */
  facts: string[];
  /** When the data was fetched, observed or published (ISO), if known. */
  asOf: string | null;
  /** Where the record lives in the app. */
  appPath: string;
  /** The original on the web (a mention's URL). */
  externalUrl: string | null;
};

// ---------------------------------------------------------------------------
// Computed sections (exact, no LLM)
// ---------------------------------------------------------------------------

export type ComparisonRow = {
  companyId: string;
  name: string;
  domain: string;
  role: CompanyRole;
  isSubject: boolean;
  industry: string | null;
  sizeBand: SizeBand | null;
  employeeCount: number | null;
  annualRevenue: number | null;
  foundedYear: number | null;
  country: string | null;
  scores: PositioningScores;
  /** The competitor link's note (null for the subject). */
  note: string | null;
  /** Its firmographics source and, for a competitor, the link's source. */
  sourceNumbers: number[];
};

export const trendWindowsDays = [30, 90, 365] as const;
export type TrendWindowDays = (typeof trendWindowsDays)[number];

export type MetricChange = {
  days: TrendWindowDays;
  /** The value at (or just before) the start of the window. */
  from: number;
  absolute: number;
  /** A fraction of `from` (0.107 = +10.7 %); null when `from` is 0. */
  percent: number | null;
};

export type ChartPoint = {
  /** ISO date (yyyy-mm-dd). */
  t: string;
  v: number;
};

export type MetricTrend = {
  companyId: string;
  companyName: string;
  isSubject: boolean;
  metric: string;
  unit: string | null;
  latestValue: number;
  latestAt: string;
  firstAt: string;
  pointCount: number;
  /** Only the windows the series reaches back to. */
  changes: MetricChange[];
  /** Compound growth per year, as a fraction (0.12 = 12 %/yr); null with under 30 days of data. */
  annualGrowthRate: number | null;
  /** The series thinned to at most a few hundred points, for charts. */
  chart: ChartPoint[];
  sourceNumber: number;
};

export type SegmentStatistics = {
  industry: string | null;
  sizeBand: SizeBand | null;
  /** Tracked, unarchived companies of the workspace in the subject's industry and size band, the subject included. */
  companyCount: number;
  byRole: Record<CompanyRole, number>;
  medianEmployeeCount: number | null;
  medianAnnualRevenue: number | null;
  /** The subject's place by headcount (1 = largest) among the segment's companies with a headcount. */
  subjectEmployeeRank: { rank: number; of: number } | null;
  sourceNumber: number;
};

export type SentimentMonth = {
  /** yyyy-mm */
  month: string;
  averageScore: number;
  mentionCount: number;
};

export type CompanySentiment = {
  companyId: string;
  companyName: string;
  isSubject: boolean;
  mentionCount: number;
  /** -1..1; null without mentions. */
  averageScore: number | null;
  /** Shares of mentions scored above 0.05 and below -0.05. */
  positiveShare: number;
  negativeShare: number;
  monthly: SentimentMonth[];
  sourceNumber: number | null;
};

export type MentionHighlight = {
  mentionId: string;
  companyId: string;
  companyName: string;
  text: string;
  sourceName: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string;
  score: number;
  sourceNumber: number;
};

export type SentimentSection = {
  companies: CompanySentiment[];
  mostPositive: MentionHighlight[];
  mostNegative: MentionHighlight[];
};

export type FindingHighlight = {
  companyId: string;
  companyName: string;
  kind: string;
  title: string;
  observedAt: string;
  sourceNumber: number;
};

export type MetricMove = {
  companyId: string;
  companyName: string;
  metric: string;
  unit: string | null;
  before: number;
  after: number;
  /** A fraction of `before` (0.05 = +5 %); null when `before` is 0. */
  percent: number | null;
};

export type SentimentShift = {
  companyId: string;
  companyName: string;
  before: number | null;
  after: number | null;
  delta: number | null;
};

export type ChangesSincePrevious = {
  previousReportId: string;
  previousCompletedAt: string;
  competitorsAdded: { companyId: string; name: string }[];
  competitorsRemoved: { companyId: string; name: string }[];
  metricMoves: MetricMove[];
  sentimentShifts: SentimentShift[];
};

export type ComputedSections = {
  /** The subject first, then its accepted competitors. */
  comparison: ComparisonRow[];
  trends: MetricTrend[];
  segment: SegmentStatistics | null;
  sentiment: SentimentSection;
  findings: FindingHighlight[];
  /** null for the first report on this subject and kind. */
  changes: ChangesSincePrevious | null;
};

// ---------------------------------------------------------------------------
// Narrative sections (LLM)
// ---------------------------------------------------------------------------

export type Claim = {
  text: string;
  /** Source numbers. */
  citations: number[];
};

/** A claim after the grounding checks: numbers in it that none of its cited sources holds. */
export type CheckedClaim = Claim & {
  unverifiedNumbers: string[];
};

export const narrativeSectionKeys = [
  "executiveSummary",
  "marketOverview",
  "positioning",
  "strengths",
  "weaknesses",
  "opportunities",
  "threats",
  "risks",
  "recommendations",
  "summary",
  "talkingPoints",
] as const;
export type NarrativeSectionKey = (typeof narrativeSectionKeys)[number];

export type NarrativeSection = {
  key: NarrativeSectionKey;
  title: string;
  /** Facts drawn from the sources, or recommendations (advice, kept apart from the facts). */
  kind: "facts" | "recommendations";
  claims: CheckedClaim[];
};

export type Narrative =
  | { status: "written"; model: string; sections: NarrativeSection[]; evidenceGaps: string[] }
  | { status: "not_configured"; message: string };

export type GroundingFigures = {
  claimCount: number;
  citedClaimCount: number;
  unverifiedNumberCount: number;
};

export type ReportUsage = {
  model: string | null;
  promptTokens: number;
  completionTokens: number;
  costUsd: number | null;
};

/** What MarketReport.sections holds. */
export type StoredReportSections = {
  computed: ComputedSections;
  narrative: Narrative;
};

/** Everything a renderer needs: the page, the PDF and the share link show the same document. */
export type ReportDocument = {
  reportId: string;
  kind: ReportKind;
  title: string;
  workspaceName: string;
  subject: { companyId: string | null; name: string; domain: string | null; role: CompanyRole | null };
  requestedByName: string | null;
  createdAt: string;
  completedAt: string | null;
  sources: ReportSource[];
  computed: ComputedSections;
  narrative: Narrative;
  grounding: GroundingFigures;
  usage: ReportUsage;
};
