import type { DemoCompany } from "./demoCompanies";

export interface DemoMarketDataPoint {
  domain: string;
  metric: string;
  value: number;
  unit: string;
  observedAt: Date;
  source: "MANUAL" | "CSV" | "APOLLO" | "WORKFLOW";
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKS = 52;
const MONTHS = 12;

/**
 * A year of market data up to `now`: weekly website visits and monthly
 * headcount, estimated ARR and G2 rating for the own company and its
 * competitors; monthly headcount for prospects. Trends are growth plus noise,
 * drawn from `random` so a seeded generator gives the same year every time.
 */
export function demoMarketData(companies: DemoCompany[], now: Date, random: () => number): DemoMarketDataPoint[] {
  const points: DemoMarketDataPoint[] = [];
  const noise = (spread: number) => 1 + (random() - 0.5) * 2 * spread;
  const monthsAgo = (months: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));

  for (const company of companies) {
    if (company.archived) continue;
    const tracked = company.role === "OWN_COMPANY" || company.role === "COMPETITOR";
    if (!tracked && company.role !== "PROSPECT") continue;
    const yearlyGrowth = 0.05 + random() * 0.45;

    for (let month = MONTHS - 1; month >= 0; month -= 1) {
      const shrink = (1 + yearlyGrowth) ** (-month / MONTHS);
      points.push({
        domain: company.domain,
        metric: "Headcount",
        value: Math.max(1, Math.round(company.employeeCount * shrink * noise(0.02))),
        unit: "employees",
        observedAt: monthsAgo(month),
        source: "APOLLO",
      });
      if (!tracked) continue;
      points.push({
        domain: company.domain,
        metric: "Estimated ARR",
        value: Math.round((company.annualRevenue * shrink * noise(0.03)) / 1000) * 1000,
        unit: "USD",
        observedAt: monthsAgo(month),
        source: "WORKFLOW",
      });
      points.push({
        domain: company.domain,
        metric: "G2 rating",
        value: Math.round(Math.min(4.9, Math.max(3.5, 4.2 + (random() - 0.5) * 0.6)) * 10) / 10,
        unit: "stars",
        observedAt: monthsAgo(month),
        source: "MANUAL",
      });
    }
    if (!tracked) continue;
    const baseVisits = 2_000 + company.employeeCount * 40;
    for (let week = WEEKS - 1; week >= 0; week -= 1) {
      const shrink = (1 + yearlyGrowth) ** (-week / WEEKS);
      points.push({
        domain: company.domain,
        metric: "Website visits",
        value: Math.round(baseVisits * shrink * noise(0.12)),
        unit: "visits",
        observedAt: new Date(now.getTime() - week * 7 * DAY_MS),
        source: "WORKFLOW",
      });
    }
  }
  return points;
}
