import { describe, expect, it } from "vitest";
import { selectCompetitorCandidates, type CandidateCompany } from "./competitorCandidates";

const company = (id: string, extra: Partial<CandidateCompany> = {}): CandidateCompany => ({
  id,
  industry: "Software",
  sizeBand: "MEDIUM",
  employeeCount: 100,
  archivedAt: null,
  ...extra,
});

describe("selectCompetitorCandidates", () => {
  const subject = company("subject", { employeeCount: 120 });

  it("suggests companies of the same industry and size band, closest headcount first", () => {
    const companies = [
      company("far", { employeeCount: 60 }),
      company("near", { employeeCount: 130 }),
      company("other-industry", { industry: "Retail" }),
      company("other-band", { sizeBand: "LARGE" }),
    ];
    expect(selectCompetitorCandidates(subject, companies, new Set()).map((c) => c.id)).toEqual(["near", "far"]);
  });

  it("matches the industry whatever its case", () => {
    expect(selectCompetitorCandidates(subject, [company("a", { industry: "SOFTWARE" })], new Set())).toHaveLength(1);
  });

  it("leaves out the subject, linked or dismissed companies and archived ones", () => {
    const companies = [subject, company("linked"), company("archived", { archivedAt: new Date() })];
    expect(selectCompetitorCandidates(subject, companies, new Set(["linked"]))).toEqual([]);
  });

  it("suggests nothing for a subject whose industry or size is unknown", () => {
    expect(selectCompetitorCandidates(company("s", { industry: null }), [company("a")], new Set())).toEqual([]);
  });
});
