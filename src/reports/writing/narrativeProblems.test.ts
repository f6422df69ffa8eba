import { describe, expect, it } from "vitest";
import { failureReasonFor, followUpFor, followUpOpening, type NarrativeProblem } from "./narrativeProblems";

const problems: NarrativeProblem[] = [
  { kind: "truncated" },
  { kind: "content_filtered" },
  { kind: "refusal", refusal: "I can't." },
  { kind: "empty" },
  { kind: "not_json" },
  { kind: "schema_mismatch", issues: ["executiveSummary.0.citations: expected array"] },
  { kind: "unknown_citations", citations: [999], sourceCount: 12 },
  { kind: "no_claims" },
];

describe("followUpFor", () => {
  it.each(problems)("opens the same way for $kind, and asks for the JSON again", (problem) => {
    expect(followUpFor(problem).startsWith(`${followUpOpening} `)).toBe(true);
    expect(followUpFor(problem)).toMatch(/JSON object/);
  });

  it("says which citations do not exist and how many sources there are", () => {
    expect(followUpFor({ kind: "unknown_citations", citations: [999], sourceCount: 12 })).toMatch(
      /^Your previous answer cited source 999, which does not exist: there are 12 sources\. /,
    );
    expect(followUpFor({ kind: "unknown_citations", citations: [0, 13, 999], sourceCount: 1 })).toMatch(
      /^Your previous answer cited sources 0, 13 and 999, which do not exist: there is 1 source\. /,
    );
  });

  it("carries the schema issues and the refusal's words", () => {
    expect(followUpFor(problems[5])).toContain("executiveSummary.0.citations: expected array");
    expect(followUpFor(problems[2])).toContain('"I can\'t."');
  });
});

describe("failureReasonFor", () => {
  it("says twice when both answers had the same problem", () => {
    expect(failureReasonFor({ kind: "truncated" }, { kind: "truncated" })).toBe(
      "The AI model's answer was cut off twice (finish_reason: length); try again, or use a model with a larger output limit via OPENAI_MODEL.",
    );
    expect(failureReasonFor(problems[6], problems[6])).toBe(
      "The AI model's answer cited sources that do not exist twice (999; there are 12 sources); try again, or choose another model via OPENAI_MODEL.",
    );
  });

  it("names both problems when they differ, with the advice for the last", () => {
    expect(failureReasonFor({ kind: "truncated" }, problems[5])).toBe(
      "The AI model's answer was cut off (finish_reason: length), then, asked again, did not match the report's schema (executiveSummary.0.citations: expected array); use a model that supports structured output (JSON schema) via OPENAI_MODEL.",
    );
  });

  it("shortens a long refusal", () => {
    const reason = failureReasonFor({ kind: "refusal", refusal: "x".repeat(500) }, { kind: "refusal", refusal: "x".repeat(500) });
    expect(reason.length).toBeLessThan(250);
  });
});
