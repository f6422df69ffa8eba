import type { GetDashboardSummary } from "wasp/server/operations";
import { prisma } from "wasp/server";
import { requireWorkspaceMember } from "../workspaces/workspaceAccess";
import { biggestMarketMoves, biggestSentimentShifts, competitorChangesSinceLastReports, type CompetitorChanges, type MarketMove, type SentimentMove } from "./dashboardHome";

export type DashboardSummary = {
  workspaceName: string;
  companyCount: number;
  competitorCount: number;
  reportCount: number;
  credits: number;
  /** For a new workspace: the first steps, each done or not. */
  checklist: { hasCompanies: boolean; hasApolloKey: boolean; hasReport: boolean };
  recentReports: { id: string; title: string; kind: string; status: string; subjectName: string; createdAt: Date }[];
  marketMoves: MarketMove[];
  sentimentShifts: SentimentMove[];
  competitorChanges: CompetitorChanges[];
};

/** The team's home: its counts, recent reports, and what moved in its market in the last 30 days. */
export const getDashboardSummary: GetDashboardSummary<void, DashboardSummary> = async (_args, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const activeCompanies = { workspaceId: workspace.id, archivedAt: null };
  const [companyCount, competitorCount, reportCount, recentReports, marketMoves, sentimentShifts, competitorChanges] = await Promise.all([
    context.entities.Company.count({ where: activeCompanies }),
    context.entities.Company.count({ where: { ...activeCompanies, role: "COMPETITOR" } }),
    context.entities.MarketReport.count({ where: { workspaceId: workspace.id } }),
    context.entities.MarketReport.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, title: true, kind: true, status: true, subjectName: true, createdAt: true },
    }),
    biggestMarketMoves(prisma, workspace.id),
    biggestSentimentShifts(prisma, workspace.id),
    competitorChangesSinceLastReports(prisma, workspace.id),
  ]);
  return {
    workspaceName: workspace.name,
    companyCount,
    competitorCount,
    reportCount,
    credits: workspace.credits,
    checklist: { hasCompanies: companyCount > 0, hasApolloKey: workspace.apolloApiKeyEncrypted !== null, hasReport: reportCount > 0 },
    recentReports,
    marketMoves,
    sentimentShifts,
    competitorChanges,
  };
};
