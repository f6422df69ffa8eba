import type { ReportSource } from "../../../src/reports/reportDocument";

const source = (number: number, kind: ReportSource["kind"], title: string, facts: string[], asOf: string | null = "2025-03-01T09:30:00.000Z"): ReportSource => ({
  number,
  kind,
  recordId: `record-${number}`,
  companyId: number <= 6 ? "acme" : "rival",
  companyName: number <= 6 ? "Acme Analytics" : "Rival Insights",
  title,
  facts,
  asOf,
  appPath: `/companies/${number <= 6 ? "acme" : "rival"}`,
  externalUrl: null,
});

/** Twelve sources of the kinds the report job gathers, with figures written the ways the app writes them. */
export function sampleSources(): ReportSource[] {
  return [
    source(1, "firmographics", "Acme Analytics: firmographics", ["Industry: computer software", "Employees: 1,213", "Annual revenue: $4,123,456", "Founded: 2009", "Country: Germany"]),
    source(2, "marketDataSeries", "Acme Analytics: web visits (monthly)", ["Latest: 85,400 on 2025-02-28", "Change over 90 days: -12.34 %", "Change over 365 days: +8.1 %", "Growth rate: 0.081 per year"]),
    source(3, "marketDataSeries", "Acme Analytics: job openings", ["Latest: 42 on 2025-02-28", "Change over 30 days: +5 (+13.5 %)"]),
    source(4, "segment", "Segment: computer software, 201-1000 employees", ["Companies in the segment: 14", "Median headcount: 480", "Acme ranks 3 of 14 by headcount"]),
    source(5, "sentimentSummary", "Acme Analytics: sentiment", ["Mentions: 318", "Average score: 0.21", "Positive share: 0.46", "Negative share: 0.17"]),
    source(6, "mention", "Mention on G2 by a verified user", ["Score: 0.8", "Text: Setup took 2 days and support answered within 1 hour."], "2025-02-11T00:00:00.000Z"),
    source(7, "firmographics", "Rival Insights: firmographics", ["Industry: computer software", "Employees: 2,480", "Annual revenue: $12.4M", "Founded: 2004"]),
    source(8, "competitorLink", "Rival Insights as a competitor of Acme Analytics", ["Price: 4 of 5", "Product breadth: 5 of 5", "Market presence: 4 of 5", "Growth: 3 of 5", "Note: wins enterprise deals"]),
    source(9, "marketDataSeries", "Rival Insights: web visits (monthly)", ["Latest: 214,000 on 2025-02-28", "Change over 90 days: +3.2 %"]),
    source(10, "sentimentSummary", "Rival Insights: sentiment", ["Mentions: 1,024", "Average score: -0.05"]),
    source(11, "workflowFinding", "Rival Insights: pricing page changed", ["Kind: pricing", "Entry plan raised from $49 to $59 per seat"], "2025-02-20T00:00:00.000Z"),
    source(12, "mention", "Mention on Reddit", ["Score: -0.6", "Text: Rival's new pricing is hard to justify."], null),
  ];
}
