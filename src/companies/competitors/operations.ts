import { HttpError } from "wasp/server";
import type {
  GetCompetitorMap,
  RemoveCompetitorLink,
  RespondToCompetitorSuggestion,
  SaveCompetitorLink,
  SetCompanyPositioning,
  SuggestCompetitors,
  UpdateCompetitorLink,
} from "wasp/server/operations";
import type { Company, CompetitorAnalysis } from "wasp/entities";
import type { PrismaClient } from "@prisma/client";
import { parseInput } from "../../server/operations/guards";
import { assertFoundInWorkspace, findCompanyInWorkspace, requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { selectCompetitorCandidates } from "./competitorCandidates";
import {
  companyPositioningInput,
  competitorLinkIdInput,
  competitorMapInput,
  respondToSuggestionInput,
  saveCompetitorLinkInput,
  updateCompetitorLinkInput,
  type CompanyPositioningInput,
  type RespondToSuggestionInput,
  type SaveCompetitorLinkInput,
  type UpdateCompetitorLinkInput,
} from "./competitorSchemas";
import { readPositioningScores, type PositioningScores } from "./positioningDimensions";

export type CompetitorEntry = {
  linkId: string;
  company: Company;
  scores: PositioningScores;
  note: string | null;
};

export type CompetitorMap = {
  subject: Company & { scores: PositioningScores };
  competitors: CompetitorEntry[];
  suggestions: CompetitorEntry[];
};

async function findLinkInWorkspace(links: PrismaClient["competitorAnalysis"], workspaceId: string, linkId: string) {
  const link = await links.findFirst({ where: { id: linkId, workspaceId } });
  assertFoundInWorkspace(link, "competitor link");
  return link;
}

const toEntry = (link: CompetitorAnalysis & { competitorCompany: Company }): CompetitorEntry => ({
  linkId: link.id,
  company: link.competitorCompany,
  scores: readPositioningScores(link.positioningScores),
  note: link.note,
});

export const getCompetitorMap: GetCompetitorMap<{ subjectCompanyId: string }, CompetitorMap> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { subjectCompanyId } = parseInput(competitorMapInput, rawArgs);
  const subject = await findCompanyInWorkspace(context.entities.Company, workspace.id, subjectCompanyId);
  const links = await context.entities.CompetitorAnalysis.findMany({
    where: { subjectCompanyId, status: { in: ["ACCEPTED", "SUGGESTED"] } },
    include: { competitorCompany: true },
    orderBy: [{ competitorCompany: { name: "asc" } }],
  });
  return {
    subject: { ...subject, scores: readPositioningScores(subject.positioningScores) },
    competitors: links.filter((link) => link.status === "ACCEPTED").map(toEntry),
    suggestions: links.filter((link) => link.status === "SUGGESTED").map(toEntry),
  };
};

export const saveCompetitorLink: SaveCompetitorLink<SaveCompetitorLinkInput, CompetitorAnalysis> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const input = parseInput(saveCompetitorLinkInput, rawArgs);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, input.subjectCompanyId);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, input.competitorCompanyId);
  // Re-saving a link re-scores it; a note left out stays as it was.
  const changes = { status: "ACCEPTED" as const, positioningScores: input.scores, ...(input.note !== undefined ? { note: input.note } : {}) };
  return context.entities.CompetitorAnalysis.upsert({
    where: {
      subjectCompanyId_competitorCompanyId: {
        subjectCompanyId: input.subjectCompanyId,
        competitorCompanyId: input.competitorCompanyId,
      },
    },
    create: { ...changes, workspaceId: workspace.id, subjectCompanyId: input.subjectCompanyId, competitorCompanyId: input.competitorCompanyId },
    update: changes,
  });
};

export const updateCompetitorLink: UpdateCompetitorLink<UpdateCompetitorLinkInput, CompetitorAnalysis> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { linkId, scores, note } = parseInput(updateCompetitorLinkInput, rawArgs);
  await findLinkInWorkspace(context.entities.CompetitorAnalysis, workspace.id, linkId);
  return context.entities.CompetitorAnalysis.update({
    where: { id: linkId },
    data: { ...(scores !== undefined ? { positioningScores: scores } : {}), ...(note !== undefined ? { note } : {}) },
  });
};

export const removeCompetitorLink: RemoveCompetitorLink<{ linkId: string }, { removed: true }> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { linkId } = parseInput(competitorLinkIdInput, rawArgs);
  await findLinkInWorkspace(context.entities.CompetitorAnalysis, workspace.id, linkId);
  await context.entities.CompetitorAnalysis.delete({ where: { id: linkId } });
  return { removed: true };
};

/** Suggests competitors from enrichment data: same industry and size band among the workspace's companies. */
export const suggestCompetitors: SuggestCompetitors<{ subjectCompanyId: string }, { suggested: number }> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { subjectCompanyId } = parseInput(competitorMapInput, rawArgs);
  const subject = await findCompanyInWorkspace(context.entities.Company, workspace.id, subjectCompanyId);
  if (!subject.industry || !subject.sizeBand) return { suggested: 0 };
  const [peers, links] = await Promise.all([
    context.entities.Company.findMany({
      where: {
        workspaceId: workspace.id,
        archivedAt: null,
        sizeBand: subject.sizeBand,
        industry: { equals: subject.industry, mode: "insensitive" },
      },
      select: { id: true, industry: true, sizeBand: true, employeeCount: true, archivedAt: true },
    }),
    context.entities.CompetitorAnalysis.findMany({ where: { subjectCompanyId }, select: { competitorCompanyId: true } }),
  ]);
  const candidates = selectCompetitorCandidates(subject, peers, new Set(links.map((link) => link.competitorCompanyId)));
  const { count } = await context.entities.CompetitorAnalysis.createMany({
    data: candidates.map((candidate) => ({
      workspaceId: workspace.id,
      subjectCompanyId,
      competitorCompanyId: candidate.id,
      status: "SUGGESTED" as const,
    })),
    skipDuplicates: true,
  });
  return { suggested: count };
};

export const respondToCompetitorSuggestion: RespondToCompetitorSuggestion<RespondToSuggestionInput, CompetitorAnalysis> = async (
  rawArgs,
  context,
) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { linkId, decision } = parseInput(respondToSuggestionInput, rawArgs);
  const link = await findLinkInWorkspace(context.entities.CompetitorAnalysis, workspace.id, linkId);
  if (link.status !== "SUGGESTED") {
    throw new HttpError(409, "This competitor was already accepted or dismissed.");
  }
  return context.entities.CompetitorAnalysis.update({
    where: { id: linkId },
    data: { status: decision === "accept" ? "ACCEPTED" : "DISMISSED" },
  });
};

/** The subject's own point on the map. */
export const setCompanyPositioning: SetCompanyPositioning<CompanyPositioningInput, Company> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { companyId, scores } = parseInput(companyPositioningInput, rawArgs);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, companyId);
  return context.entities.Company.update({ where: { id: companyId }, data: { positioningScores: scores } });
};
