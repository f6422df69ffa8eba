import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../integration/support/database";
import { callOperation, signUpVerifiedUser } from "../integration/support/httpClient";
import { insertCompanies, workspaceIdOf } from "../integration/support/workspaces";
import { appliedSteps, executionEnded } from "./support";

/**
 * Market research and sentiment collection started through the app's
 * startCompanyWorkflow, run by the repo's workflows in the real n8n against
 * the NewsAPI and Hacker News stand-ins, and called back into the app.
 */
let alice: { email: string; sessionId: string };
const companies: Record<string, string> = {};
const suffix = randomUUID().slice(0, 8);

beforeAll(async () => {
  alice = await signUpVerifiedUser("n8n-company");
  Object.assign(companies, await insertCompanies(await workspaceIdOf(alice.email), [
    { name: `Northwind ${suffix}`, domain: `northwind-${suffix}.example`, role: "COMPETITOR" },
    { name: `Quiet ${suffix}`, domain: `quiet-${suffix}.example`, role: "COMPETITOR" },
    { name: `Outage ${suffix}`, domain: `outage-${suffix}.example`, role: "COMPETITOR" },
  ]));
}, 60_000);

/** A company's id by its name's first word ("Northwind"): insertCompanies keys them by domain. */
const companyId = (name: string) => companies[`${name.split(" ")[0].toLowerCase()}-${suffix}.example`];

const start = async (company: string, workflow: "market-research" | "sentiment-collection") => {
  const started = await callOperation<{ executionId: string }>("start-company-workflow", { companyId: companyId(company), workflow }, alice.sessionId);
  expect(started.status).toBe(200);
  return started.body.executionId;
};

describe("company workflows in the real n8n", () => {
  it("market research: the company's news becomes categorised findings on it, and the execution succeeds", async () => {
    const executionId = await start(`Northwind ${suffix}`, "market-research");
    const execution = await executionEnded(executionId);
    expect(execution).toMatchObject({ status: "SUCCEEDED", errorMessage: null });
    expect(execution.finishedAt!.getTime()).toBeGreaterThanOrEqual(execution.startedAt!.getTime());
    const findings = await queryRows<{ kind: string; sourceUrl: string; companyId: string; content: string }>(
      `SELECT kind::text AS kind, "sourceUrl", "companyId", content FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1 ORDER BY "sourceUrl"`,
      [executionId],
    );
    const slug = `northwind-${suffix}`;
    expect(findings.map(({ kind, sourceUrl }) => ({ kind, sourceUrl }))).toEqual([
      { kind: "HIRING_SIGNAL", sourceUrl: `https://news.example.test/${slug}/hiring` },
      { kind: "NEWS", sourceUrl: `https://news.example.test/${slug}/keynote` },
      { kind: "PRODUCT_CHANGE", sourceUrl: `https://news.example.test/${slug}/pricing` },
      { kind: "FUNDING", sourceUrl: `https://news.example.test/${slug}/series-b` },
    ]);
    expect(findings.every((finding) => finding.companyId === companyId("Northwind"))).toBe(true);
    expect(findings.find((finding) => finding.kind === "FUNDING")!.content).toContain("raises $40M Series B");
    expect(await appliedSteps(executionId)).toEqual(["started", "findings", "finished"]);
  });

  it("market research with no news: succeeds with no findings", async () => {
    const executionId = await start(`Quiet ${suffix}`, "market-research");
    expect((await executionEnded(executionId)).status).toBe("SUCCEEDED");
    expect(await queryRows(`SELECT id FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1`, [executionId])).toEqual([]);
    expect(await appliedSteps(executionId)).toEqual(["started", "finished"]);
  });

  it("sentiment collection: Hacker News mentions are stored scored, positive and negative", async () => {
    const executionId = await start(`Northwind ${suffix}`, "sentiment-collection");
    expect((await executionEnded(executionId)).status).toBe("SUCCEEDED");
    const mentions = await queryRows<{ sentimentScore: number; sourceUrl: string; content: string }>(
      `SELECT "sentimentScore", "sourceUrl", content FROM "MarketIntelligence" WHERE "workflowExecutionId" = $1 AND kind = 'SENTIMENT' ORDER BY "observedAt" DESC`,
      [executionId],
    );
    expect(mentions.map((mention) => mention.sourceUrl)).toEqual(["https://news.ycombinator.com/item?id=41000101", "https://news.ycombinator.com/item?id=41000102"]);
    expect(mentions[0].sentimentScore).toBeGreaterThan(0);
    expect(mentions[1].sentimentScore).toBeLessThan(0);
    // The workflow turned Algolia's HTML into text.
    expect(mentions[0].content).toContain("it's been excellent");
    expect(mentions[0].content).not.toMatch(/<i>|&#x27;/);
  });

  it("a source answering an error: the execution fails with the source's reason, nothing else is written", async () => {
    const research = await start(`Outage ${suffix}`, "market-research");
    const sentiment = await start(`Outage ${suffix}`, "sentiment-collection");
    const [researchRun, sentimentRun] = await Promise.all([executionEnded(research), executionEnded(sentiment)]);
    expect(researchRun.status).toBe("FAILED");
    expect(researchRun.errorMessage).toMatch(/^NewsAPI answered 500: This shouldn't happen/);
    expect(researchRun.errorMessage).toContain("our fault, not yours");
    expect(sentimentRun.status).toBe("FAILED");
    expect(sentimentRun.errorMessage).toBe("The Hacker News search answered 503: Service Unavailable");
    expect(await appliedSteps(research)).toEqual(["started", "failed"]);
    expect(await queryRows(`SELECT id FROM "MarketIntelligence" WHERE "workflowExecutionId" = ANY($1::text[])`, [[research, sentiment]])).toEqual([]);
  });
});
