import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { HttpError } from "wasp/server";
import type { ExportCompaniesCsv } from "wasp/server/api";
import type { Prisma, PrismaClient } from "@prisma/client";
import { fieldErrorsOf } from "../../server/operations/fieldErrors";
import { writeCompanyCsv, type CompanyExportRow } from "../csv";
import { requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { companyListQuery } from "../companyListQuery";
import { exportCompaniesInput } from "../companySchemas";

const EXPORT_BATCH_SIZE = 1_000;

/**
 * GET /api/companies/export?search=&role=&...: the filtered list as a CSV
 * download, streamed a batch at a time so a large workspace never sits in
 * memory whole. Re-imports cleanly through /api/companies/import.
 */
export const exportCompaniesCsv: ExportCompaniesCsv = async (req, res, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const parsed = exportCompaniesInput.safeParse(req.query);
  if (!parsed.success) {
    throw new HttpError(400, "Some filters are invalid.", { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  const { where, orderBy } = companyListQuery(workspace.id, { ...parsed.data, page: 1, pageSize: EXPORT_BATCH_SIZE });
  const date = new Date().toISOString().slice(0, 10);
  res.status(200);
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="hyperformant-companies-${date}.csv"`);
  await pipeline(Readable.from(writeCompanyCsv(companiesInBatches(context.entities.Company, where, orderBy))), res);
};

async function* companiesInBatches(
  companies: PrismaClient["company"],
  where: Prisma.CompanyWhereInput,
  orderBy: Prisma.CompanyOrderByWithRelationInput[],
): AsyncGenerator<CompanyExportRow> {
  for (let skip = 0; ; skip += EXPORT_BATCH_SIZE) {
    const batch = await companies.findMany({ where, orderBy, skip, take: EXPORT_BATCH_SIZE });
    yield* batch;
    if (batch.length < EXPORT_BATCH_SIZE) return;
  }
}
