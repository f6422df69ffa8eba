import { sharedLlmClient, type LlmClient } from "../../llm/llmClient";
import type { LlmConfiguration } from "../../llm/llmEnv";
import type { NarrativeWriter } from "../job/runReport";
import { writeGroundedNarrative } from "../writing/writeGroundedNarrative";

const noUsage = { model: null, promptTokens: 0, completionTokens: 0, costUsd: null };

/**
 * The narrative sections' writer: the grounded LLM writer when a model is
 * configured; otherwise the report still completes, its narrative saying that
 * AI writing is off and how to turn it on.
 */
export function narrativeWriterFor(configuration: LlmConfiguration): NarrativeWriter {
  if (!configuration.configured) {
    return async () => ({
      ok: true,
      narrative: { status: "not_configured", message: configuration.message },
      grounding: { claimCount: 0, citedClaimCount: 0, unverifiedNumberCount: 0 },
      usage: noUsage,
      llmMs: 0,
    });
  }
  const llm = sharedLlmClient(configuration.settings);
  return async ({ kind, subject, sources, signal }) => {
    const timed = timedLlm(llm);
    const outcome = await writeGroundedNarrative(timed.client, { kind, subject: { name: subject.name, domain: subject.domain }, sources, signal });
    return outcome.ok ? { ...outcome, llmMs: timed.elapsedMs() } : { ok: false, reason: outcome.reason, usage: outcome.usage, llmMs: timed.elapsedMs() };
  };
}

/** The same client, adding up the time its calls take (the LLM's share of a report's time, for benchmarks). */
function timedLlm(llm: LlmClient) {
  let elapsed = 0;
  const client: LlmClient = {
    model: llm.model,
    prices: llm.prices,
    async completeStructured(request) {
      const started = performance.now();
      try {
        return await llm.completeStructured(request);
      } finally {
        elapsed += performance.now() - started;
      }
    },
  };
  return { client, elapsedMs: () => elapsed };
}
