import type { z } from "zod";

/** Why a model's answer to a structured-output request cannot be used (the request itself succeeded). */
export type AnswerProblem =
  | { kind: "truncated" }
  | { kind: "content_filtered" }
  | { kind: "refusal"; refusal: string }
  | { kind: "empty" }
  | { kind: "not_json" }
  | { kind: "schema_mismatch"; issues: string[] };

export type StructuredAnswer<T> = { ok: true; value: T } | { ok: false; problem: AnswerProblem };

/** The parts of a chat completion's first choice the reading depends on. */
export interface AnswerChoice {
  content: string | null | undefined;
  refusal: string | null | undefined;
  finishReason: string | null | undefined;
}

const MAX_ISSUES = 3;

/**
 * Reads the model's JSON answer with the schema it was asked to follow. Done here
 * rather than by the SDK's parse(), which throws on a cut-off answer and so loses
 * the call's usage: every answered call is paid for, good or bad.
 */
export function readStructuredAnswer<T>(choice: AnswerChoice | undefined, schema: z.ZodType<T>): StructuredAnswer<T> {
  if (!choice) return { ok: false, problem: { kind: "empty" } };
  const refusal = choice.refusal?.trim();
  if (refusal) return { ok: false, problem: { kind: "refusal", refusal } };
  if (choice.finishReason === "length") return { ok: false, problem: { kind: "truncated" } };
  if (choice.finishReason === "content_filter") return { ok: false, problem: { kind: "content_filtered" } };
  const content = choice.content?.trim();
  if (!content) return { ok: false, problem: { kind: "empty" } };

  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, problem: { kind: "not_json" } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    return { ok: false, problem: { kind: "schema_mismatch", issues } };
  }
  return { ok: true, value: parsed.data };
}
