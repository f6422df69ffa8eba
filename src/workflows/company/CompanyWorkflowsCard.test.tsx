import { screen, within } from "@testing-library/react";
import { mockServer, renderInContext } from "wasp/client/test";
import { getCompanyFindings, getCompanyWorkflowRuns } from "wasp/client/operations";
import { describe, expect, test } from "vitest";
import { CompanyWorkflowsCard } from "./CompanyWorkflowsCard";
import { ResearchFindingsSection } from "./ResearchFindingsSection";
import type { CompanyWorkflows } from "../operations";

const { mockQuery } = mockServer();
const companyId = "11111111-1111-4111-8111-111111111111";
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 10, 0, seconds));

const runs: CompanyWorkflows["runs"] = [
  { id: "r1", workflow: "sentiment-collection", label: "Sentiment collection", status: "RUNNING", createdAt: at(0), startedAt: at(1), finishedAt: null, errorMessage: null, resultsCount: 0 },
  { id: "r2", workflow: "market-research", label: "Market research", status: "SUCCEEDED", createdAt: at(0), startedAt: at(2), finishedAt: at(14), errorMessage: null, resultsCount: 3 },
  { id: "r3", workflow: "market-research", label: "Market research", status: "FAILED", createdAt: at(0), startedAt: null, finishedAt: at(5), errorMessage: "n8n answered 503 (after 5 attempts)", resultsCount: 0 },
];

describe("CompanyWorkflowsCard", () => {
  test("offers each workflow, marks the one running, and lists runs with their outcome and errors", async () => {
    mockQuery(getCompanyWorkflowRuns, {
      workflows: [
        { key: "market-research", label: "Market research", unavailableReason: null },
        { key: "sentiment-collection", label: "Sentiment collection", unavailableReason: null },
      ],
      runs,
    });
    renderInContext(<CompanyWorkflowsCard companyId={companyId} onRunEnded={() => {}} />);
    expect(await screen.findByRole("button", { name: "Run market research" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Sentiment collection running…" })).toBeDisabled();
    const rows = within(screen.getByRole("list", { name: "Workflow runs" })).getAllByTestId("workflow-run");
    expect(rows.map((row) => within(row).getByTestId("workflow-run-status").textContent)).toEqual(["Running", "Succeeded", "Failed"]);
    expect(rows[1]).toHaveTextContent("took 12 s · 3 results");
    expect(rows[2]).toHaveTextContent("n8n answered 503 (after 5 attempts)");
  });

  test("says why nothing can start when n8n is not configured", async () => {
    const reason = "Workflows are not configured on this server: set N8N_URL (or the n8n URL in the workflow settings) and N8N_WEBHOOK_SECRET.";
    mockQuery(getCompanyWorkflowRuns, {
      workflows: [
        { key: "market-research", label: "Market research", unavailableReason: reason },
        { key: "sentiment-collection", label: "Sentiment collection", unavailableReason: reason },
      ],
      runs: [],
    });
    renderInContext(<CompanyWorkflowsCard companyId={companyId} onRunEnded={() => {}} />);
    expect(await screen.findByRole("button", { name: "Run market research" })).toBeDisabled();
    expect(screen.getByText(reason)).toBeInTheDocument();
    expect(screen.getByText("No runs yet.")).toBeInTheDocument();
  });
});

describe("ResearchFindingsSection", () => {
  test("lists findings with their kind, day, source and link, and says how many there are in all", async () => {
    mockQuery(getCompanyFindings, {
      totalCount: 25,
      findings: [
        { id: "f1", kind: "FUNDING", title: "Series B", content: "Acme raised a $24M Series B.", sourceName: "TechCrunch", sourceUrl: "https://news.example.com/acme/series-b", observedAt: new Date("2026-11-28T00:00:00Z"), workflowExecutionId: "r2" },
        { id: "f2", kind: "HIRING_SIGNAL", title: "Hiring", content: "Acme is hiring 14 AEs.", sourceName: null, sourceUrl: "javascript:alert(1)", observedAt: new Date("2026-11-20T00:00:00Z"), workflowExecutionId: "r2" },
      ],
    });
    renderInContext(<ResearchFindingsSection companyId={companyId} />);
    const items = await screen.findAllByTestId("research-finding");
    expect(items[0]).toHaveTextContent("Funding2026-11-28TechCrunch");
    expect(within(items[0]).getByRole("link", { name: "https://news.example.com/acme/series-b" })).toHaveAttribute("rel", "noreferrer noopener");
    expect(items[1]).toHaveTextContent("Hiring2026-11-20");
    expect(within(items[1]).queryByRole("link")).toBeNull();
    expect(screen.getByText("The latest 2 of 25 findings.")).toBeInTheDocument();
  });
});
