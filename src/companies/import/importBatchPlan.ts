/** Pure planning of one import batch: which rows create companies, which update existing ones. */
export type CompanyRole = "OWN_COMPANY" | "COMPETITOR" | "PROSPECT" | "WATCH";

export interface StagedRow {
  line: number;
  domain: string;
  name: string | null;
  role: CompanyRole | null;
  tags: string[];
}

export interface MergedRow {
  domain: string;
  name?: string;
  role?: CompanyRole;
  tags: string[];
  mergedLines: number[];
}

export interface ExistingCompany {
  id: string;
  domain: string;
  name: string;
  role: CompanyRole;
  tags: string[];
}

type MergeCompanyRow = (
  existing: { name: string; role: CompanyRole; tags: string[] } | undefined,
  row: { domain: string; name?: string; role?: CompanyRole; tags: string[] },
) => { name: string; role: CompanyRole; tags: string[] };

export interface ImportBatchPlan {
  creates: { domain: string; name: string; role: CompanyRole; tags: string[] }[];
  updates: { id: string; name: string; role: CompanyRole; tags: string[] }[];
  /** Rows folded into a company that already existed or into an earlier row of the file. */
  mergedRowCount: number;
}

export function planImportBatch(rows: MergedRow[], existing: ExistingCompany[], merge: MergeCompanyRow): ImportBatchPlan {
  const existingByDomain = new Map(existing.map((company) => [company.domain, company]));
  const plan: ImportBatchPlan = { creates: [], updates: [], mergedRowCount: 0 };
  for (const row of rows) {
    const current = existingByDomain.get(row.domain);
    const merged = merge(current, row);
    plan.mergedRowCount += row.mergedLines.length - 1;
    if (!current) {
      plan.creates.push({ domain: row.domain, ...merged });
      continue;
    }
    plan.mergedRowCount += 1;
    const changed =
      merged.name !== current.name || merged.role !== current.role || merged.tags.join("\u0000") !== current.tags.join("\u0000");
    if (changed) plan.updates.push({ id: current.id, ...merged });
  }
  return plan;
}
