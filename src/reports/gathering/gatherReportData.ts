import type { PrismaClient } from "@prisma/client";
import type { CompanyRole, SizeBand } from "../../companies/companyEnums";
import { companyRoles } from "../../companies/companyEnums";
import { readPositioningScores } from "../../companies/competitors/positioningDimensions";
// Positive and negative mean what they mean on the company page.
import { NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD } from "../../sentiment/sentimentLabels";
import type { TrendWindowDays } from "../reportDocument";
import type { ReportKind } from "../reportKinds";
import type {
  CompanyFacts,
  CompanySentimentFacts,
  FindingFacts,
  MentionFacts,
  PreviousReportFacts,
  PreviousReportSnapshot,
  ReportInputData,
  SegmentFacts,
  SeriesSummary,
} from "./reportInputData";

/** Mentions quoted per company: the subject's are the report's focus. */
const SUBJECT_MENTION_QUOTES = 5;
const COMPETITOR_MENTION_QUOTES = 1;
const FINDINGS_PER_COMPANY = 5;

type Db = Pick<PrismaClient, "company" | "competitorAnalysis" | "marketReport" | "$queryRaw">;

export interface GatherRequest {
  reportId: string;
  workspaceId: string;
  subjectCompanyId: string;
  kind: ReportKind;
  asOf: Date;
}

/** The subject is gone (deleted since the report was asked for): the report cannot be written. */
export class SubjectMissingError extends Error {}

/**
 * Reads what the workspace knows about the subject and its competitors. The
 * heavy tables (market data, mentions) are aggregated in SQL, so a subject
 * with years of daily data and thousands of mentions stays fast.
 */
export async function gatherReportData(db: Db, request: GatherRequest): Promise<ReportInputData> {
  const { workspaceId, subjectCompanyId } = request;
  const [subjectRow, links, previous] = await Promise.all([
    db.company.findFirst({ where: { id: subjectCompanyId, workspaceId } }),
    db.competitorAnalysis.findMany({
      where: { workspaceId, subjectCompanyId, status: "ACCEPTED" },
      include: { competitorCompany: true },
      orderBy: { createdAt: "asc" },
    }),
    previousReport(db, request),
  ]);
  if (!subjectRow) throw new SubjectMissingError("The company this report is about was deleted.");
  const subject = companyFacts(subjectRow);
  const companyIds = [subject.id, ...links.map((link) => link.competitorCompanyId)];

  const [segment, series, sentiment, mentions, findings] = await Promise.all([
    segmentFacts(db, workspaceId, subject),
    seriesSummaries(db, workspaceId, companyIds),
    sentimentFacts(db, workspaceId, companyIds),
    quotedMentions(db, workspaceId, companyIds, subject.id),
    recentFindings(db, workspaceId, companyIds),
  ]);

  return {
    kind: request.kind,
    asOf: request.asOf,
    subject,
    competitors: links.map((link) => ({
      linkId: link.id,
      competitor: companyFacts(link.competitorCompany),
      scores: readPositioningScores(link.positioningScores),
      note: link.note,
      updatedAt: link.updatedAt,
    })),
    segment,
    series,
    sentiment,
    mentions,
    findings,
    previous,
  };
}

/**
 * The previous completed report on the subject and kind, reduced in SQL to the
 * figures "what changed" compares: its stored sections (charts and all) never
 * leave the database.
 */
async function previousReport(db: Db, request: GatherRequest): Promise<PreviousReportFacts | null> {
  const [row] = await db.$queryRaw<{ id: string; completedAt: Date; computed: PreviousReportSnapshot }[]>`
    SELECT id, "completedAt", jsonb_build_object(
             'comparison', COALESCE((SELECT jsonb_agg(jsonb_build_object('companyId', r->'companyId', 'name', r->'name', 'isSubject', r->'isSubject'))
                                       FROM jsonb_array_elements(sections #> '{computed,comparison}') r), '[]'::jsonb),
             'trends', COALESCE((SELECT jsonb_agg(jsonb_build_object('companyId', t->'companyId', 'metric', t->'metric', 'latestValue', t->'latestValue'))
                                   FROM jsonb_array_elements(sections #> '{computed,trends}') t), '[]'::jsonb),
             'sentiment', jsonb_build_object('companies', COALESCE((SELECT jsonb_agg(jsonb_build_object('companyId', c->'companyId', 'averageScore', c->'averageScore'))
                                                                     FROM jsonb_array_elements(sections #> '{computed,sentiment,companies}') c), '[]'::jsonb))
           ) AS computed
      FROM "MarketReport"
     WHERE "workspaceId" = ${request.workspaceId} AND "subjectCompanyId" = ${request.subjectCompanyId} AND kind = ${request.kind}::"ReportKind"
       AND status = 'COMPLETED' AND id <> ${request.reportId} AND "completedAt" IS NOT NULL AND sections IS NOT NULL
     ORDER BY "completedAt" DESC
     LIMIT 1`;
  return row ?? null;
}

