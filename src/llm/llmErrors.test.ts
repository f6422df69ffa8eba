import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { describe, expect, it } from "vitest";
import { llmErrorFrom, LlmError, redactSecrets, type LlmCallContext } from "./llmErrors";

const context: LlmCallContext = { model: "gpt-4o-mini", timeoutMs: 60_000, maxRetries: 2, providerHost: "api.openai.com" };
const apiKey = "sk-proj-abcdefghijklmnopqrstuvwxyz123456";

/** An SDK error as the SDK itself builds it from a status and an OpenAI error body. */
const sdkError = (status: number, error: Record<string, unknown>) => APIError.generate(status, { error }, undefined, new Headers());

const mapped = (error: unknown) => {
  const result = llmErrorFrom(error, context, apiKey);
  expect(result).toBeInstanceOf(LlmError);
  return result as LlmError;
};

describe("llmErrorFrom", () => {
  it("tells insufficient quota apart from a rate limit", () => {
    const quota = mapped(sdkError(429, { message: "You exceeded your current quota", type: "insufficient_quota", code: "insufficient_quota" }));
    expect(quota).toMatchObject({ kind: "insufficient_quota", status: 429 });
    expect(quota.message).toMatch(/add credit/);
    const limited = mapped(sdkError(429, { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded" }));
    expect(limited).toMatchObject({ kind: "rate_limited", status: 429 });
    expect(limited.message).toMatch(/3 attempts/);
  });

  it("never repeats the provider's words about a rejected key, which quote it", () => {
    const rejected = mapped(sdkError(401, { message: `Incorrect API key provided: ${apiKey}.`, code: "invalid_api_key" }));
    expect(rejected.kind).toBe("key_rejected");
    expect(rejected.message).toMatch(/OPENAI_API_KEY/);
    expect(rejected.message).not.toContain("sk-");
  });

  it("names 403, 404, other 4xx and 5xx, quoting the provider's message without secrets", () => {
    expect(mapped(sdkError(403, { message: "Country not supported" }))).toMatchObject({ kind: "access_denied" });
    const missing = mapped(sdkError(404, { message: "The model `gpt-9` does not exist", code: "model_not_found" }));
    expect(missing.kind).toBe("model_not_found");
    expect(missing.message).toMatch(/OPENAI_MODEL/);
    expect(missing.message).toContain("gpt-9");
    const refused = mapped(sdkError(400, { message: `Invalid schema for key ${apiKey} and sk-ab***yz` }));
    expect(refused.kind).toBe("request_rejected");
    expect(refused.message).toContain("Invalid schema");
    expect(refused.message).not.toMatch(/sk-/);
    expect(mapped(sdkError(503, { message: "overloaded" }))).toMatchObject({ kind: "provider_unavailable", status: 503 });
  });

  it("names timeouts with the configured timeout, connection failures and aborts", () => {
    const timedOut = mapped(new APIConnectionTimeoutError());
    expect(timedOut.kind).toBe("timed_out");
    expect(timedOut.message).toContain("60000 ms");
    expect(mapped(new APIConnectionError({ message: "Connection error." })).kind).toBe("unreachable");
    expect(mapped(new APIUserAbortError()).kind).toBe("aborted");
  });

  it("leaves errors that are not the SDK's alone", () => {
    const bug = new TypeError("undefined is not a function");
    expect(llmErrorFrom(bug, context, apiKey)).toBe(bug);
  });
});

describe("redactSecrets", () => {
  it("removes the key and anything shaped like one", () => {
    expect(redactSecrets(`key ${apiKey} or sk-ab***yz here`, apiKey)).toBe("key [redacted] or [redacted] here");
    expect(redactSecrets("nothing secret", "")).toBe("nothing secret");
  });
});
