import { z } from "zod";
import { domainField, TAG_SEPARATORS, tagsField } from "../companySchemas";
import type { CompanyRole } from "../companyEnums";
import { readCsvRecords, type CsvLayout } from "../../server/uploads/csvRecords";
import { unguardSpreadsheetFormula } from "../../shared/spreadsheetFormulaGuard";

export class CompanyCsvFormatError extends Error {}

export interface CompanyCsvRow {
  domain: string;
  name?: string;
  role?: CompanyRole;
  tags: string[];
}

export type CompanyCsvRecord = { line: number; ok: true; row: CompanyCsvRow } | { line: number; ok: false; reason: string };

type Column = "domain" | "name" | "role" | "tags";

const layout: CsvLayout<Column> = {
  aliases: {
    domain: ["domain", "website", "url", "company domain", "company_domain"],
    name: ["name", "company", "company name"],
    role: ["role"],
    tags: ["tags", "tag", "labels"],
  },
  required: ["domain"],
  describe: "A company import needs a header row with a domain column, and optionally name, role and tags.",
  formatError: (message) => new CompanyCsvFormatError(message),
};

/** Readable role names (as the export writes them) and the enum values, in any case. */
const rolesByName: Record<string, CompanyRole> = {
  "own company": "OWN_COMPANY",
  competitor: "COMPETITOR",
  prospect: "PROSPECT",
  watch: "WATCH",
  watching: "WATCH",
};

export function roleFromText(text: string): CompanyRole | undefined {
  return rolesByName[text.trim().toLowerCase().replace(/[_-]+/g, " ")];
}

const nameField = z.string().trim().max(200, "Keep the name under 200 characters.");

/**
 * Streams the rows of an uploaded company CSV, each validated on its own: a
 * bad row comes back with its line and reason and the rest carry on. Stops
 * after maxRows data rows with one more record saying the file is too long.
 */
export async function* readCompanyCsv(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  { maxRows = 10_000 }: { maxRows?: number } = {},
): AsyncGenerator<CompanyCsvRecord> {
  let rows = 0;
  for await (const record of readCsvRecords(source, layout)) {
    rows += 1;
    if (rows > maxRows) {
      yield { line: record.line, ok: false, reason: `The file has more than ${maxRows.toLocaleString("en-US")} rows; split it and import the rest separately.` };
      return;
    }
    yield record.ok ? validateCompanyRow(record.line, withoutFormulaGuards(record.values)) : record;
  }
}

/** Undoes the quote the export puts before cells that start like a formula. */
function withoutFormulaGuards(values: Partial<Record<Column, string>>): Partial<Record<Column, string>> {
  return Object.fromEntries(Object.entries(values).map(([column, value]) => [column, unguardSpreadsheetFormula(value as string)]));
}

function validateCompanyRow(line: number, values: Partial<Record<Column, string>>): CompanyCsvRecord {
  if (!values.domain) return { line, ok: false, reason: "The domain is empty." };
  const domain = domainField.safeParse(values.domain);
  if (!domain.success) return { line, ok: false, reason: `"${values.domain}": ${domain.error.issues[0].message}` };
  const row: CompanyCsvRow = { domain: domain.data, tags: [] };
  if (values.name) {
    const name = nameField.safeParse(values.name);
    if (!name.success) return { line, ok: false, reason: name.error.issues[0].message };
    row.name = name.data;
  }
  if (values.role) {
    const role = roleFromText(values.role);
    if (!role) return { line, ok: false, reason: `"${values.role}" is not a role: use own company, competitor, prospect or watch.` };
    row.role = role;
  }
  if (values.tags) {
    const tags = tagsField.safeParse(values.tags.split(TAG_SEPARATORS).map((tag) => tag.trim()).filter(Boolean));
    if (!tags.success) return { line, ok: false, reason: tags.error.issues[0].message };
    row.tags = tags.data;
  }
  return { line, ok: true, row };
}
