import { HttpError } from "wasp/server";
import type {
  ArchiveCompany,
  CreateCompany,
  DeleteCompany,
  GetCompanies,
  UpdateCompany,
} from "wasp/server/operations";
import type { Company } from "wasp/entities";
import { parseInput, requireUser } from "../server/operations/guards";
import { findCurrentWorkspace } from "../workspaces/currentWorkspace";
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

export type CompanyPage = {
  companies: Company[];
  totalCount: number;
  page: number;
  pageSize: number;
};

const UNIQUE_VIOLATION = "P2002";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === UNIQUE_VIOLATION;
}

/** A company of the caller's workspace, or 404: another tenant's rows do not exist for them. */
async function findOwnCompany(entities: { Company: { findFirst: (args: object) => Promise<Company | null> } }, workspaceId: string, id: string) {
  const company = await entities.Company.findFirst({ where: { id, workspaceId } });
  if (!company) throw new HttpError(404, "No such company in your workspace.");
  return company;
}

export const getCompanies: GetCompanies<ListCompaniesInput | undefined, CompanyPage> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const input = parseInput(listCompaniesInput, rawArgs);
  const { workspace } = await findCurrentWorkspace(context.entities.WorkspaceMember, user.id);
  const query = companyListQuery(workspace.id, input);
  const [companies, totalCount] = await Promise.all([
    context.entities.Company.findMany(query),
    context.entities.Company.count({ where: query.where }),
  ]);
  return { companies, totalCount, page: input.page, pageSize: input.pageSize };
};

export const createCompany: CreateCompany<CreateCompanyInput, Company> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const input = parseInput(createCompanyInput, rawArgs);
  const { workspace } = await findCurrentWorkspace(context.entities.WorkspaceMember, user.id);
  try {
    return await context.entities.Company.create({
      data: {
        workspaceId: workspace.id,
        createdById: user.id,
        domain: input.domain,
        name: input.name ?? nameFromDomain(input.domain),
        role: input.role,
        tags: input.tags,
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new HttpError(409, `${input.domain} is already tracked in this workspace.`, {
        fieldErrors: { domain: [`${input.domain} is already tracked in this workspace.`] },
      });
    }
    throw error;
  }
};

export const updateCompany: UpdateCompany<UpdateCompanyInput, Company> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const { id, ...changes } = parseInput(updateCompanyInput, rawArgs);
  const { workspace } = await findCurrentWorkspace(context.entities.WorkspaceMember, user.id);
  await findOwnCompany(context.entities, workspace.id, id);
  return context.entities.Company.update({ where: { id }, data: changes });
};

export const archiveCompany: ArchiveCompany<{ id: string; archived: boolean }, Company> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const { id, archived } = parseInput(setCompanyArchivedInput, rawArgs);
  const { workspace } = await findCurrentWorkspace(context.entities.WorkspaceMember, user.id);
  await findOwnCompany(context.entities, workspace.id, id);
  return context.entities.Company.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
};

export const deleteCompany: DeleteCompany<{ id: string }, { deleted: true }> = async (rawArgs, context) => {
  const user = requireUser(context.user);
  const { id } = parseInput(companyIdInput, rawArgs);
  const { workspace } = await findCurrentWorkspace(context.entities.WorkspaceMember, user.id);
  await findOwnCompany(context.entities, workspace.id, id);
  // Market data, competitor links and intelligence cascade with the company.
  await context.entities.Company.delete({ where: { id } });
  return { deleted: true };
};
