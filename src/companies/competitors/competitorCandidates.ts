/** Pure choice of suggested competitors from the workspace's own enriched companies. */
export interface CandidateCompany {
  id: string;
  industry: string | null;
  sizeBand: string | null;
  employeeCount: number | null;
  archivedAt: Date | null;
}

export const MAX_SUGGESTIONS = 10;

/**
 * Companies in the subject's industry and size band that are not linked to it
 * yet in any way (a dismissed suggestion stays dismissed), closest in
 * headcount first.
 */
export function selectCompetitorCandidates<C extends CandidateCompany>(
  subject: CandidateCompany,
  companies: C[],
  alreadyLinkedIds: Set<string>,
): C[] {
  if (!subject.industry || !subject.sizeBand) return [];
  const industry = subject.industry.toLowerCase();
  const distance = (company: C) =>
    subject.employeeCount === null || company.employeeCount === null
      ? Number.MAX_SAFE_INTEGER
      : Math.abs(company.employeeCount - subject.employeeCount);
  return companies
    .filter(
      (company) =>
        company.id !== subject.id &&
        !alreadyLinkedIds.has(company.id) &&
        company.archivedAt === null &&
        company.sizeBand === subject.sizeBand &&
        company.industry?.toLowerCase() === industry,
    )
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, MAX_SUGGESTIONS);
}
