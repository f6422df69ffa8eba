import { HttpError, prisma } from "wasp/server";
import type {
  ArchiveCompany,
  CreateCompany,
  DeleteCompany,
  GetCompanies,
  GetCompany,
  UpdateCompany,
} from "wasp/server/operations";
import type { Company } from "wasp/entities";
import { isUniqueViolation } from "../server/db/prismaErrors";
import { parseInput } from "../server/operations/guards";
import { findCompanyInWorkspace, requireWorkspaceMember } from "../workspaces/workspaceAccess";
import { companyListQuery } from "./companyListQuery";
import {
  companyIdInput,
  createCompanyInput,
  listCompaniesInput,
  nameFromDomain,
  setCompanyArchivedInput,
  updateCompanyInput,
  type CreateCompanyInput,
  type ListCompaniesInput,
  type UpdateCompanyInput,
} from "./companySchemas";
import { requestEnrichment } from "./enrichment/requestEnrichment";
import { requireRoomForCompanies } from "./companyQuota";
import { lockWorkspace } from "../workspaces/workspaceLock";

export type CompanyPage = {
  companies: Company[];
  totalCount: number;
  page: number;
  pageSize: number;
};

export type CompanyProfile = Company & {
  competitorCount: number;
  marketDataPointCount: number;
};


export const getCompanies: GetCompanies<ListCompaniesInput | undefined, CompanyPage> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const input = parseInput(listCompaniesInput, rawArgs);
  const query = companyListQuery(workspace.id, input);
  const [companies, totalCount] = await Promise.all([
    context.entities.Company.findMany(query),
    context.entities.Company.count({ where: query.where }),
  ]);
  return { companies, totalCount, page: input.page, pageSize: input.pageSize };
};

export const getCompany: GetCompany<{ id: string }, CompanyProfile> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id } = parseInput(companyIdInput, rawArgs);
  const company = await findCompanyInWorkspace(context.entities.Company, workspace.id, id);
  const [competitorCount, marketDataPointCount] = await Promise.all([
    context.entities.CompetitorAnalysis.count({ where: { subjectCompanyId: id, status: "ACCEPTED" } }),
    context.entities.MarketData.count({ where: { companyId: id } }),
  ]);
  return { ...company, competitorCount, marketDataPointCount };
};

export const createCompany: CreateCompany<CreateCompanyInput, Company> = async (rawArgs, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const input = parseInput(createCompanyInput, rawArgs);
  const duplicateMessage = `${input.domain} is already tracked in this workspace.`;
  let company: Company;
  try {
    company = await prisma.$transaction(async (tx) => {
      await lockWorkspace(tx, workspace.id);
      const existing = await tx.company.findUnique({ where: { workspaceId_domain: { workspaceId: workspace.id, domain: input.domain } }, select: { id: true } });
      if (existing) throw new HttpError(409, duplicateMessage, { fieldErrors: { domain: [duplicateMessage] } });
      await requireRoomForCompanies(tx, workspace.id, 1);
      return tx.company.create({
        data: {
          workspaceId: workspace.id,
          createdById: user.id,
          domain: input.domain,
          name: input.name ?? nameFromDomain(input.domain),
          role: input.role,
          tags: input.tags,
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new HttpError(409, duplicateMessage, { fieldErrors: { domain: [duplicateMessage] } });
    }
    throw error;
  }
  await requestEnrichment(workspace.id);
  return company;
};

export const updateCompany: UpdateCompany<UpdateCompanyInput, Company> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id, ...changes } = parseInput(updateCompanyInput, rawArgs);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, id);
  return context.entities.Company.update({ where: { id }, data: changes });
};

export const archiveCompany: ArchiveCompany<{ id: string; archived: boolean }, Company> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id, archived } = parseInput(setCompanyArchivedInput, rawArgs);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, id);
  return context.entities.Company.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
};

export const deleteCompany: DeleteCompany<{ id: string }, { deleted: true }> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { id } = parseInput(companyIdInput, rawArgs);
  await findCompanyInWorkspace(context.entities.Company, workspace.id, id);
  // Market data, competitor links and intelligence cascade with the company.
  await context.entities.Company.delete({ where: { id } });
  return { deleted: true };
};
