import { HttpError } from "wasp/server";
import type { ImportMarketDataCsv } from "wasp/server/api";
import { z } from "zod";
import { MarketDataCsvFormatError, readMarketDataCsv } from "../csv";
import { limitBytes, UploadTooLargeError } from "../../server/uploads/byteLimit";
import { findCompanyInWorkspace, requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { fieldErrorsOf } from "../../server/operations/fieldErrors";

const MAX_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 5_000;
const MAX_REPORTED_ROW_ERRORS = 200;
const params = z.object({ companyId: z.string().uuid("Unknown company.") });

/**
 * POST /api/companies/:companyId/market-data/import, body: a CSV of metric,
 * value, unit, observed_at. Good rows are kept, bad ones reported by line. At
 * most 5,000 rows, so the points are written together once the file is read:
 * a file that cannot be read leaves nothing behind.
 */
export const importMarketDataCsv: ImportMarketDataCsv = async (req, res, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const parsedParams = params.safeParse(req.params);
  if (!parsedParams.success) throw new HttpError(400, "Unknown company.", { fieldErrors: fieldErrorsOf(parsedParams.error) });
  const company = await findCompanyInWorkspace(context.entities.Company, workspace.id, parsedParams.data.companyId);

  const points: { metric: string; value: number; unit: string | null; observedAt: Date }[] = [];
  const rowErrors: { line: number; reason: string }[] = [];
  let errorCount = 0;
  let rows = 0;
  try {
    for await (const record of readMarketDataCsv(limitBytes(req, MAX_BYTES), { maxRows: MAX_ROWS })) {
      rows += 1;
      if (rows > MAX_ROWS) throw new HttpError(400, `The file has more than ${MAX_ROWS.toLocaleString("en-US")} rows; split it and import the parts separately.`);
      if (record.ok) {
        points.push(record.point);
        continue;
      }
      errorCount += 1;
      if (rowErrors.length < MAX_REPORTED_ROW_ERRORS) rowErrors.push({ line: record.line, reason: record.reason });
    }
  } catch (error) {
    if (error instanceof MarketDataCsvFormatError) throw new HttpError(400, error.message, { fieldErrors: { file: [error.message] } });
    if (error instanceof UploadTooLargeError) throw new HttpError(413, error.message);
    throw error;
  }
  const { count } = await context.entities.MarketData.createMany({
    data: points.map((point) => ({ ...point, companyId: company.id, workspaceId: workspace.id, source: "CSV" as const })),
  });
  res.status(200).json({ imported: count, errorCount, rowErrors });
};
