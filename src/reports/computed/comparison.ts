import type { CompanyFacts, ReportInputData } from "../gathering/reportInputData";
import type { ComparisonRow } from "../reportDocument";
import type { SourceIndex } from "../sources/sourceIndex";

function row(company: CompanyFacts, index: SourceIndex, extra: Pick<ComparisonRow, "isSubject" | "scores" | "note" | "sourceNumbers">): ComparisonRow {
  return {
    companyId: company.id,
    name: company.name,
    domain: company.domain,
    role: company.role,
    industry: company.industry,
    sizeBand: company.sizeBand,
    employeeCount: company.employeeCount,
    annualRevenue: company.annualRevenue,
    foundedYear: company.foundedYear,
    country: company.country,
    ...extra,
    sourceNumbers: [index.requireNumberOf("firmographics", company.id), ...extra.sourceNumbers],
  };
}

/** The subject first (with its own position on the map), then its competitors by name. */
export function comparisonRows(data: ReportInputData, index: SourceIndex): ComparisonRow[] {
  const subject = row(data.subject, index, { isSubject: true, scores: data.subject.positioningScores, note: null, sourceNumbers: [] });
  const competitors = [...data.competitors]
    .sort((a, b) => a.competitor.name.localeCompare(b.competitor.name))
    .map((link) =>
      row(link.competitor, index, {
        isSubject: false,
        scores: link.scores,
        note: link.note,
        sourceNumbers: [index.requireNumberOf("competitorLink", link.linkId)],
      }),
    );
  return [subject, ...competitors];
}
