import { describe, expect, it } from "vitest";
import { POSITIONING_DIMENSIONS } from "../../companies/competitors/positioningDimensions";
import { demoCompanies } from "./demoCompanies";
import { demoCompetitorLinks, demoOwnCompanyScores } from "./demoCompetitors";
import { demoMarketData } from "./demoMarketData";
import { seededRandom } from "./seededRandom";

const sizeBandOf = (employees: number) =>
  employees <= 10 ? "MICRO" : employees <= 50 ? "SMALL" : employees <= 200 ? "MEDIUM" : employees <= 1000 ? "LARGE" : "ENTERPRISE";

describe("demo companies", () => {
  it("fill a workspace: 50+, one own company, 10+ competitors, unique domains", () => {
    expect(demoCompanies.length).toBeGreaterThanOrEqual(50);
    expect(demoCompanies.filter((company) => company.role === "OWN_COMPANY")).toHaveLength(1);
    expect(demoCompanies.filter((company) => company.role === "COMPETITOR").length).toBeGreaterThanOrEqual(10);
    expect(new Set(demoCompanies.map((company) => company.domain)).size).toBe(demoCompanies.length);
  });

  it("have size bands that match their headcount", () => {
    for (const company of demoCompanies) expect(company.sizeBand, company.name).toBe(sizeBandOf(company.employeeCount));
  });

  it("give every filter something to show", () => {
    expect(demoCompanies.some((company) => company.archived)).toBe(true);
    expect(demoCompanies.some((company) => company.enrichmentStatus === "NOT_FOUND")).toBe(true);
    expect(demoCompanies.filter((company) => company.tags.includes("emea")).length).toBeGreaterThan(5);
  });
});

describe("demo competitor links", () => {
  const links = demoCompetitorLinks(demoCompanies);
  const domains = new Set(demoCompanies.map((company) => company.domain));

  it("link the own company to every competitor with scores on all four dimensions", () => {
    const accepted = links.filter((link) => link.status === "ACCEPTED");
    expect(accepted).toHaveLength(demoCompanies.filter((company) => company.role === "COMPETITOR").length);
    for (const link of accepted) {
      for (const { key } of POSITIONING_DIMENSIONS) {
        expect(link.positioningScores[key]).toBeGreaterThanOrEqual(0);
        expect(link.positioningScores[key]).toBeLessThanOrEqual(10);
      }
    }
    expect(Object.keys(demoOwnCompanyScores)).toHaveLength(4);
  });

  it("reference real companies, never a company itself, with suggestions and a dismissal", () => {
    for (const link of links) {
      expect(domains.has(link.subjectDomain) && domains.has(link.competitorDomain)).toBe(true);
      expect(link.subjectDomain).not.toBe(link.competitorDomain);
    }
    expect(links.filter((link) => link.status === "SUGGESTED")).toHaveLength(2);
    expect(links.filter((link) => link.status === "DISMISSED")).toHaveLength(1);
  });

  it("leave same-industry, same-size companies for the suggestion feature to find", () => {
    const own = demoCompanies.find((company) => company.role === "OWN_COMPANY")!;
    const linked = new Set(links.map((link) => link.competitorDomain));
    const candidates = demoCompanies.filter(
      (company) => company !== own && !linked.has(company.domain) && company.industry === own.industry && company.sizeBand === own.sizeBand && !company.archived,
    );
    expect(candidates.length).toBeGreaterThanOrEqual(1);
  });
});

describe("demo market data", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const points = demoMarketData(demoCompanies, now, seededRandom(42));

  it("covers a year up to now, with nothing in the future", () => {
    const times = points.map((point) => point.observedAt.getTime());
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    expect((now.getTime() - Math.min(...times)) / 86_400_000).toBeGreaterThan(330);
  });

  it("charts four metrics for the own company and one for prospects", () => {
    const own = demoCompanies.find((company) => company.role === "OWN_COMPANY")!;
    const ownMetrics = new Set(points.filter((point) => point.domain === own.domain).map((point) => point.metric));
    expect([...ownMetrics].sort()).toEqual(["Estimated ARR", "G2 rating", "Headcount", "Website visits"]);
    expect(points.filter((point) => point.domain === own.domain && point.metric === "Website visits")).toHaveLength(52);
    const prospect = demoCompanies.find((company) => company.role === "PROSPECT")!;
    expect(new Set(points.filter((point) => point.domain === prospect.domain).map((point) => point.metric))).toEqual(new Set(["Headcount"]));
  });

  it("is the same for the same seed", () => {
    expect(demoMarketData(demoCompanies, now, seededRandom(42))).toEqual(points);
  });
});
