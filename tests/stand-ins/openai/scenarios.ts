import { claimsOf } from "./answerFromSchema.ts";
import type { PromptSource } from "./promptSources.ts";

/**
 * How the stand-in answers, chosen without a control channel so a server in
 * another process can be steered too: by the base URL's path
 * (http://127.0.0.1:PORT/scenario/<name>/v1) or, failing that, by the subject's
 * domain in the prompt, whose first label starts with llm-<name>
 * ("llm-truncated.example.com", "llm-bad-citation-once-acme.com"; the longest
 * name that fits wins). Anything else is "valid".
 *
 *   valid               a valid answer built from the request's JSON schema
 *   truncated           the valid JSON cut off, finish_reason "length"
 *   schema-violation    valid JSON of the wrong shape: citations as strings ("[1]"), evidenceGaps missing
 *   bad-citation        a valid answer whose first claim cites source 999
 *   refusal             message.refusal set, content null
 *   empty               content ""
 *   unverified-number   a valid answer whose first claim adds a number no cited source holds
 *   rate-limited-once   429 (retry-after-ms: 50) unless the SDK marks the request as its retry
 *                       (x-stainless-retry-count ≥ 1), then a valid answer
 *   insufficient-quota  429 with code insufficient_quota, always
 *   server-error        500, always
 *   hang                never answers; the connection stays open until the client gives up or the stand-in closes
 *   slow                a valid answer after slowDelayMs (for concurrency and timeout tests)
 *   truncated-once, schema-violation-once, bad-citation-once, refusal-once
 *                       the bad answer first, a valid one when the request holds the app's
 *                       follow-up ("Your previous answer …"): stateless, read from the messages
 */
export const scenarios = [
  "valid",
  "truncated",
  "truncated-once",
  "schema-violation",
  "schema-violation-once",
  "bad-citation",
  "bad-citation-once",
  "refusal",
  "refusal-once",
  "empty",
  "unverified-number",
  "rate-limited-once",
  "insufficient-quota",
  "server-error",
  "hang",
  "slow",
] as const;
export type Scenario = (typeof scenarios)[number];

const longestFirst = [...scenarios].sort((a, b) => b.length - a.length);

export function isScenario(name: string): name is Scenario {
  return (scenarios as readonly string[]).includes(name);
}

/** The scenario a subject domain asks for ("llm-truncated-once.example.com" → truncated-once), if any. */
export function scenarioOfDomain(domain: string | null): Scenario | null {
  const label = domain?.toLowerCase().split(".")[0] ?? "";
  if (!label.startsWith("llm-")) return null;
  const rest = label.slice("llm-".length);
  return longestFirst.find((name) => rest.startsWith(name)) ?? null;
}

/** How to answer this request: a "-once" scenario that can be fixed answers validly to the app's retry. */
export type Behaviour = Exclude<Scenario, "truncated-once" | "schema-violation-once" | "bad-citation-once" | "refusal-once">;

export function behaviourOf(scenario: Scenario, isRetry: boolean): Behaviour {
  switch (scenario) {
    case "truncated-once":
      return isRetry ? "valid" : "truncated";
    case "schema-violation-once":
      return isRetry ? "valid" : "schema-violation";
    case "bad-citation-once":
      return isRetry ? "valid" : "bad-citation";
    case "refusal-once":
      return isRetry ? "valid" : "refusal";
    default:
      return scenario;
  }
}

export const refusalText = "I'm sorry, but I can't help with that request.";
export const unknownSourceNumber = 999;

/** Citations as strings and evidenceGaps dropped: valid JSON that a strict schema refuses. */
export function violatingSchema(answer: unknown): unknown {
  const copy = structuredClone(answer);
  for (const claim of claimsOf(copy)) (claim as { citations: unknown[] }).citations = claim.citations.map((citation) => `[${citation}]`);
  if (copy && typeof copy === "object" && !Array.isArray(copy)) delete (copy as Record<string, unknown>).evidenceGaps;
  return copy;
}

export function citingUnknownSource(answer: unknown): unknown {
  const copy = structuredClone(answer);
  const [first] = claimsOf(copy);
  if (first) first.citations = [unknownSourceNumber];
  return copy;
}

/** A figure that no source of the claim holds: digits that occur in none of the cited sources' text. */
export function withUnverifiedNumber(answer: unknown, sources: readonly PromptSource[]): unknown {
  const copy = structuredClone(answer);
  const [first] = claimsOf(copy);
  if (!first) return copy;
  const citedText = sources
    .filter((source) => first.citations.includes(source.number))
    .flatMap((source) => [source.title, ...source.facts])
    .join(" ")
    .replaceAll(",", "");
  let figure = 7_777_777;
  while (citedText.includes(String(figure).slice(0, 4))) figure += 1_111_111;
  first.text = `${first.text} The stand-in also claims ${figure.toLocaleString("en-US")} new customers.`;
  return copy;
}
