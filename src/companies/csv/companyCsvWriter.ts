import { stringify } from "csv-stringify";
import { Readable } from "node:stream";
import type { CompanyRole } from "../companyEnums";
import { guardSpreadsheetFormula } from "../../shared/spreadsheetFormulaGuard";

export interface CompanyExportRow {
  domain: string;
  name: string;
  role: CompanyRole;
  tags: string[];
  industry: string | null;
  employeeCount: number | null;
  sizeBand: string | null;
  annualRevenue: number | null;
  foundedYear: number | null;
  city: string | null;
  state: string | null;
  country: string | null;
  linkedinUrl: string | null;
  enrichmentStatus: string;
  enrichedAt: Date | null;
  archivedAt: Date | null;
}

export const COMPANY_CSV_COLUMNS = [
  "domain",
  "name",
  "role",
  "tags",
  "industry",
  "employee_count",
  "size_band",
  "annual_revenue",
  "founded_year",
  "city",
  "state",
  "country",
  "linkedin_url",
  "enrichment_status",
  "enriched_at",
  "archived",
] as const;

const roleNames: Record<CompanyRole, string> = {
  OWN_COMPANY: "own company",
  COMPETITOR: "competitor",
  PROSPECT: "prospect",
  WATCH: "watch",
};

function cellsOf(company: CompanyExportRow): string[] {
  const text = (value: string | number | null) => (value === null ? "" : guardSpreadsheetFormula(String(value)));
  return [
    text(company.domain),
    text(company.name),
    roleNames[company.role],
    text(company.tags.join("; ")),
    text(company.industry),
    text(company.employeeCount),
    text(company.sizeBand),
    text(company.annualRevenue),
    text(company.foundedYear),
    text(company.city),
    text(company.state),
    text(company.country),
    text(company.linkedinUrl),
    company.enrichmentStatus,
    company.enrichedAt ? company.enrichedAt.toISOString() : "",
    company.archivedAt ? "yes" : "no",
  ];
}

/** CSV text of the companies, header first, produced as the companies arrive. Re-imports through readCompanyCsv. */
export function writeCompanyCsv(companies: AsyncIterable<CompanyExportRow>): AsyncIterable<string> {
  const rows = (async function* () {
    for await (const company of companies) yield cellsOf(company);
  })();
  return Readable.from(rows).pipe(stringify({ header: true, columns: [...COMPANY_CSV_COLUMNS] })).setEncoding("utf8");
}
