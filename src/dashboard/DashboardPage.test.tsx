import { screen } from "@testing-library/react";
import { renderInContext } from "wasp/client/test";
import { describe, expect, test } from "vitest";
import { DashboardSummaryView } from "./DashboardPage";
import type { DashboardSummary } from "./operations";

const emptyWorkspace: DashboardSummary = {
  workspaceName: "Ada's workspace",
  companyCount: 0,
  competitorCount: 0,
  reportCount: 0,
  credits: 3,
  checklist: { hasCompanies: false, hasApolloKey: false, hasReport: false },
  recentReports: [],
  marketMoves: [],
  sentimentShifts: [],
  competitorChanges: [],
};

describe("the dashboard", () => {
  test("a new, empty workspace gets a start checklist instead of a row of zeros", () => {
    renderInContext(<DashboardSummaryView summary={emptyWorkspace} />);
    expect(screen.getByText("Ada's workspace")).toBeTruthy();
    expect(screen.getByTestId("start-checklist").textContent).toContain("Add or import the companies");
    expect(screen.getByRole("link", { name: "Connect Apollo →" }).getAttribute("href")).toBe("/app/apollo");
    expect(screen.queryByText("Tracked companies")).toBeNull();
  });

  test("a working workspace shows its counts, recent reports, market moves as a chart and sentiment shifts", () => {
    renderInContext(
      <DashboardSummaryView
        chartWidth={500}
        summary={{
          ...emptyWorkspace,
          companyCount: 52,
          competitorCount: 9,
          reportCount: 3,
          credits: 7,
          checklist: { hasCompanies: true, hasApolloKey: true, hasReport: true },
          recentReports: [{ id: "r1", title: "Market report: Northwind", kind: "MARKET", status: "COMPLETED", subjectName: "Northwind", createdAt: new Date("2026-11-30") }],
          marketMoves: [{ companyId: "c1", companyName: "Acme", role: "COMPETITOR", metric: "Headcount", unit: null, from: 100, to: 130, change: 0.3 }],
          sentimentShifts: [{ companyId: "c1", companyName: "Acme", role: "COMPETITOR", before: 0.4, after: 0.1, delta: -0.3, recentMentions: 12 }],
        }}
      />,
    );
    expect(screen.queryByTestId("start-checklist")).toBeNull();
    expect(screen.getByText("52")).toBeTruthy();
    expect(screen.getByRole("link", { name: /Tracked companies/ }).getAttribute("href")).toBe("/app/companies");
    expect(screen.getByRole("link", { name: "Market report: Northwind" }).getAttribute("href")).toBe("/app/reports/r1");
    expect(screen.getByRole("img", { name: /Acme: Headcount 30%/ }).querySelector(".recharts-bar-rectangle")).toBeTruthy();
    expect(screen.getByText("0.40 → 0.10 (-0.30)")).toBeTruthy();
  });
});