type CompanyRow = NonNullable<Awaited<ReturnType<Db["company"]["findFirst"]>>>;

function companyFacts(row: CompanyRow): CompanyFacts {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    role: row.role,
    industry: row.industry,
    sizeBand: row.sizeBand,
    employeeCount: row.employeeCount,
    annualRevenue: row.annualRevenue,
    foundedYear: row.foundedYear,
    city: row.city,
    state: row.state,
    country: row.country,
    description: row.description,
    technologies: row.technologies,
    enrichmentSource: row.enrichmentSource,
    enrichedAt: row.enrichedAt,
    positioningScores: readPositioningScores(row.positioningScores),
  };
}

async function segmentFacts(db: Db, workspaceId: string, subject: CompanyFacts): Promise<SegmentFacts | null> {
  if (!subject.industry) return null;
  const sizeBand = subject.sizeBand;
  const rolesQuery = db.$queryRaw<{ role: CompanyRole; count: number }[]>`
    SELECT role::text AS role, count(*)::int AS count FROM "Company"
     WHERE "workspaceId" = ${workspaceId} AND "archivedAt" IS NULL AND lower(industry) = lower(${subject.industry})
       AND (${sizeBand}::text IS NULL OR "sizeBand"::text = ${sizeBand}::text)
     GROUP BY role`;
  const statsQuery = db.$queryRaw<{ medianEmployees: number | null; medianRevenue: number | null; larger: number; withHeadcount: number }[]>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "employeeCount")::float8 AS "medianEmployees",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "annualRevenue")::float8 AS "medianRevenue",
           (count(*) FILTER (WHERE "employeeCount" > ${subject.employeeCount ?? 0}::int))::int AS larger,
           count("employeeCount")::int AS "withHeadcount"
      FROM "Company"
     WHERE "workspaceId" = ${workspaceId} AND "archivedAt" IS NULL AND lower(industry) = lower(${subject.industry})
       AND (${sizeBand}::text IS NULL OR "sizeBand"::text = ${sizeBand}::text)`;
  const [rows, [stats]] = await Promise.all([rolesQuery, statsQuery]);
  const byRole = Object.fromEntries(companyRoles.map((role) => [role, 0])) as Record<CompanyRole, number>;
  for (const row of rows) byRole[row.role] = row.count;
  return {
    industry: subject.industry,
    sizeBand: sizeBand as SizeBand | null,
    companyCount: rows.reduce((sum, row) => sum + row.count, 0),
    byRole,
    medianEmployeeCount: stats?.medianEmployees ?? null,
    medianAnnualRevenue: stats?.medianRevenue ?? null,
    subjectEmployeeRank: subject.employeeCount !== null && stats ? { rank: stats.larger + 1, of: stats.withHeadcount } : null,
  };
}

type SeriesRow = {
  companyId: string;
  metric: string;
  unit: string | null;
  pointCount: number;
  firstAt: Date;
  firstValue: number;
  latestAt: Date;
  latestValue: number;
  a30At: Date | null;
  a30Value: number | null;
  a90At: Date | null;
  a90Value: number | null;
  a365At: Date | null;
  a365Value: number | null;
};

/**
 * One row per (company, metric) with its exact first, latest and window-anchor
 * points (the newest point at least 30/90/365 days before the latest; ties on
 * the date go to the point entered last), then bucket averages for the charts
 * (chartBucketFor). Two passes over the rows at most: the summary through the
 * (companyId, metric, observedAt) index, the buckets in one plain GROUP BY.
 */
async function seriesSummaries(db: Db, workspaceId: string, companyIds: string[]): Promise<SeriesSummary[]> {
  const seriesQuery = db.$queryRaw<SeriesRow[]>`
    WITH series AS (
      SELECT "companyId", metric, count(*)::int AS "pointCount", min("observedAt") AS "firstAt", max("observedAt") AS "latestAt"
        FROM "MarketData" WHERE "workspaceId" = ${workspaceId} AND "companyId" = ANY(${companyIds}::text[])
       GROUP BY "companyId", metric
    )
    SELECT s."companyId", s.metric, s."pointCount", s."firstAt", s."latestAt", l.unit,
           f.value AS "firstValue", l.value AS "latestValue",
           a30."observedAt" AS "a30At", a30.value AS "a30Value",
           a90."observedAt" AS "a90At", a90.value AS "a90Value",
           a365."observedAt" AS "a365At", a365.value AS "a365Value"
      FROM series s
      CROSS JOIN LATERAL (SELECT value FROM "MarketData" m WHERE m."companyId" = s."companyId" AND m.metric = s.metric
                           ORDER BY "observedAt" ASC, "createdAt" ASC, id ASC LIMIT 1) f
      CROSS JOIN LATERAL (SELECT value, unit FROM "MarketData" m WHERE m."companyId" = s."companyId" AND m.metric = s.metric
                           ORDER BY "observedAt" DESC, "createdAt" DESC, id DESC LIMIT 1) l
      LEFT JOIN LATERAL (SELECT value, "observedAt" FROM "MarketData" m WHERE m."companyId" = s."companyId" AND m.metric = s.metric
                           AND "observedAt" <= s."latestAt" - interval '30 days' ORDER BY "observedAt" DESC, "createdAt" DESC, id DESC LIMIT 1) a30 ON true
      LEFT JOIN LATERAL (SELECT value, "observedAt" FROM "MarketData" m WHERE m."companyId" = s."companyId" AND m.metric = s.metric
                           AND "observedAt" <= s."latestAt" - interval '90 days' ORDER BY "observedAt" DESC, "createdAt" DESC, id DESC LIMIT 1) a90 ON true
      LEFT JOIN LATERAL (SELECT value, "observedAt" FROM "MarketData" m WHERE m."companyId" = s."companyId" AND m.metric = s.metric
                           AND "observedAt" <= s."latestAt" - interval '365 days' ORDER BY "observedAt" DESC, "createdAt" DESC, id DESC LIMIT 1) a365 ON true
     ORDER BY s."companyId", s.metric`;
  const rows = await seriesQuery;
  if (rows.length === 0) return [];
  const bucket = chartBucketFor(rows);
  const buckets = await db.$queryRaw<{ companyId: string; metric: string; at: Date; value: number }[]>`
    SELECT "companyId", metric, date_trunc(${bucket}, "observedAt") AS at, avg(value)::float8 AS value
      FROM "MarketData"
     WHERE "workspaceId" = ${workspaceId} AND "companyId" = ANY(${companyIds}::text[])
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3`;
  const chartOf = new Map<string, SeriesSummary["chart"]>();
  for (const point of buckets) {
    const key = `${point.companyId}/${point.metric}`;
    const chart = chartOf.get(key) ?? [];
    chart.push({ at: point.at, value: point.value });
    chartOf.set(key, chart);
  }
  return rows.map((row) => {
    const anchors: SeriesSummary["anchors"] = [];
    const anchor = (days: TrendWindowDays, at: Date | null, value: number | null) => {
      if (at !== null && value !== null) anchors.push({ days, at, value });
    };
    anchor(30, row.a30At, row.a30Value);
    anchor(90, row.a90At, row.a90Value);
    anchor(365, row.a365At, row.a365Value);
    return {
      companyId: row.companyId,
      metric: row.metric,
      unit: row.unit,
      pointCount: row.pointCount,
      first: { value: row.firstValue, at: row.firstAt },
      latest: { value: row.latestValue, at: row.latestAt },
      anchors,
      chart: chartOf.get(`${row.companyId}/${row.metric}`) ?? [],
    };
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One bucket size for all the report's charts, so they share an axis and the
 * query stays one GROUP BY: at most about 150 points for the longest series
 * (daily up to 150 days of data, weekly up to 3 years, monthly beyond).
 */
export function chartBucketFor(series: { firstAt: Date; latestAt: Date }[]): "day" | "week" | "month" {
  const longestDays = Math.max(...series.map((row) => (row.latestAt.getTime() - row.firstAt.getTime()) / DAY_MS));
  if (longestDays <= 150) return "day";
  return longestDays <= 3 * 365 ? "week" : "month";
}

async function sentimentFacts(db: Db, workspaceId: string, companyIds: string[]): Promise<CompanySentimentFacts[]> {
  const totalsQuery = db.$queryRaw<
    { companyId: string; mentionCount: number; averageScore: number; positiveCount: number; negativeCount: number; firstAt: Date; lastAt: Date }[]
  >`
    SELECT "companyId", count(*)::int AS "mentionCount", avg("sentimentScore")::float8 AS "averageScore",
           (count(*) FILTER (WHERE "sentimentScore" > ${POSITIVE_THRESHOLD}))::int AS "positiveCount",
           (count(*) FILTER (WHERE "sentimentScore" < ${NEGATIVE_THRESHOLD}))::int AS "negativeCount",
           min("observedAt") AS "firstAt", max("observedAt") AS "lastAt"
      FROM "MarketIntelligence"
     WHERE "workspaceId" = ${workspaceId} AND kind = 'SENTIMENT' AND "sentimentScore" IS NOT NULL AND "companyId" = ANY(${companyIds}::text[])
     GROUP BY "companyId"`;
  const monthsQuery = db.$queryRaw<{ companyId: string; month: string; averageScore: number; mentionCount: number }[]>`
    SELECT "companyId", to_char(date_trunc('month', "observedAt"), 'YYYY-MM') AS month,
           avg("sentimentScore")::float8 AS "averageScore", count(*)::int AS "mentionCount"
      FROM "MarketIntelligence"
     WHERE "workspaceId" = ${workspaceId} AND kind = 'SENTIMENT' AND "sentimentScore" IS NOT NULL AND "companyId" = ANY(${companyIds}::text[])
     GROUP BY "companyId", date_trunc('month', "observedAt")
     ORDER BY "companyId", month`;
  const [totals, months] = await Promise.all([totalsQuery, monthsQuery]);
  return companyIds.flatMap((companyId): CompanySentimentFacts[] => {
    const total = totals.find((row) => row.companyId === companyId);
    if (!total) return [];
    const monthly = months.filter((row) => row.companyId === companyId).map(({ month, averageScore, mentionCount }) => ({ month, averageScore, mentionCount }));
    return [{ ...total, monthly }];
  });
}

type MentionRow = {
  id: string;
  companyId: string;
  content: string;
  sourceName: string | null;
  author: string | null;
  sourceUrl: string | null;
  observedAt: Date;
  score: number;
  positiveRank: number;
  negativeRank: number;
};

async function quotedMentions(db: Db, workspaceId: string, companyIds: string[], subjectId: string) {
  const rows = await db.$queryRaw<MentionRow[]>`
    SELECT * FROM (
      SELECT id, "companyId", content, "sourceName", author, "sourceUrl", "observedAt", "sentimentScore"::float8 AS score,
             (row_number() OVER (PARTITION BY "companyId" ORDER BY "sentimentScore" DESC, "observedAt" DESC, id))::int AS "positiveRank",
             (row_number() OVER (PARTITION BY "companyId" ORDER BY "sentimentScore" ASC, "observedAt" DESC, id))::int AS "negativeRank"
        FROM "MarketIntelligence"
       WHERE "workspaceId" = ${workspaceId} AND kind = 'SENTIMENT' AND "sentimentScore" IS NOT NULL AND "companyId" = ANY(${companyIds}::text[])
    ) ranked
    WHERE (score > ${POSITIVE_THRESHOLD} AND "positiveRank" <= CASE WHEN "companyId" = ${subjectId} THEN ${SUBJECT_MENTION_QUOTES}::int ELSE ${COMPETITOR_MENTION_QUOTES}::int END)
       OR (score < ${NEGATIVE_THRESHOLD} AND "negativeRank" <= CASE WHEN "companyId" = ${subjectId} THEN ${SUBJECT_MENTION_QUOTES}::int ELSE ${COMPETITOR_MENTION_QUOTES}::int END)`;
  const toFacts = (row: MentionRow): MentionFacts => ({
    id: row.id,
    companyId: row.companyId,
    text: row.content,
    sourceName: row.sourceName,
    author: row.author,
    url: row.sourceUrl,
    publishedAt: row.observedAt,
    score: row.score,
  });
  const order = (companyId: string) => (companyId === subjectId ? 0 : 1 + companyIds.indexOf(companyId));
  const positive = rows.filter((row) => row.score > POSITIVE_THRESHOLD).sort((a, b) => order(a.companyId) - order(b.companyId) || a.positiveRank - b.positiveRank);
  const negative = rows.filter((row) => row.score < NEGATIVE_THRESHOLD).sort((a, b) => order(a.companyId) - order(b.companyId) || a.negativeRank - b.negativeRank);
  return { mostPositive: positive.map(toFacts), mostNegative: negative.map(toFacts) };
}

async function recentFindings(db: Db, workspaceId: string, companyIds: string[]): Promise<FindingFacts[]> {
  return db.$queryRaw<FindingFacts[]>`
    SELECT id, "companyId", kind, title, content, "observedAt", "sourceUrl", "workflowExecutionId" FROM (
      SELECT id, "companyId", kind::text AS kind, title, content, "observedAt", "sourceUrl", "workflowExecutionId",
             row_number() OVER (PARTITION BY "companyId" ORDER BY "observedAt" DESC, id) AS position
        FROM "MarketIntelligence"
       WHERE "workspaceId" = ${workspaceId} AND kind <> 'SENTIMENT' AND "companyId" = ANY(${companyIds}::text[])
    ) ranked
    WHERE position <= ${FINDINGS_PER_COMPANY}
    ORDER BY "observedAt" DESC, id`;
}
