import type { PositioningScores } from "../../companies/competitors/positioningDimensions";
import type { DemoCompany } from "./demoCompanies";

/** Northwind's own point on its competitor map. */
export const demoOwnCompanyScores: PositioningScores = { price: 7, productBreadth: 6, marketPresence: 4.5, growth: 8 };

export interface DemoCompetitorLink {
  subjectDomain: string;
  competitorDomain: string;
  status: "ACCEPTED" | "SUGGESTED" | "DISMISSED";
  positioningScores: PositioningScores;
  note: string | null;
}

const accepted: Record<string, { scores: PositioningScores; note: string }> = {
  "crestline-analytics.example": { scores: { price: 3, productBreadth: 8, marketPresence: 8, growth: 4 }, note: "Wins on services; slow to ship." },
  "signalpath.example": { scores: { price: 6, productBreadth: 5, marketPresence: 5, growth: 9 }, note: "AI-first messaging; closest head-to-head." },
  "orbital-metrics.example": { scores: { price: 9, productBreadth: 3, marketPresence: 2.5, growth: 7 }, note: "Cheapest option; thin feature set." },
  "helix-marketlabs.example": { scores: { price: 2, productBreadth: 7, marketPresence: 9.5, growth: 3 }, note: "Analyst brand; not self-serve." },
  "brightwave-data.example": { scores: { price: 5, productBreadth: 7, marketPresence: 6, growth: 5 }, note: "Bundles with CRM enrichment." },
  "granite-cloud.example": { scores: { price: 4, productBreadth: 9, marketPresence: 9, growth: 5.5 }, note: "Module inside a suite; a threat in enterprise deals." },
  "summit-signals.example": { scores: { price: 6.5, productBreadth: 4, marketPresence: 4, growth: 6 }, note: "Pricing data only." },
  "cirrus-intelligence.example": { scores: { price: 3.5, productBreadth: 6, marketPresence: 7, growth: 4.5 }, note: "Strong in France and Benelux." },
  "beacon-compete.example": { scores: { price: 8, productBreadth: 3.5, marketPresence: 3, growth: 8.5 }, note: "Battlecards; overlaps with our alerts." },
  "atlas-insight.example": { scores: { price: 2.5, productBreadth: 9.5, marketPresence: 8.5, growth: 4 }, note: "Full BI suite; long sales cycles." },
  "prism-market-ai.example": { scores: { price: 8.5, productBreadth: 2, marketPresence: 1.5, growth: 9.5 }, note: "New; chat-only today." },
  "keystone-research.example": { scores: { price: 4, productBreadth: 5, marketPresence: 6.5, growth: 3.5 }, note: "Survey panels; complementary more than rival." },
};

/**
 * The own company's competitor links: every COMPETITOR accepted with scores,
 * two open suggestions and one dismissed, keyed by domain for the seed.
 */
export function demoCompetitorLinks(companies: DemoCompany[]): DemoCompetitorLink[] {
  const own = companies.find((company) => company.role === "OWN_COMPANY");
  if (!own) return [];
  const links: DemoCompetitorLink[] = companies
    .filter((company) => company.role === "COMPETITOR" && accepted[company.domain])
    .map((company) => ({
      subjectDomain: own.domain,
      competitorDomain: company.domain,
      status: "ACCEPTED" as const,
      positioningScores: accepted[company.domain].scores,
      note: accepted[company.domain].note,
    }));
  for (const [domain, status] of [
    ["larkspur-insight.example", "SUGGESTED"],
    ["parallax-data.example", "SUGGESTED"],
    ["ember-analytics.example", "DISMISSED"],
  ] as const) {
    if (companies.some((company) => company.domain === domain)) {
      links.push({ subjectDomain: own.domain, competitorDomain: domain, status, positioningScores: {}, note: null });
    }
  }
  return links;
}
