import { screen } from "@testing-library/react";
import { renderInContext } from "wasp/client/test";
import { expect, test } from "vitest";
import { DashboardSummaryView } from "./DashboardPage";

test("shows the workspace, its counts and links to each section", () => {
  renderInContext(
    <DashboardSummaryView
      summary={{
        workspaceName: "Ada's workspace",
        companyCount: 52,
        competitorCount: 9,
        reportCount: 3,
        runningWorkflowCount: 1,
        credits: 7,
      }}
    />,
  );

  expect(screen.getByText("Ada's workspace")).toBeTruthy();
  expect(screen.getByText("52")).toBeTruthy();
  expect(screen.getByText("9")).toBeTruthy();
  expect(screen.getByText("Credits left: 7")).toBeTruthy();
  expect(screen.getByRole("link", { name: /Tracked companies/ }).getAttribute("href")).toBe("/app/companies");
  expect(screen.getByRole("link", { name: /Market reports/ }).getAttribute("href")).toBe("/app/reports");
});
