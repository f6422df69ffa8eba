import type { Prisma } from "@prisma/client";
import type { ParsedListCompaniesInput } from "./companySchemas";

/** The Prisma filter and order for one page of a workspace's company list. */
export function companyListQuery(workspaceId: string, input: ParsedListCompaniesInput) {
  const where: Prisma.CompanyWhereInput = {
    workspaceId,
    ...(input.includeArchived ? {} : { archivedAt: null }),
    ...(input.role ? { role: input.role } : {}),
    ...(input.industry ? { industry: { equals: input.industry, mode: "insensitive" as const } } : {}),
    ...(input.sizeBand ? { sizeBand: input.sizeBand } : {}),
    ...(input.tag ? { tags: { has: input.tag } } : {}),
    ...(input.enrichmentStatus ? { enrichmentStatus: input.enrichmentStatus } : {}),
    ...(input.search
      ? {
          OR: [
            { name: { contains: input.search, mode: "insensitive" as const } },
            { domain: { contains: input.search.toLowerCase() } },
          ],
        }
      : {}),
  };
  // The id breaks ties so pages never overlap or skip rows.
  const orderBy: Prisma.CompanyOrderByWithRelationInput[] = [
    input.sortBy === "employeeCount"
      ? { employeeCount: { sort: input.sortDirection, nulls: "last" } }
      : { [input.sortBy]: input.sortDirection },
    { id: "asc" },
  ];
  return { where, orderBy, skip: (input.page - 1) * input.pageSize, take: input.pageSize };
}
