import { beforeAll, describe, expect, it } from "vitest";
import { seedReportWorkspace } from "../fixtures/reportWorkspace";
import { queryRows } from "./support/database";
import { signUpVerifiedUser } from "./support/httpClient";
import { creditsOf, requestReport, waitForReportToEnd, type ReportViewBody } from "./support/reports";
import { testEnvironment } from "./support/testEnvironment";
import { workspaceIdOf } from "./support/workspaces";

/**
 * The narrative sections through the real openai SDK, pointed at the OpenAI
 * stand-in: the subject's domain picks how the stand-in answers. Every bad
 * answer ends in the right report state and credit balance.
 */
type StandInRequest = { messages: { role: string; content: string }[]; isRetry: boolean; status: number | null };

async function standInRequestsAbout(domain: string): Promise<StandInRequest[]> {
  const response = await fetch(`${testEnvironment.openAiStandInUrl}/__stand-in/requests`);
  const requests = (await response.json()) as StandInRequest[];
  return requests.filter((request) => request.messages.some((message) => typeof message.content === "string" && message.content.includes(domain)));
}

describe("AI-written report sections", () => {
  let user: { email: string; sessionId: string };
  let workspaceId: string;

  beforeAll(async () => {
    user = await signUpVerifiedUser("writing");
    workspaceId = await workspaceIdOf(user.email);
    await queryRows(`UPDATE "Workspace" SET credits = 100 WHERE id = $1`, [workspaceId]);
  });

  /** A fresh subject whose domain selects the stand-in's scenario; the report run to its end. */
  async function reportFor(scenario: string): Promise<{ report: ReportViewBody; domain: string; creditsBefore: number }> {
    const label = `${scenario}-${Math.random().toString(36).slice(2, 8)}`;
    const domain = `llm-${label}.example.com`;
    const seeded = await seedReportWorkspace(queryRows, workspaceId, label, domain);
    const creditsBefore = await creditsOf(workspaceId);
    const asked = await requestReport(user.sessionId, seeded.subjectId);
    expect(asked.status).toBe(200);
    return { report: await waitForReportToEnd(user.sessionId, asked.body.id, 45_000), domain, creditsBefore };
  }

  it("writes every section from the sources, each claim citing sources that exist, and records tokens and cost", async () => {
    const { report, domain, creditsBefore } = await reportFor("valid");
    expect(report.status).toBe("COMPLETED");
    const { narrative, sources, grounding, usage } = report.document!;
    expect(narrative.status).toBe("written");
    const claims = narrative.sections!.flatMap((section) => section.claims);
    expect(narrative.sections!.map((section) => section.key)).toEqual([
      "executiveSummary", "marketOverview", "positioning", "strengths", "weaknesses", "opportunities", "threats", "risks", "recommendations",
    ]);
    expect(claims.length).toBeGreaterThan(9);
    for (const claim of claims) {
      expect(claim.citations.length).toBeGreaterThan(0);
      for (const citation of claim.citations) expect(citation).toBeLessThanOrEqual(sources.length);
    }
    expect(grounding).toEqual({ claimCount: claims.length, citedClaimCount: claims.length, unverifiedNumberCount: 0 });
    expect(usage.model).toBe("gpt-4o-mini");
    expect(usage.promptTokens).toBeGreaterThan(0);
    expect(usage.completionTokens).toBeGreaterThan(0);
    expect(usage.costUsd).toBeGreaterThan(0);
    expect(await creditsOf(workspaceId)).toBe(creditsBefore - 1);
    const requests = await standInRequestsAbout(domain);
    expect(requests).toHaveLength(1);
    // The prompt carries the numbered sources the claims cite.
    expect(requests[0].messages.map((message) => message.content).join("\n")).toContain(`[1] ${sources[0].title}`);
  });

  it("marks a number that no cited source holds as unverified, and counts it", async () => {
    const { report } = await reportFor("unverified-number");
    expect(report.status).toBe("COMPLETED");
    const flagged = report.document!.narrative.sections!.flatMap((section) => section.claims).filter((claim) => claim.unverifiedNumbers.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged[0].unverifiedNumbers).toContain("7,777,777");
    expect(report.document!.grounding.unverifiedNumberCount).toBe(flagged.reduce((sum, claim) => sum + claim.unverifiedNumbers.length, 0));
  });

  it.each([
    ["truncated-once"],
    ["schema-violation-once"],
    ["bad-citation-once"],
    ["refusal-once"],
  ])("%s: asks once more stating the problem, completes, and sums the tokens of both answers", async (scenario) => {
    const { report, domain, creditsBefore } = await reportFor(scenario);
    expect(report.status).toBe("COMPLETED");
    const requests = await standInRequestsAbout(domain);
    expect(requests.map((request) => request.isRetry)).toEqual([false, true]);
    expect(requests[1].messages.at(-1)!.content).toMatch(/previous answer/i);
    const [row] = await queryRows<{ promptTokens: number }>(`SELECT "promptTokens" FROM "MarketReport" WHERE id = $1`, [report.id]);
    expect(row.promptTokens).toBe(report.document!.usage.promptTokens);
    expect(report.document!.usage.promptTokens).toBeGreaterThan(0);
    expect(await creditsOf(workspaceId)).toBe(creditsBefore - 1);
  });

  it.each([
    ["truncated", /cut off/i],
    ["schema-violation", /shape|schema/i],
    ["bad-citation", /999/],
    ["refusal", /refusal/i],
    ["empty", /empty|nothing/i],
  ])("%s twice: fails with the reason, after exactly one retry, spending no credit", async (scenario, reason) => {
    const { report, domain, creditsBefore } = await reportFor(scenario);
    expect(report.status).toBe("FAILED");
    expect(report.errorMessage).toMatch(reason);
    expect(report.creditsSpent).toBe(0);
    expect(await creditsOf(workspaceId)).toBe(creditsBefore);
    expect((await standInRequestsAbout(domain)).map((request) => request.isRetry)).toEqual([false, true]);
    const [row] = await queryRows<{ promptTokens: number; status: string }>(`SELECT "promptTokens", status FROM "MarketReport" WHERE id = $1`, [report.id]);
    // The rejected answers were paid for: their tokens are recorded on the failed report.
    expect(row.promptTokens).toBeGreaterThan(0);
  });

  it("429 then success: the SDK's own retry gets the answer", async () => {
    const { report, domain, creditsBefore } = await reportFor("rate-limited-once");
    expect(report.status).toBe("COMPLETED");
    expect((await standInRequestsAbout(domain)).map((request) => request.status)).toEqual([429, 200]);
    expect(await creditsOf(workspaceId)).toBe(creditsBefore - 1);
  });

  it.each([
    ["insufficient-quota", /quota/i, 1],
    ["server-error", /unavailable|500|try again/i, 2],
  ])("%s: fails with what to do, spending no credit", async (scenario, reason, requestCount) => {
    const { report, domain, creditsBefore } = await reportFor(scenario);
    expect(report.status).toBe("FAILED");
    expect(report.errorMessage).toMatch(reason);
    expect(await creditsOf(workspaceId)).toBe(creditsBefore);
    // Quota never comes back: one request, no retries. A 5xx is retried once by the SDK (OPENAI_MAX_RETRIES=1).
    expect(await standInRequestsAbout(domain)).toHaveLength(requestCount);
  });

  it("a request that never answers fails at the configured timeout", async () => {
    const started = Date.now();
    const { report, creditsBefore } = await reportFor("hang");
    expect(report.status).toBe("FAILED");
    expect(report.errorMessage).toMatch(/did not answer|timed out|time/i);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await creditsOf(workspaceId)).toBe(creditsBefore);
  });
});
