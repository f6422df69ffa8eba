import type { NarrativeWriter } from "../job/runReport";

export const AI_WRITING_NOT_CONFIGURED_MESSAGE =
  "AI writing is not configured, so the narrative sections (summary, overview, SWOT, risks, recommendations) were not written. " +
  "To turn it on, set OPENAI_API_KEY on the server (and OPENAI_BASE_URL and OPENAI_MODEL for Azure, OpenRouter, Ollama, vLLM or another OpenAI-compatible provider). " +
  "Everything else in this report is computed exactly from your workspace's data.";

/** With no LLM configured the report still completes: its narrative says so and how to turn it on. */
export const unconfiguredNarrativeWriter: NarrativeWriter = async () => ({
  ok: true,
  narrative: { status: "not_configured", message: AI_WRITING_NOT_CONFIGURED_MESSAGE },
  grounding: { claimCount: 0, citedClaimCount: 0, unverifiedNumberCount: 0 },
  usage: { model: null, promptTokens: 0, completionTokens: 0, costUsd: null },
});
