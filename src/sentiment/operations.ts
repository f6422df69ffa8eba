import { prisma } from "wasp/server";
import type { DeleteMention, GetCompanySentiment } from "wasp/server/operations";
import { assertCountedInWorkspace, findCompanyInWorkspace, requireWorkspaceMember } from "../workspaces/workspaceAccess";
import { parseInput } from "../server/operations/guards";
import { NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD } from "./sentimentLabels";
import { companySentimentInput, mentionIdInput, type CompanySentimentInput } from "./sentimentSchemas";
import { sentimentWindow, summariseSentiment, type MonthlySentimentSums, type SentimentMonth, type SentimentTotals } from "./sentimentSeries";

const LISTED_MENTIONS = 5;

export type ListedMention = {
  id: string;
  text: string;
  sourceName: string | null;
  sourceUrl: string | null;
  author: string | null;
  publishedAt: Date;
  score: number;
  scoredBy: string | null;
};

// Types, not interfaces: an operation's result must be assignable to superjson's index-signature type.
export type CompanySentiment = SentimentTotals & {
  months: number;
  from: Date;
  series: SentimentMonth[];
  mostPositive: ListedMention[];
  mostNegative: ListedMention[];
};

const listedFields = {
  id: true,
  content: true,
  sourceName: true,
  sourceUrl: true,
  author: true,
  observedAt: true,
  sentimentScore: true,
  sentimentScoredBy: true,
} as const;

type ListedRow = { id: string; content: string; sourceName: string | null; sourceUrl: string | null; author: string | null; observedAt: Date; sentimentScore: number | null; sentimentScoredBy: string | null };

const listed = (row: ListedRow): ListedMention => ({
  id: row.id,
  text: row.content,
  sourceName: row.sourceName,
  sourceUrl: row.sourceUrl,
  author: row.author,
  publishedAt: row.observedAt,
  score: row.sentimentScore ?? 0,
  scoredBy: row.sentimentScoredBy,
});

/**
 * A company's mentions over the last `months` calendar months: totals, a
 * monthly series for the chart and the most positive and negative mentions.
 * The database sums per month; the arithmetic is in sentimentSeries.ts.
 */
export const getCompanySentiment: GetCompanySentiment<CompanySentimentInput, CompanySentiment> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { companyId, months } = parseInput(companySentimentInput, rawArgs);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, companyId);
  const window = sentimentWindow(new Date(), months);

  const inWindow = { workspaceId: workspace.id, companyId, kind: "SENTIMENT" as const, observedAt: { gte: window.from } };
  const [monthlySums, mostPositive, mostNegative] = await Promise.all([
    // Prisma's groupBy cannot group by month. "observedAt" is a UTC timestamp without time zone: compare it to one.
    prisma.$queryRaw<MonthlySentimentSums[]>`
      SELECT to_char(date_trunc('month', "observedAt"), 'YYYY-MM') AS month,
             count(*)::int AS "mentionCount",
             sum("sentimentScore")::float8 AS "scoreSum",
             (count(*) FILTER (WHERE "sentimentScore" > ${POSITIVE_THRESHOLD}))::int AS "positiveCount",
             (count(*) FILTER (WHERE "sentimentScore" < ${NEGATIVE_THRESHOLD}))::int AS "negativeCount"
        FROM "MarketIntelligence"
       WHERE "workspaceId" = ${workspace.id} AND "companyId" = ${companyId} AND kind = 'SENTIMENT'
         AND "sentimentScore" IS NOT NULL AND "observedAt" >= ${window.from.toISOString()}::timestamp(3)
       GROUP BY 1`,
    context.entities.MarketIntelligence.findMany({
      where: { ...inWindow, sentimentScore: { gt: POSITIVE_THRESHOLD } },
      orderBy: [{ sentimentScore: "desc" }, { observedAt: "desc" }],
      take: LISTED_MENTIONS,
      select: listedFields,
    }),
    context.entities.MarketIntelligence.findMany({
      where: { ...inWindow, sentimentScore: { lt: NEGATIVE_THRESHOLD } },
      orderBy: [{ sentimentScore: "asc" }, { observedAt: "desc" }],
      take: LISTED_MENTIONS,
      select: listedFields,
    }),
  ]);
  const { totals, series } = summariseSentiment(monthlySums, window.months);
  return {
    ...totals,
    months,
    from: window.from,
    series,
    mostPositive: mostPositive.map(listed),
    mostNegative: mostNegative.map(listed),
  };
};

export const deleteMention: DeleteMention<{ id: string }, { deleted: true }> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id } = parseInput(mentionIdInput, rawArgs);
  const { count } = await context.entities.MarketIntelligence.deleteMany({ where: { id, workspaceId: workspace.id, kind: "SENTIMENT" } });
  assertCountedInWorkspace(count, "mention");
  return { deleted: true };
};
