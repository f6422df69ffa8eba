import { describe, expect, it } from "vitest";
import { demoCompanies } from "./demoCompanies";
import { demoWorkflowRuns } from "./demoWorkflows";

describe("demo workflow runs", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  const runs = demoWorkflowRuns(demoCompanies, now);

  it("are the same on every machine, oldest first, all in the past month", () => {
    expect(demoWorkflowRuns(demoCompanies, now)).toEqual(runs);
    expect(runs.map((run) => run.createdAt.getTime())).toEqual([...runs].map((run) => run.createdAt.getTime()).sort((a, b) => a - b));
    for (const run of runs) {
      expect(run.createdAt.getTime()).toBeGreaterThan(now.getTime() - 31 * 86_400_000);
      expect(run.finishedAt.getTime()).toBeGreaterThan(run.createdAt.getTime());
    }
  });

  it("show each ending: research that found things, a run n8n never took, one that timed out", () => {
    const succeeded = runs.filter((run) => run.status === "SUCCEEDED");
    expect(succeeded.length).toBeGreaterThanOrEqual(3);
    expect(succeeded.every((run) => run.findings.length >= 2 && run.errorMessage === null)).toBe(true);
    expect(runs.filter((run) => run.status === "FAILED")).toEqual([expect.objectContaining({ attempts: 5, errorMessage: expect.stringMatching(/503/) })]);
    expect(runs.filter((run) => run.status === "TIMED_OUT")).toHaveLength(1);
    const urls = runs.flatMap((run) => run.findings.map((finding) => finding.url));
    expect(new Set(urls).size).toBe(urls.length);
    expect(new Set(runs.flatMap((run) => run.findings.map((finding) => finding.kind)))).toEqual(new Set(["FUNDING", "PRODUCT_CHANGE", "HIRING_SIGNAL", "NEWS"]));
  });
});
