import { z } from "zod";
import { emptyAsUnset } from "../server/envValues";

const pricePerMillion = (name: string) =>
  z.preprocess(emptyAsUnset, z.coerce.number({ error: `${name} must be a price in USD per million tokens, e.g. 0.15` }).nonnegative().optional());

/** Settings of the OpenAI-compatible LLM that writes reports, merged into the server's env schema (src/server/env.ts). */
export const llmEnvSchema = z.object({
  /** Unset: AI writing is not configured, and reports carry only their computed sections. */
  OPENAI_API_KEY: z.preprocess(emptyAsUnset, z.string().trim().min(1).optional()),
  /** Any OpenAI-compatible server: Azure OpenAI, OpenRouter, Ollama, vLLM, the local stand-in. Unset: api.openai.com. */
  OPENAI_BASE_URL: z.preprocess(
    emptyAsUnset,
    z.url({ protocol: /^https?$/, error: "OPENAI_BASE_URL must be an http(s) URL, e.g. https://openrouter.ai/api/v1" }).optional(),
  ),
  OPENAI_MODEL: z.preprocess(emptyAsUnset, z.string().trim().min(1).default("gpt-4o-mini")),
  /** Per request; the SDK's own default (10 minutes) is far too long for a report job. */
  OPENAI_TIMEOUT_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().default(60_000)),
  /** Retries the SDK makes itself (429, 5xx, timeouts, connection errors), with backoff. */
  OPENAI_MAX_RETRIES: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(10).default(2)),
  /** Requests in flight at once per server process, across all reports. */
  OPENAI_MAX_CONCURRENCY: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(64).default(4)),
  /** Prices for a model the built-in table does not know (or when the provider charges differently). */
  OPENAI_INPUT_PRICE_PER_MILLION_USD: pricePerMillion("OPENAI_INPUT_PRICE_PER_MILLION_USD"),
  OPENAI_OUTPUT_PRICE_PER_MILLION_USD: pricePerMillion("OPENAI_OUTPUT_PRICE_PER_MILLION_USD"),
});

export type LlmEnv = z.infer<typeof llmEnvSchema>;

export interface PriceOverrides {
  inputPerMillionUsd?: number;
  outputPerMillionUsd?: number;
}

/** What the LLM client needs, once a key is set. */
export interface LlmSettings {
  apiKey: string;
  /** undefined: OpenAI's own API. */
  baseUrl: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  maxConcurrency: number;
  prices: PriceOverrides;
}

export type LlmConfiguration = { configured: true; settings: LlmSettings } | { configured: false; message: string };

export const notConfiguredMessage =
  "AI writing is not configured: set OPENAI_API_KEY in the server's environment (.env.server), and optionally " +
  "OPENAI_BASE_URL for an OpenAI-compatible provider (Azure OpenAI, OpenRouter, Ollama, vLLM) and OPENAI_MODEL for the model " +
  "(default gpt-4o-mini), then restart the server and ask for the report again.";

/** Whether reports can have AI-written sections and, if not, how a user turns them on. */
export function llmConfiguration(env: LlmEnv): LlmConfiguration {
  if (!env.OPENAI_API_KEY) return { configured: false, message: notConfiguredMessage };
  return {
    configured: true,
    settings: {
      apiKey: env.OPENAI_API_KEY,
      baseUrl: env.OPENAI_BASE_URL,
      model: env.OPENAI_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
      maxRetries: env.OPENAI_MAX_RETRIES,
      maxConcurrency: env.OPENAI_MAX_CONCURRENCY,
      prices: {
        inputPerMillionUsd: env.OPENAI_INPUT_PRICE_PER_MILLION_USD,
        outputPerMillionUsd: env.OPENAI_OUTPUT_PRICE_PER_MILLION_USD,
      },
    },
  };
}
