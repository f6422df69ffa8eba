import { describe, expect, it } from "vitest";
import { buildSources } from "../../../src/reports/sources/buildSources";
import { computeSections } from "../../../src/reports/computed/computeSections";
import { AS_OF, dailySeries, sampleReportInput } from "../../fixtures/reportInputs";

describe("report sources", () => {
  it("numbers every record once, in a stable order starting with the subject", () => {
    const { sources } = buildSources(sampleReportInput());
    expect(sources.map((source) => source.number)).toEqual(sources.map((_, index) => index + 1));
    expect(sources.map((source) => `${source.kind}:${source.recordId}`)).toEqual([
      "firmographics:subject-1",
      "firmographics:rival-b",
      "competitorLink:link-b",
      "firmographics:rival-a",
      "competitorLink:link-a",
      "segment:computer software/LARGE",
      "marketDataSeries:subject-1/Website visits",
      "marketDataSeries:rival-a/Website visits",
      "sentimentSummary:subject-1",
      "mention:mention-1",
      "mention:mention-2",
      "workflowFinding:finding-1",
    ]);
  });

  it("writes facts with exact numbers, fetch dates and links to the records", () => {
    const { sources } = buildSources(sampleReportInput());
    const subject = sources[0];
    expect(subject.title).toBe("Northwind: firmographics (apollo, fetched 2026-11-20)");
    expect(subject.facts).toContain("Employees: 1,240");
    expect(subject.facts).toContain("Annual revenue: $118,000,000");
    expect(subject.appPath).toBe("/app/companies/subject-1");
    const link = sources.find((source) => source.recordId === "link-a")!;
    expect(link.facts).toEqual([
      "Acme Analytics is a linked competitor of Northwind",
      "Price competitiveness: 7 out of 10",
      "Growth: 3 out of 10",
      "Note: Cheaper, narrower",
    ]);
    expect(link.appPath).toBe("/app/companies/subject-1/competitors");
    const mention = sources.find((source) => source.kind === "mention")!;
    expect(mention.facts[0]).toBe('"Love the new dashboards"');
    expect(mention.externalUrl).toBe("https://g2.example/r/1");
  });

  it("states a series' latest value, its changes and growth rate", () => {
    const { sources } = buildSources(sampleReportInput());
    const visits = sources.find((source) => source.recordId === "subject-1/Website visits")!;
    // 400 daily points from 10,000 growing by 10 a day: latest 13,990.
    expect(visits.facts).toContain("Latest: 13,990 visits on 2026-11-30");
    expect(visits.facts).toContain("Change over 30 days: +300 (+2.2%) from 13,690 visits");
    expect(visits.facts).toContain("Change over 365 days: +3,650 (+35.3%) from 10,340 visits");
    expect(visits.facts).toContain("Annual growth rate: +35.3%");
    const shortSeries = sources.find((source) => source.recordId === "rival-a/Website visits")!;
    expect(shortSeries.facts.some((fact) => fact.startsWith("Change over 90 days"))).toBe(false);
  });
});

describe("computed sections", () => {
  it("puts the subject first in the comparison, competitors by name, each citing its sources", () => {
    const data = sampleReportInput();
    const { index } = buildSources(data);
    const sections = computeSections(data, index);
    expect(sections.comparison.map((row) => row.name)).toEqual(["Northwind", "Acme Analytics", "Brightdata"]);
    expect(sections.comparison[0]).toMatchObject({ isSubject: true, scores: { price: 6, growth: 8 }, sourceNumbers: [1] });
    expect(sections.comparison[1]).toMatchObject({ isSubject: false, note: "Cheaper, narrower", sourceNumbers: [4, 5] });
  });

  it("computes trends exactly: changes over the windows the series reaches, compound growth", () => {
    const data = sampleReportInput();
    const sections = computeSections(data, buildSources(data).index);
    const subjectVisits = sections.trends.find((trend) => trend.isSubject)!;
    expect(subjectVisits.latestValue).toBe(13_990);
    expect(subjectVisits.changes.map((change) => [change.days, change.absolute])).toEqual([
      [30, 300],
      [90, 900],
      [365, 3650],
    ]);
    expect(subjectVisits.annualGrowthRate).toBeCloseTo(13_990 / 10_340 - 1, 10);
    expect(subjectVisits.chart).toHaveLength(400);
    const rivalVisits = sections.trends.find((trend) => trend.companyId === "rival-a")!;
    expect(rivalVisits.changes.map((change) => change.days)).toEqual([30]);
    expect(rivalVisits.annualGrowthRate).toBeCloseTo(Math.pow(4705 / 5000, 365 / 59) - 1, 10);
  });

  it("has no growth rate for under 30 days of data or non-positive values", () => {
    const data = sampleReportInput({ series: [dailySeries("subject-1", "Churn", "%", 20, 5, 0.1), dailySeries("subject-1", "Net", null, 100, -5, 0.1)] });
    const sections = computeSections(data, buildSources(data).index);
    expect(sections.trends.map((trend) => trend.annualGrowthRate)).toEqual([null, null]);
  });

  it("reports the sentiment shares, the quoted mentions and the findings with their source numbers", () => {
    const data = sampleReportInput();
    const sections = computeSections(data, buildSources(data).index);
    expect(sections.sentiment.companies[0]).toMatchObject({ mentionCount: 4, positiveShare: 0.5, negativeShare: 0.25, sourceNumber: 9 });
    expect(sections.sentiment.mostPositive[0]).toMatchObject({ text: "Love the new dashboards", sourceNumber: 10 });
    expect(sections.findings).toEqual([
      expect.objectContaining({ companyName: "Acme Analytics", kind: "FUNDING", sourceNumber: 12 }),
    ]);
    expect(sections.changes).toBeNull();
  });

  it("says what changed since the previous report: competitors, metric moves, sentiment shifts", () => {
    const earlierData = sampleReportInput({
      competitors: sampleReportInput().competitors.filter((link) => link.linkId === "link-b"),
      series: [dailySeries("subject-1", "Website visits", "visits", 300, 10_000, 10)],
      sentiment: [{ ...sampleReportInput().sentiment[0], averageScore: 0.6 }],
    });
    const previousComputed = computeSections(earlierData, buildSources(earlierData).index);
    const data = sampleReportInput({ previous: { id: "report-0", completedAt: new Date(AS_OF.getTime() - 86_400_000), computed: previousComputed } });
    const { changes } = computeSections(data, buildSources(data).index);
    expect(changes).toMatchObject({
      previousReportId: "report-0",
      competitorsAdded: [{ companyId: "rival-a", name: "Acme Analytics" }],
      competitorsRemoved: [],
      metricMoves: [{ companyId: "subject-1", metric: "Website visits", before: 12_990, after: 13_990 }],
      sentimentShifts: [{ companyId: "subject-1", before: 0.6, after: 0.25 }],
    });
    expect(changes!.metricMoves[0].percent).toBeCloseTo(1000 / 12_990, 10);
    expect(changes!.sentimentShifts[0].delta).toBeCloseTo(-0.35, 10);
  });
});
