import { describe, expect, it } from "vitest";
import { costUsd, listPriceOf, priceOf } from "./llmCost";

describe("llm cost", () => {
  it("prices tokens of a known model per million", () => {
    // gpt-4o-mini: $0.15 in, $0.60 out per million tokens.
    expect(costUsd("gpt-4o-mini", 1_000_000, 0)).toBe(0.15);
    expect(costUsd("gpt-4o-mini", 0, 1_000_000)).toBe(0.6);
    expect(costUsd("gpt-4o-mini", 12_000, 3_000)).toBe(0.0036);
    expect(costUsd("gpt-4o", 10_000, 2_000)).toBe(0.045);
  });

  it("rounds to a millionth of a dollar", () => {
    expect(costUsd("gpt-4o-mini", 1, 1)).toBe(0.000001);
    expect(costUsd("gpt-4o-mini", 0, 0)).toBe(0);
  });

  it("knows dated snapshots and OpenRouter's names of OpenAI models", () => {
    expect(listPriceOf("gpt-4o-mini-2024-07-18")).toEqual(listPriceOf("gpt-4o-mini"));
    expect(listPriceOf("openai/gpt-4o")).toEqual(listPriceOf("gpt-4o"));
    expect(listPriceOf("GPT-4o")).toEqual(listPriceOf("gpt-4o"));
  });

  it("says unknown (null) for a model without a price, never a made-up number", () => {
    expect(costUsd("llama3.1:8b", 1000, 1000)).toBeNull();
    expect(costUsd("my-azure-deployment", 1000, 1000, { inputPerMillionUsd: 1 })).toBeNull();
    expect(listPriceOf("constructor")).toBeNull();
  });

  it("lets the env's prices override the table or price any model", () => {
    expect(costUsd("llama3.1:8b", 1000, 1000, { inputPerMillionUsd: 0, outputPerMillionUsd: 0 })).toBe(0);
    expect(costUsd("my-azure-deployment", 1_000_000, 1_000_000, { inputPerMillionUsd: 1, outputPerMillionUsd: 2 })).toBe(3);
    expect(priceOf("gpt-4o-mini", { outputPerMillionUsd: 1 })).toEqual({ inputPerMillionUsd: 0.15, outputPerMillionUsd: 1 });
  });
});
