import type { PriceOverrides } from "./llmEnv";

export interface ModelPrice {
  inputPerMillionUsd: number;
  outputPerMillionUsd: number;
}

/**
 * OpenAI's standard-tier list prices in USD per million tokens, as published in 2025. They change:
 * OPENAI_INPUT_PRICE_PER_MILLION_USD / OPENAI_OUTPUT_PRICE_PER_MILLION_USD override them, and give a
 * price to any other model (Azure deployments, OpenRouter, a local model at 0).
 */
export const modelPrices: Readonly<Record<string, ModelPrice>> = {
  "gpt-4o-mini": { inputPerMillionUsd: 0.15, outputPerMillionUsd: 0.6 },
  "gpt-4o": { inputPerMillionUsd: 2.5, outputPerMillionUsd: 10 },
  "gpt-4.1": { inputPerMillionUsd: 2, outputPerMillionUsd: 8 },
  "gpt-4.1-mini": { inputPerMillionUsd: 0.4, outputPerMillionUsd: 1.6 },
  "gpt-4.1-nano": { inputPerMillionUsd: 0.1, outputPerMillionUsd: 0.4 },
  "gpt-5": { inputPerMillionUsd: 1.25, outputPerMillionUsd: 10 },
  "gpt-5-mini": { inputPerMillionUsd: 0.25, outputPerMillionUsd: 2 },
  "gpt-5-nano": { inputPerMillionUsd: 0.05, outputPerMillionUsd: 0.4 },
  "o3-mini": { inputPerMillionUsd: 1.1, outputPerMillionUsd: 4.4 },
  "o4-mini": { inputPerMillionUsd: 1.1, outputPerMillionUsd: 4.4 },
};

/**
 * The table's entry for a model name as providers write it: a dated snapshot
 * ("gpt-4o-mini-2024-07-18") costs what its alias costs, and OpenRouter's
 * "openai/gpt-4o-mini" is OpenAI's model.
 */
export function listPriceOf(model: string): ModelPrice | null {
  const name = model
    .trim()
    .toLowerCase()
    .replace(/^openai\//, "")
    .replace(/-\d{4}-\d{2}-\d{2}$/, "");
  return Object.hasOwn(modelPrices, name) ? (modelPrices[name] ?? null) : null;
}

/** Each side of the price: the override if set, else the table's; null when either side is unknown. */
export function priceOf(model: string, overrides: PriceOverrides = {}): ModelPrice | null {
  const listed = listPriceOf(model);
  const inputPerMillionUsd = overrides.inputPerMillionUsd ?? listed?.inputPerMillionUsd;
  const outputPerMillionUsd = overrides.outputPerMillionUsd ?? listed?.outputPerMillionUsd;
  if (inputPerMillionUsd === undefined || outputPerMillionUsd === undefined) return null;
  return { inputPerMillionUsd, outputPerMillionUsd };
}

/**
 * What the tokens cost in USD, to a millionth of a dollar; null (unknown) rather
 * than a guess when the model has no price. Cached prompt tokens are billed at the
 * full input price here, so the figure is an upper bound for providers that discount them.
 */
export function costUsd(model: string, promptTokens: number, completionTokens: number, overrides: PriceOverrides = {}): number | null {
  const price = priceOf(model, overrides);
  if (!price) return null;
  const dollars = (promptTokens * price.inputPerMillionUsd + completionTokens * price.outputPerMillionUsd) / 1_000_000;
  return Math.round(dollars * 1_000_000) / 1_000_000;
}
