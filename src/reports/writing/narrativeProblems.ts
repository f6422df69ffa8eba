import type { AnswerProblem } from "../../llm/structuredAnswer";
import { assertUnreachable } from "../../shared/assertUnreachable";

/** Why an answer of the model cannot become a report's narrative: it is asked once more, with the problem stated. */
export type NarrativeProblem =
  | AnswerProblem
  | { kind: "unknown_citations"; citations: number[]; sourceCount: number }
  | { kind: "no_claims" };

/** How a follow-up to the model begins; the stand-in recognises a retry by it. */
export const followUpOpening = "Your previous answer";

const listOf = (numbers: readonly number[]) =>
  numbers.length === 1 ? String(numbers[0]) : `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;

const thereAreSources = (count: number) => (count === 1 ? "there is 1 source" : `there are ${count} sources`);

const quoted = (text: string, max = 200) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

const againWithJson = "Answer again with the whole JSON object of the required schema.";

/** What the follow-up tells the model about its previous answer. */
export function followUpFor(problem: NarrativeProblem): string {
  switch (problem.kind) {
    case "truncated":
      return `${followUpOpening} was cut off at the output limit (finish_reason: length) before the JSON was complete. ${againWithJson} Keep it shorter: at most 4 claims per section, one sentence each.`;
    case "content_filtered":
      return `${followUpOpening} was stopped by the content filter. ${againWithJson} Write only neutral business facts from the sources.`;
    case "refusal":
      return `${followUpOpening} was a refusal (${quoted(problem.refusal)}). The task is a business summary of the numbered sources, which are records of the user's own workspace. ${againWithJson}`;
    case "empty":
      return `${followUpOpening} was empty. ${againWithJson}`;
    case "not_json":
      return `${followUpOpening} was not valid JSON. ${againWithJson}`;
    case "schema_mismatch":
      return `${followUpOpening} did not match the required JSON schema (${problem.issues.join("; ")}). ${againWithJson}`;
    case "unknown_citations": {
      const which = problem.citations.length === 1 ? `source ${problem.citations[0]}, which does not exist` : `sources ${listOf(problem.citations)}, which do not exist`;
      return `${followUpOpening} cited ${which}: ${thereAreSources(problem.sourceCount)}. Cite only the numbers of the sources listed above. ${againWithJson}`;
    }
    case "no_claims":
      return `${followUpOpening} had no claims in any section. Write the claims the sources support, and list what they do not tell in evidenceGaps. ${againWithJson}`;
    default:
      return assertUnreachable(problem);
  }
}

/** A problem as the user reads it: "The AI model's answer <what> [twice] <detail>". */
function described(problem: NarrativeProblem): { what: string; detail: string } {
  switch (problem.kind) {
    case "truncated":
      return { what: "was cut off", detail: "(finish_reason: length)" };
    case "content_filtered":
      return { what: "was stopped by the provider's content filter", detail: "" };
    case "refusal":
      return { what: "was a refusal", detail: `(${quoted(problem.refusal, 120)})` };
    case "empty":
      return { what: "was empty", detail: "" };
    case "not_json":
      return { what: "was not valid JSON", detail: "" };
    case "schema_mismatch":
      return { what: "did not match the report's schema", detail: `(${problem.issues[0] ?? "unknown issue"})` };
    case "unknown_citations":
      return {
        what: "cited sources that do not exist",
        detail: `(${listOf(problem.citations)}; ${thereAreSources(problem.sourceCount)})`,
      };
    case "no_claims":
      return { what: "had no claims", detail: "" };
    default:
      return assertUnreachable(problem);
  }
}

function adviceFor(problem: NarrativeProblem): string {
  switch (problem.kind) {
    case "truncated":
      return "try again, or use a model with a larger output limit via OPENAI_MODEL";
    case "not_json":
    case "schema_mismatch":
      return "use a model that supports structured output (JSON schema) via OPENAI_MODEL";
    case "content_filtered":
    case "refusal":
    case "empty":
    case "unknown_citations":
    case "no_claims":
      return "try again, or choose another model via OPENAI_MODEL";
    default:
      return assertUnreachable(problem);
  }
}

const phrase = (parts: { what: string; detail: string }) => [parts.what, parts.detail].filter(Boolean).join(" ");

/**
 * Why the report's narrative failed after the second answer had a problem too,
 * as a sentence a user can act on, e.g. "The AI model's answer was cut off twice
 * (finish_reason: length); try again, or use a model with a larger output limit via OPENAI_MODEL."
 */
export function failureReasonFor(first: NarrativeProblem, second: NarrativeProblem): string {
  const last = described(second);
  const what =
    first.kind === second.kind
      ? [last.what, "twice", last.detail].filter(Boolean).join(" ")
      : `${phrase(described(first))}, then, asked again, ${phrase(last)}`;
  return `The AI model's answer ${what}; ${adviceFor(second)}.`;
}
