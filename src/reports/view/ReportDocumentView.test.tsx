import { screen, within } from "@testing-library/react";
import { renderInContext } from "wasp/client/test";
import { describe, expect, test } from "vitest";
import type { ReportDocument } from "../reportDocument";
import { ReportDocumentView } from "./ReportDocumentView";
import { ReportProgress } from "./ReportProgress";

function documentWith(narrative: ReportDocument["narrative"]): ReportDocument {
  return {
    reportId: "r1",
    kind: "MARKET",
    title: "Market report: Northwind",
    workspaceName: "Demo",
    subject: { companyId: "c1", name: "Northwind", domain: "northwind.example", role: "OWN_COMPANY" },
    requestedByName: "Ada",
    createdAt: "2026-11-30T10:00:00.000Z",
    completedAt: "2026-11-30T10:00:05.000Z",
    sources: [
      { number: 1, kind: "firmographics", recordId: "c1", companyId: "c1", companyName: "Northwind", title: "Northwind: firmographics", facts: ["Employees: 1,240"], asOf: null, appPath: "/app/companies/c1", externalUrl: null },
      { number: 2, kind: "marketDataSeries", recordId: "c1/Visits", companyId: "c1", companyName: "Northwind", title: "Northwind: Visits", facts: ["Latest: 13,990 visits on 2026-11-30"], asOf: null, appPath: "/app/companies/c1#market-data", externalUrl: null },
    ],
    computed: {
      comparison: [
        { companyId: "c1", name: "Northwind", domain: "northwind.example", role: "OWN_COMPANY", isSubject: true, industry: "software", sizeBand: "LARGE", employeeCount: 1240, annualRevenue: 1e8, foundedYear: 2012, country: "Germany", scores: { price: 6 }, note: null, sourceNumbers: [1] },
      ],
      trends: [
        {
          companyId: "c1", companyName: "Northwind", isSubject: true, metric: "Visits", unit: "visits", latestValue: 13990, latestAt: "2026-11-30T00:00:00.000Z",
          firstAt: "2025-11-30T00:00:00.000Z", pointCount: 2, changes: [{ days: 365, from: 10000, absolute: 3990, percent: 0.399 }], annualGrowthRate: 0.399,
          chart: [{ t: "2025-11-30", v: 10000 }, { t: "2026-11-30", v: 13990 }], sourceNumber: 2,
        },
      ],
      segment: null,
      sentiment: { companies: [], mostPositive: [], mostNegative: [] },
      findings: [],
      changes: null,
    },
    narrative,
    grounding: { claimCount: 2, citedClaimCount: 2, unverifiedNumberCount: 1 },
    usage: { model: "gpt-4o-mini", promptTokens: 1000, completionTokens: 200, costUsd: 0.0003 },
  };
}

describe("ReportDocumentView", () => {
  test("shows claims with citation links to the sources list and marks unverified numbers", () => {
    renderInContext(
      <ReportDocumentView
        linkRecords
        chartWidth={600}
        document={documentWith({
          status: "written",
          model: "gpt-4o-mini",
          evidenceGaps: ["No pricing data."],
          sections: [
            { key: "executiveSummary", title: "Executive summary", kind: "facts", claims: [{ text: "Visits reached 13,990 and grew 52%.", citations: [2], unverifiedNumbers: ["52%"] }] },
            { key: "recommendations", title: "Recommendations", kind: "recommendations", claims: [{ text: "Double down on content.", citations: [1, 2], unverifiedNumbers: [] }] },
          ],
        })}
      />,
    );
    const lead = screen.getByTestId("report-lead");
    expect(within(lead).getByText(/Visits reached 13,990/)).toBeTruthy();
    expect(within(lead).getByTestId("unverified-number").textContent).toContain("52%");
    const citation = within(lead).getByRole("link", { name: "Source 2" });
    expect(citation.getAttribute("href")).toBe("#source-2");
    expect(document.getElementById("source-2")?.textContent).toContain("Northwind: Visits");
    expect(screen.getByText("advice, not a fact")).toBeTruthy();
    expect(screen.getByText("No pricing data.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Northwind: firmographics" }).getAttribute("href")).toBe("/app/companies/c1");
    expect(screen.getByTestId("grounding").textContent).toContain("2 claims, 2 cited, 1 unverified numbers");
    expect(screen.getByRole("img", { name: "Visits over time for 1 companies" }).querySelector("path.recharts-line-curve")).toBeTruthy();
  });

  test("with no LLM, says how to turn AI writing on and invents nothing", () => {
    renderInContext(<ReportDocumentView linkRecords={false} chartWidth={600} document={documentWith({ status: "not_configured", message: "AI writing is not configured: set OPENAI_API_KEY." })} />);
    expect(screen.getByTestId("ai-not-configured").textContent).toContain("set OPENAI_API_KEY");
    expect(screen.queryAllByTestId("claim")).toHaveLength(0);
    expect(screen.queryByTestId("report-analysis")).toBeNull();
    // Signed-out readers of a share link see sources without links into the app.
    expect(screen.queryByRole("link", { name: "Northwind: firmographics" })).toBeNull();
    expect(screen.getByText("Northwind: firmographics")).toBeTruthy();
  });
});

describe("ReportProgress", () => {
  test("shows the stage and the bar's value", () => {
    renderInContext(<ReportProgress status="ANALYSING" progressPercent={47} />);
    const bar = screen.getByRole("progressbar", { name: "Report progress" });
    expect(bar.getAttribute("aria-valuenow")).toBe("47");
    expect(screen.getByText("Analysing").getAttribute("aria-current")).toBe("step");
  });
});
