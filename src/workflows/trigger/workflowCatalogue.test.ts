import { describe, expect, it } from "vitest";
import { triggerAnswerOf, workflowCatalogue } from "./workflowCatalogue";

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
