import type { PrismaClient } from "@prisma/client";
import type { ChangesSincePrevious } from "../reports/reportDocument";

type Db = Pick<PrismaClient, "$queryRaw">;

const MOVES_SHOWN = 5;
const MIN_MENTIONS_PER_WINDOW = 3;

export type MarketMove = { companyId: string; companyName: string; role: string; metric: string; unit: string | null; from: number; to: number; change: number };
export type SentimentMove = { companyId: string; companyName: string; role: string; before: number; after: number; delta: number; recentMentions: number };
export type CompetitorChanges = { reportId: string; subjectName: string; completedAt: Date; changes: ChangesSincePrevious };

/**
 * The series of the workspace's tracked companies with the biggest relative
 * change over the last 30 days: the latest point (from the last 30 days)
 * against the newest point at least 30 days before it.
 */
export async function biggestMarketMoves(db: Db, workspaceId: string): Promise<MarketMove[]> {
  return db.$queryRaw<MarketMove[]>`
    SELECT c.id AS "companyId", c.name AS "companyName", c.role::text AS role, s.metric, l.unit,
           b.value AS "from", l.value AS "to", ((l.value - b.value) / abs(b.value))::float8 AS change
      FROM (SELECT "companyId", metric, max("observedAt") AS "latestAt" FROM "MarketData"
             WHERE "workspaceId" = ${workspaceId} GROUP BY "companyId", metric
            HAVING max("observedAt") >= now() - interval '30 days') s
      JOIN "Company" c ON c.id = s."companyId" AND c."archivedAt" IS NULL
      CROSS JOIN LATERAL (SELECT value, unit FROM "MarketData" m WHERE m."companyId" = s."companyId" AND m.metric = s.metric
                           ORDER BY "observedAt" DESC, "createdAt" DESC, id DESC LIMIT 1) l
      CROSS JOIN LATERAL (SELECT value FROM "MarketData" m WHERE m."companyId" = s."companyId" AND m.metric = s.metric
                           AND "observedAt" <= s."latestAt" - interval '30 days' ORDER BY "observedAt" DESC, "createdAt" DESC, id DESC LIMIT 1) b
     WHERE b.value <> 0 AND l.value <> b.value
     ORDER BY abs((l.value - b.value) / abs(b.value)) DESC, c.name
     LIMIT ${MOVES_SHOWN}`;
}

/** Companies whose average sentiment of the last 30 days moved most against the 30 days before (each with a few mentions). */
export async function biggestSentimentShifts(db: Db, workspaceId: string): Promise<SentimentMove[]> {
  return db.$queryRaw<SentimentMove[]>`
    SELECT c.id AS "companyId", c.name AS "companyName", c.role::text AS role, w.before, w.after, (w.after - w.before)::float8 AS delta, w.recent AS "recentMentions"
      FROM (SELECT "companyId",
                   avg("sentimentScore") FILTER (WHERE "observedAt" < now() - interval '30 days')::float8 AS before,
                   avg("sentimentScore") FILTER (WHERE "observedAt" >= now() - interval '30 days')::float8 AS after,
                   (count(*) FILTER (WHERE "observedAt" < now() - interval '30 days'))::int AS earlier,
                   (count(*) FILTER (WHERE "observedAt" >= now() - interval '30 days'))::int AS recent
              FROM "MarketIntelligence"
             WHERE "workspaceId" = ${workspaceId} AND kind = 'SENTIMENT' AND "sentimentScore" IS NOT NULL
               AND "observedAt" >= now() - interval '60 days' AND "companyId" IS NOT NULL
             GROUP BY "companyId") w
      JOIN "Company" c ON c.id = w."companyId" AND c."archivedAt" IS NULL
     WHERE w.earlier >= ${MIN_MENTIONS_PER_WINDOW} AND w.recent >= ${MIN_MENTIONS_PER_WINDOW} AND w.after <> w.before
     ORDER BY abs(w.after - w.before) DESC, c.name
     LIMIT ${MOVES_SHOWN}`;
}

/** What changed on each subject since its previous report, from the newest completed reports that found something. */
export async function competitorChangesSinceLastReports(db: Db, workspaceId: string): Promise<CompetitorChanges[]> {
  // Only the "changes" part of each report's sections leaves the database.
  const reports = await db.$queryRaw<{ id: string; subjectName: string; subjectCompanyId: string | null; completedAt: Date; changes: ChangesSincePrevious | null }[]>`
    SELECT id, "subjectName", "subjectCompanyId", "completedAt", sections #> '{computed,changes}' AS changes
      FROM "MarketReport"
     WHERE "workspaceId" = ${workspaceId} AND status = 'COMPLETED' AND "previousReportId" IS NOT NULL AND "completedAt" IS NOT NULL
     ORDER BY "completedAt" DESC
     LIMIT 20`;
  const seenSubjects = new Set<string>();
  const found: CompetitorChanges[] = [];
  for (const report of reports) {
    const key = report.subjectCompanyId ?? report.id;
    if (seenSubjects.has(key)) continue;
    seenSubjects.add(key);
    const { changes } = report;
    if (!changes) continue;
    const somethingChanged = changes.competitorsAdded.length + changes.competitorsRemoved.length + changes.metricMoves.length + changes.sentimentShifts.length > 0;
    if (somethingChanged) found.push({ reportId: report.id, subjectName: report.subjectName, completedAt: report.completedAt, changes });
    if (found.length === 3) break;
  }
  return found;
}
