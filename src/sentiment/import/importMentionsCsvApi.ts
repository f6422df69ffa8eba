import { env, HttpError, prisma } from "wasp/server";
import { refineMentionSentiment } from "wasp/server/jobs";
import { llmConfiguration } from "../../llm/llmEnv";
import type { ImportMentionsCsv } from "wasp/server/api";
import { findCompanyInWorkspace, requireWorkspaceMember } from "../../workspaces/workspaceAccess";
import { fieldErrorsOf } from "../../server/operations/fieldErrors";
import { limitBytes, UploadTooLargeError } from "../../server/uploads/byteLimit";
import { mentionImportQuery } from "../sentimentSchemas";
import { MentionCsvFormatError, type MentionCompanies } from "./mentionCsvReader";
import { planMentionImport, type RejectedRow } from "./mentionImportPlan";
import { storeMentions } from "./storeMentions";

export const MAX_MENTION_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_MENTION_IMPORT_ROWS = 20_000;
const CSV_CONTENT_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

export interface MentionImportResult {
  totalRows: number;
  added: number;
  /** Mentions already stored, or repeated within the file: the same company, text, published_at and url. */
  duplicates: number;
  rejected: number;
  rejectedRows: RejectedRow[];
}

/**
 * POST /api/sentiment/mentions/import[?companyId=<uuid>], body: a CSV of
 * text, source, url, author, published_at, company (the company's domain;
 * optional with ?companyId). Every row is validated and scored first; then
 * the good ones are inserted in one transaction and the bad ones reported by
 * line. A file that cannot be imported at all (no text column, over 10 MB or
 * 20,000 rows) gets a 400 or 413 and writes nothing.
 */
export const importMentionsCsv: ImportMentionsCsv = async (req, res, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const query = mentionImportQuery.safeParse(req.query);
  if (!query.success) throw new HttpError(400, "Unknown company.", { fieldErrors: fieldErrorsOf(query.error) });
  const contentType = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (!CSV_CONTENT_TYPES.includes(contentType)) {
    throw new HttpError(415, "Send the file as text/csv: a CSV with text, source, url, author, published_at and company columns.");
  }
  if (Number(req.headers["content-length"] ?? 0) > MAX_MENTION_IMPORT_BYTES) {
    throw new HttpError(413, new UploadTooLargeError(MAX_MENTION_IMPORT_BYTES).message);
  }
  const companies = await companiesOfImport(context.entities.Company, workspace.id, query.data.companyId);

  let plan;
  try {
    plan = await planMentionImport(limitBytes(req, MAX_MENTION_IMPORT_BYTES), { maxRows: MAX_MENTION_IMPORT_ROWS, companies });
  } catch (error) {
    if (error instanceof MentionCsvFormatError) throw new HttpError(400, error.message, { fieldErrors: { file: [error.message] } });
    if (error instanceof UploadTooLargeError) throw new HttpError(413, error.message);
    throw error;
  }
  const added = await storeMentions(prisma, workspace.id, plan.records);
  if (added > 0 && env.SENTIMENT_LLM_REFINEMENT === "on" && llmConfiguration(env).configured) {
    await refineMentionSentiment.submit({ workspaceId: workspace.id }, { singletonKey: `refine-sentiment-${workspace.id}` });
  }
  const result: MentionImportResult = {
    totalRows: plan.totalRows,
    added,
    duplicates: plan.duplicatesInFile + (plan.records.length - added),
    rejected: plan.rejected,
    rejectedRows: plan.rejectedRows,
  };
  res.status(200).json(result);
};

async function companiesOfImport(
  companies: Parameters<typeof findCompanyInWorkspace>[0],
  workspaceId: string,
  companyId: string | undefined,
): Promise<MentionCompanies> {
  if (companyId) {
    const company = await findCompanyInWorkspace(companies, workspaceId, companyId);
    return { kind: "one", id: company.id, domain: company.domain };
  }
  const all = await companies.findMany({ where: { workspaceId }, select: { id: true, domain: true } });
  return { kind: "byDomain", companyIdByDomain: new Map(all.map((company) => [company.domain, company.id])) };
}
