import { describe, expect, it } from "vitest";
import { llmConfiguration, llmEnvSchema, notConfiguredMessage } from "./llmEnv";

describe("llmEnvSchema", () => {
  const defaults = { OPENAI_MODEL: "gpt-4o-mini", OPENAI_TIMEOUT_MS: 60_000, OPENAI_MAX_RETRIES: 2, OPENAI_MAX_CONCURRENCY: 4 };

  it("leaves AI writing unconfigured, with defaults, when unset or left empty", () => {
    expect(llmEnvSchema.parse({})).toEqual(defaults);
    const empty = llmEnvSchema.parse({
      OPENAI_API_KEY: "",
      OPENAI_BASE_URL: "",
      OPENAI_MODEL: "",
      OPENAI_TIMEOUT_MS: "",
      OPENAI_MAX_RETRIES: "",
      OPENAI_MAX_CONCURRENCY: "",
      OPENAI_INPUT_PRICE_PER_MILLION_USD: "",
      OPENAI_OUTPUT_PRICE_PER_MILLION_USD: "",
    });
    expect(empty).toEqual(defaults);
  });

  it("reads a provider, a model, limits and prices from strings", () => {
    expect(
      llmEnvSchema.parse({
        OPENAI_API_KEY: "sk-test",
        OPENAI_BASE_URL: "http://127.0.0.1:4011/v1",
        OPENAI_MODEL: "llama3.1",
        OPENAI_TIMEOUT_MS: "300",
        OPENAI_MAX_RETRIES: "0",
        OPENAI_MAX_CONCURRENCY: "3",
        OPENAI_INPUT_PRICE_PER_MILLION_USD: "0",
        OPENAI_OUTPUT_PRICE_PER_MILLION_USD: "1.5",
      }),
    ).toEqual({
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: "http://127.0.0.1:4011/v1",
      OPENAI_MODEL: "llama3.1",
      OPENAI_TIMEOUT_MS: 300,
      OPENAI_MAX_RETRIES: 0,
      OPENAI_MAX_CONCURRENCY: 3,
      OPENAI_INPUT_PRICE_PER_MILLION_USD: 0,
      OPENAI_OUTPUT_PRICE_PER_MILLION_USD: 1.5,
    });
  });

  it("refuses a base URL that is not http(s), and limits or prices that make no sense", () => {
    for (const bad of [
      { OPENAI_BASE_URL: "openrouter" },
      { OPENAI_BASE_URL: "ftp://example.com/v1" },
      { OPENAI_TIMEOUT_MS: "0" },
      { OPENAI_MAX_RETRIES: "-1" },
      { OPENAI_MAX_CONCURRENCY: "0" },
      { OPENAI_INPUT_PRICE_PER_MILLION_USD: "cheap" },
      { OPENAI_OUTPUT_PRICE_PER_MILLION_USD: "-1" },
    ]) {
      expect(llmEnvSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("llmConfiguration", () => {
  it("says how to turn AI writing on when no key is set", () => {
    const configuration = llmConfiguration(llmEnvSchema.parse({ OPENAI_MODEL: "gpt-4o" }));
    expect(configuration).toEqual({ configured: false, message: notConfiguredMessage });
    expect(notConfiguredMessage).toMatch(/OPENAI_API_KEY/);
    expect(notConfiguredMessage).toMatch(/OPENAI_BASE_URL/);
    expect(notConfiguredMessage).toMatch(/OPENAI_MODEL/);
  });

  it("gives the client's settings once a key is set", () => {
    const configuration = llmConfiguration(llmEnvSchema.parse({ OPENAI_API_KEY: "sk-test", OPENAI_OUTPUT_PRICE_PER_MILLION_USD: "2" }));
    expect(configuration).toEqual({
      configured: true,
      settings: {
        apiKey: "sk-test",
        baseUrl: undefined,
        model: "gpt-4o-mini",
        timeoutMs: 60_000,
        maxRetries: 2,
        maxConcurrency: 4,
        prices: { inputPerMillionUsd: undefined, outputPerMillionUsd: 2 },
      },
    });
  });
});
