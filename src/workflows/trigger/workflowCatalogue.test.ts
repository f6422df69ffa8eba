import { describe, expect, it } from "vitest";
import { triggerAnswerOf, webhookUrlOf, workflowCatalogue } from "./workflowCatalogue";

describe("triggerAnswerOf", () => {
  it("accepts 2xx, tries again after no answer, 5xx and 429, and gives up on other 4xx with what to do", () => {
    expect(triggerAnswerOf(200, "")).toEqual({ kind: "accepted" });
    expect(triggerAnswerOf(null, "connect ECONNREFUSED")).toEqual({ kind: "retry", reason: "n8n could not be reached: connect ECONNREFUSED" });
    expect(triggerAnswerOf(503, "down")).toEqual({ kind: "retry", reason: "n8n answered 503: down" });
    expect(triggerAnswerOf(429, "").kind).toBe("retry");
    expect(triggerAnswerOf(403, "Authorization data is wrong!")).toMatchObject({ kind: "refused", reason: expect.stringMatching(/shared secret/) });
    expect(triggerAnswerOf(404, "")).toMatchObject({ kind: "refused", reason: expect.stringMatching(/no active workflow/) });
    expect(triggerAnswerOf(422, "bad")).toEqual({ kind: "refused", reason: "n8n answered 422: bad" });
  });

  it("each workflow has a webhook path under hyperformant/ and a timeout", () => {
    for (const workflow of Object.values(workflowCatalogue)) {
      expect(workflow.webhookPath).toMatch(/^hyperformant\/[a-z-]+$/);
      expect(workflow.timeoutMinutes).toBeGreaterThan(0);
    }
  });
});

describe("webhookUrlOf", () => {
  it("puts /webhook/<path> under n8n's root, with or without a trailing slash or a path of its own", () => {
    expect(webhookUrlOf("http://127.0.0.1:5678", "hyperformant/market-research")).toBe("http://127.0.0.1:5678/webhook/hyperformant/market-research");
    expect(webhookUrlOf("https://n8n.example.com/", "/hyperformant/x")).toBe("https://n8n.example.com/webhook/hyperformant/x");
    expect(webhookUrlOf("https://example.com/n8n", "a")).toBe("https://example.com/n8n/webhook/a");
  });
});
