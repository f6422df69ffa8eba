import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readStructuredAnswer } from "./structuredAnswer";

const schema = z.strictObject({ items: z.array(z.number().int()) });
const choice = (content: string | null, extra: { refusal?: string | null; finishReason?: string | null } = {}) => ({
  content,
  refusal: extra.refusal ?? null,
  finishReason: extra.finishReason ?? "stop",
});

describe("readStructuredAnswer", () => {
  it("returns the parsed value of a valid answer", () => {
    expect(readStructuredAnswer(choice('{"items":[1,2]}'), schema)).toEqual({ ok: true, value: { items: [1, 2] } });
  });

  it("names a cut-off answer even when its JSON happens to parse", () => {
    expect(readStructuredAnswer(choice('{"items":[1', { finishReason: "length" }), schema)).toEqual({ ok: false, problem: { kind: "truncated" } });
    expect(readStructuredAnswer(choice('{"items":[]}', { finishReason: "length" }), schema)).toEqual({ ok: false, problem: { kind: "truncated" } });
  });

  it("names a refusal, with the model's words", () => {
    expect(readStructuredAnswer(choice(null, { refusal: "I can't help with that." }), schema)).toEqual({
      ok: false,
      problem: { kind: "refusal", refusal: "I can't help with that." },
    });
  });

  it("names an answer stopped by the content filter", () => {
    expect(readStructuredAnswer(choice(null, { finishReason: "content_filter" }), schema)).toEqual({ ok: false, problem: { kind: "content_filtered" } });
  });

  it("names empty answers: no choice, null, blank", () => {
    for (const answer of [undefined, choice(null), choice(""), choice("  \n")]) {
      expect(readStructuredAnswer(answer, schema)).toEqual({ ok: false, problem: { kind: "empty" } });
    }
  });

  it("names an answer that is not JSON", () => {
    expect(readStructuredAnswer(choice("Here is your report: ..."), schema)).toEqual({ ok: false, problem: { kind: "not_json" } });
  });

  it("names a schema mismatch with the paths of its first issues", () => {
    const answer = readStructuredAnswer(choice('{"items":["1", 2.5], "extra": true}'), schema);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.problem.kind).toBe("schema_mismatch");
    if (answer.problem.kind !== "schema_mismatch") return;
    expect(answer.problem.issues.length).toBeGreaterThan(0);
    expect(answer.problem.issues.length).toBeLessThanOrEqual(3);
    expect(answer.problem.issues.join(" ")).toMatch(/items\.0/);
  });
});
