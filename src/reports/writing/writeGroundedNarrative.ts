import { costUsd } from "../../llm/llmCost";
import type { LlmClient, LlmMessage, TokenUsage } from "../../llm/llmClient";
import { isLlmError, type LlmErrorKind } from "../../llm/llmErrors";
import type { StructuredAnswer } from "../../llm/structuredAnswer";
import { narrativeSectionsFor } from "../narrative/narrativeLayout";
import type { Claim, GroundingFigures, Narrative, NarrativeSection, ReportSource, ReportUsage } from "../reportDocument";
import type { ReportKind } from "../reportKinds";
import { checkClaims, groundingFigures, sourceNumbersIndex, unknownCitations } from "./groundingChecks";
import { failureReasonFor, type NarrativeProblem } from "./narrativeProblems";
import { narrativeSchemaFor, narrativeSchemaName, type NarrativeAnswer } from "./narrativeSchema";
import { narrativeMessages, retryMessages, type NarrativeRequest } from "./reportPrompt";

export type WrittenNarrative = Extract<Narrative, { status: "written" }>;

/** Why no narrative was written: both answers had a problem, the report had nothing to cite, or the provider failed for good. */
export type NarrativeFailure = "answer_rejected" | "no_sources" | LlmErrorKind;

export type NarrativeOutcome =
  | { ok: true; narrative: WrittenNarrative; grounding: GroundingFigures; usage: ReportUsage }
  | { ok: false; failure: NarrativeFailure; reason: string; usage: ReportUsage };

export interface WriteNarrativeInput extends NarrativeRequest {
  /** The job's deadline: aborting ends the call in flight (or the wait for a slot) as failure "aborted". */
  signal?: AbortSignal;
}

export const noSourcesReason =
  "There is no data on this company for the AI model to write from; add some (enrich it, import market data or mentions, link competitors) and ask for the report again.";

type Verdict = { ok: true; answer: NarrativeAnswer } | { ok: false; problem: NarrativeProblem };

/** The layout's sections of the answer, in reading order (a section the answer lacks has no claims). */
function claimsBySection(kind: ReportKind, answer: NarrativeAnswer): { key: NarrativeSection["key"]; claims: Claim[] }[] {
  return narrativeSectionsFor(kind).map((spec) => ({ key: spec.key, claims: answer[spec.key] ?? [] }));
}

/** Problems that asking again can fix; numbers missing from the sources are not one of them (they are marked instead). */
function judge(kind: ReportKind, sources: readonly ReportSource[], answer: StructuredAnswer<NarrativeAnswer>): Verdict {
  if (!answer.ok) return answer;
  const claims = claimsBySection(kind, answer.value).flatMap((section) => section.claims);
  if (claims.length === 0) return { ok: false, problem: { kind: "no_claims" } };
  const unknown = unknownCitations(claims, sources);
  if (unknown.length > 0) return { ok: false, problem: { kind: "unknown_citations", citations: unknown, sourceCount: sources.length } };
  return { ok: true, answer: answer.value };
}

function writtenNarrative(kind: ReportKind, model: string, sources: readonly ReportSource[], answer: NarrativeAnswer) {
  const sourceNumbers = sourceNumbersIndex(sources);
  const claims = new Map(claimsBySection(kind, answer).map(({ key, claims }) => [key, checkClaims(claims, sourceNumbers)]));
  const sections: NarrativeSection[] = narrativeSectionsFor(kind).map((spec) => ({
    key: spec.key,
    title: spec.title,
    kind: spec.kind,
    claims: claims.get(spec.key) ?? [],
  }));
  const narrative: WrittenNarrative = {
    status: "written",
    model,
    sections,
    evidenceGaps: answer.evidenceGaps.map((gap) => gap.trim()).filter((gap) => gap !== ""),
  };
  return { narrative, grounding: groundingFigures(sections.flatMap((section) => section.claims)) };
}

/** Tokens summed over every answered call, rejected answers included: each one is paid for. */
function usageTally(llm: LlmClient) {
  let promptTokens = 0;
  let completionTokens = 0;
  let unreported = false;
  return {
    add(usage: TokenUsage | null) {
      if (!usage) unreported = true;
      promptTokens += usage?.promptTokens ?? 0;
      completionTokens += usage?.completionTokens ?? 0;
    },
    total(): ReportUsage {
      // A call whose usage the provider did not report has an unknown cost; a figure without it would be too low.
      const cost = unreported ? null : costUsd(llm.model, promptTokens, completionTokens, llm.prices);
      return { model: llm.model, promptTokens, completionTokens, costUsd: cost };
    },
  };
}

/**
 * The AI-written sections of a report, checked before anything is stored:
 * asked once; an answer that is cut off, off-schema, a refusal, empty, or cites a
 * source that does not exist is asked once more with the problem stated, and a
 * second such answer fails with that reason. Numbers a claim's sources do not
 * hold are marked unverified, not retried. A provider failure (quota, key,
 * 5xx, timeout, unreachable, abort) ends it at once with its own message.
 */
export async function writeGroundedNarrative(llm: LlmClient, input: WriteNarrativeInput): Promise<NarrativeOutcome> {
  const { kind, sources, signal } = input;
  const usage = usageTally(llm);
  if (sources.length === 0) return { ok: false, failure: "no_sources", reason: noSourcesReason, usage: usage.total() };

  const ask = async (messages: LlmMessage[]): Promise<Verdict> => {
    const completion = await llm.completeStructured({ messages, schema: narrativeSchemaFor(kind), schemaName: narrativeSchemaName, signal });
    usage.add(completion.usage);
    return judge(kind, sources, completion.answer);
  };

  try {
    let verdict = await ask(narrativeMessages(input));
    if (!verdict.ok) {
      const firstProblem = verdict.problem;
      verdict = await ask(retryMessages(input, firstProblem));
      if (!verdict.ok) return { ok: false, failure: "answer_rejected", reason: failureReasonFor(firstProblem, verdict.problem), usage: usage.total() };
    }
    return { ok: true, ...writtenNarrative(kind, llm.model, sources, verdict.answer), usage: usage.total() };
  } catch (error) {
    if (isLlmError(error)) return { ok: false, failure: error.kind, reason: error.message, usage: usage.total() };
    throw error;
  }
}
