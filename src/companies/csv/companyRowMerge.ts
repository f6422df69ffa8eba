import { MAX_TAGS, nameFromDomain } from "../companySchemas";
import type { CompanyRole } from "../companyEnums";

interface IncomingRow {
  domain: string;
  name?: string;
  role?: CompanyRole;
  tags: string[];
}

/**
 * A duplicate merges rather than fails: the row's name and role win when it
 * has them, tags are the union (existing ones first, at most MAX_TAGS).
 */
export function mergeCompanyRow(
  existing: { name: string; role: CompanyRole; tags: string[] } | undefined,
  row: IncomingRow,
): { name: string; role: CompanyRole; tags: string[] } {
  return {
    name: row.name ?? existing?.name ?? nameFromDomain(row.domain),
    role: row.role ?? existing?.role ?? "WATCH",
    tags: [...new Set([...(existing?.tags ?? []), ...row.tags])].slice(0, MAX_TAGS),
  };
}

/** Folds rows of one batch that share a domain into one, remembering the lines they came from. */
export function mergeRowsByDomain<R extends IncomingRow & { line: number }>(
  rows: R[],
): (IncomingRow & { mergedLines: number[] })[] {
  const byDomain = new Map<string, IncomingRow & { mergedLines: number[] }>();
  for (const row of rows) {
    const earlier = byDomain.get(row.domain);
    if (!earlier) {
      byDomain.set(row.domain, { domain: row.domain, name: row.name, role: row.role, tags: [...row.tags], mergedLines: [row.line] });
      continue;
    }
    earlier.name = row.name ?? earlier.name;
    earlier.role = row.role ?? earlier.role;
    earlier.tags = [...new Set([...earlier.tags, ...row.tags])].slice(0, MAX_TAGS);
    earlier.mergedLines.push(row.line);
  }
  return [...byDomain.values()];
}
