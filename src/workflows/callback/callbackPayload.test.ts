import { describe, expect, it } from "vitest";
import { workflowCallback } from "./callbackPayload";

const ids = { executionId: "00000000-0000-4000-8000-000000000001", workspaceId: "00000000-0000-4000-8000-000000000002" };
const companyId = "00000000-0000-4000-8000-000000000003";

describe("workflowCallback", () => {
  it("takes each kind of result", () => {
    for (const result of [
      { kind: "status", status: "running" },
      { kind: "status", status: "failed", error: "feed down" },
      { kind: "sentiment-mentions", companyId, mentions: [{ text: "Great", sourceName: "G2", publishedAt: "2026-11-01" }] },
      { kind: "market-data", companyId, points: [{ metric: "Visits", value: 10, observedAt: "2026-11-01" }] },
      { kind: "research-findings", companyId, findings: [{ text: "Raised", url: "https://x.test/a", source: "News" }] },
      { kind: "enrichment-facts", companyId, facts: { industry: "Analytics" } },
    ]) {
      expect(workflowCallback.safeParse({ ...ids, stepId: "s1", result }).success, result.kind).toBe(true);
    }
  });

  it("defaults a finding's category to news", () => {
    const parsed = workflowCallback.parse({ ...ids, stepId: "s", result: { kind: "research-findings", companyId, findings: [{ text: "t", url: "https://x.test", source: "s" }] } });
    expect(parsed.result.kind === "research-findings" && parsed.result.findings[0].category).toBe("NEWS");
  });

  it("refuses unknown kinds, extra keys, empty facts, endless lists and numbers that are not", () => {
    const bad = [
      { kind: "gossip" },
      { kind: "status", status: "running", extra: 1 },
      { kind: "enrichment-facts", companyId, facts: {} },
      { kind: "research-findings", companyId, findings: [{ text: "t", url: "javascript:alert(1)", source: "s" }] },
      { kind: "sentiment-mentions", companyId, mentions: [{ text: "t", sourceName: "s", sourceUrl: "data:text/html,hi", publishedAt: "2026-11-01" }] },
      { kind: "market-data", companyId, points: [{ metric: "Visits", value: Number.NaN, observedAt: "2026-11-01" }] },
      { kind: "research-findings", companyId, findings: Array.from({ length: 201 }, () => ({ text: "t", url: "https://x.test", source: "s" })) },
    ];
    for (const result of bad) expect(workflowCallback.safeParse({ ...ids, stepId: "s", result }).success, JSON.stringify(result).slice(0, 60)).toBe(false);
  });
});
