import { HttpError, prisma } from "wasp/server";
import type { UploadCompanyCsv } from "wasp/server/api";
import { z } from "zod";
import { CompanyCsvFormatError } from "../csv";
import { requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { UploadTooLargeError } from "../../server/uploads/byteLimit";
import { submitImportRun } from "./importCompaniesJob";
import { requireRoomForCompanies } from "../companyQuota";
import { MAX_IMPORT_BYTES, stageCompanyCsv, TooManyRowsError } from "./companyImportStaging";

const CSV_CONTENT_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

const uploadQuery = z.object({ fileName: z.string().trim().max(200).optional() });

/**
 * POST /api/companies/import, body: the CSV file itself (Content-Type: text/csv).
 * Answers 202 with the import's id once every row is validated and the good
 * ones are staged; the importCompanies job then merges them in. A file that
 * cannot be imported at all (no domain column, too big, too many rows) gets a
 * 400 or 413, and one whose new companies would pass the plan's quota a 402;
 * either leaves nothing behind.
 */
export const uploadCompanyCsv: UploadCompanyCsv = async (req, res, context) => {
  const { user, workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const contentType = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (!CSV_CONTENT_TYPES.includes(contentType)) {
    throw new HttpError(415, "Send the file as text/csv: a CSV with a domain column, and optionally name, role and tags.");
  }
  const declaredLength = Number(req.headers["content-length"] ?? 0);
  if (declaredLength > MAX_IMPORT_BYTES) {
    throw new HttpError(413, new UploadTooLargeError(MAX_IMPORT_BYTES).message);
  }
  const query = uploadQuery.safeParse(req.query);
  const fileName = query.success ? query.data.fileName : undefined;

  const companyImport = await context.entities.CompanyImport.create({
    data: { workspaceId: workspace.id, createdById: user.id, fileName, status: "QUEUED" },
  });
  let summary;
  try {
    summary = await stageCompanyCsv(prisma, companyImport.id, req);
  } catch (error) {
    // Staged rows cascade with the import: a rejected file leaves nothing behind.
    await context.entities.CompanyImport.delete({ where: { id: companyImport.id } });
    if (error instanceof CompanyCsvFormatError || error instanceof TooManyRowsError) {
      throw new HttpError(400, error.message, { fieldErrors: { file: [error.message] } });
    }
    if (error instanceof UploadTooLargeError) throw new HttpError(413, error.message);
    throw error;
  }
  try {
    await prisma.$transaction(async (tx) => {
      const [{ newDomains }] = await tx.$queryRaw<{ newDomains: number }[]>`
        SELECT count(DISTINCT r.domain)::int AS "newDomains" FROM "CompanyImportRow" r
         WHERE r."importId" = ${companyImport.id}
           AND NOT EXISTS (SELECT 1 FROM "Company" c WHERE c."workspaceId" = ${workspace.id} AND c.domain = r.domain)`;
      await requireRoomForCompanies(tx, workspace.id, newDomains);
    });
  } catch (error) {
    await context.entities.CompanyImport.delete({ where: { id: companyImport.id } });
    throw error;
  }
  const staged = await context.entities.CompanyImport.update({
    where: { id: companyImport.id },
    data: {
      totalRows: summary.totalRows,
      validRows: summary.validRows,
      errorCount: summary.errorCount,
      rowErrors: summary.rowErrors as never,
    },
  });
  await submitImportRun(staged.id);
  res.status(202).json({
    importId: staged.id,
    totalRows: staged.totalRows,
    validRows: staged.validRows,
    errorCount: staged.errorCount,
  });
};
