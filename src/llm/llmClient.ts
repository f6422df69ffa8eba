import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import pLimit from "p-limit";
import type { z } from "zod";
import type { LlmSettings, PriceOverrides } from "./llmEnv";
import { insufficientQuotaCode, llmError, llmErrorFrom, type LlmCallContext } from "./llmErrors";
import { readStructuredAnswer, type StructuredAnswer } from "./structuredAnswer";

export interface LlmMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface StructuredRequest<T> {
  messages: LlmMessage[];
  /** A zod object that works as a strict structured-output schema (every property required, no unknown keys). */
  schema: z.ZodType<T>;
  /** The schema's name as the model sees it. */
  schemaName: string;
  signal?: AbortSignal;
}

/** An answered call: the answer may still be unusable (cut off, a refusal, off-schema), and is paid for either way. */
export interface StructuredCompletion<T> {
  answer: StructuredAnswer<T>;
  /** null when the provider did not report it. */
  usage: TokenUsage | null;
  finishReason: string | null;
}

export interface LlmClient {
  /** The model asked for, as configured (OPENAI_MODEL). */
  readonly model: string;
  readonly prices: PriceOverrides;
  /** Throws an LlmError when the provider fails for good (after the SDK's retries, where they apply). */
  completeStructured<T>(request: StructuredRequest<T>): Promise<StructuredCompletion<T>>;
}

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

function isQuotaErrorBody(body: string): boolean {
  try {
    const { error } = JSON.parse(body) as { error?: { code?: unknown; type?: unknown } };
    return error?.code === insufficientQuotaCode || error?.type === insufficientQuotaCode;
  } catch {
    return false;
  }
}

/**
 * The SDK retries every 429, but one that says the account has no credit left
 * can never succeed: it is marked with x-should-retry: false, a header the SDK
 * obeys, so such a call stops at the first answer.
 */
export function quotaAwareFetch(baseFetch: Fetch = globalThis.fetch): Fetch {
  return async (input, init) => {
    const response = await baseFetch(input, init);
    if (response.status !== 429 || response.headers.has("x-should-retry")) return response;
    const body = await response.text();
    const headers = new Headers(response.headers);
    headers.delete("content-encoding");
    headers.delete("content-length");
    if (isQuotaErrorBody(body)) headers.set("x-should-retry", "false");
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

function providerHostOf(baseUrl: string | undefined): string {
  return new URL(baseUrl ?? "https://api.openai.com/v1").host;
}

/** Rejects once the signal aborts; the returned cleanup removes the listener. */
function abortRejection(signal: AbortSignal, error: () => Error): { promise: Promise<never>; cleanup: () => void } {
  let onAbort = () => {};
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(error());
    signal.addEventListener("abort", onAbort, { once: true });
  });
  return { promise, cleanup: () => signal.removeEventListener("abort", onAbort) };
}

/**
 * The one way Hyperformant talks to an OpenAI-compatible LLM: the official SDK
 * (its timeout per request and its retries with backoff on 429, 5xx, timeouts
 * and connection errors; no second retry loop here), structured output from a
 * zod schema read by our own parse so usage survives bad answers, typed errors,
 * and a limit on requests in flight shared by every call through this client.
 */
export function createLlmClient(settings: LlmSettings, { fetch }: { fetch?: Fetch } = {}): LlmClient {
  const sdk = new OpenAI({
    apiKey: settings.apiKey,
    // null, not undefined: the SDK would otherwise read OPENAI_BASE_URL itself, around the parsed env.
    baseURL: settings.baseUrl ?? null,
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    fetch: quotaAwareFetch(fetch),
  });
  const limit = pLimit(settings.maxConcurrency);
  const context: LlmCallContext = {
    model: settings.model,
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    providerHost: providerHostOf(settings.baseUrl),
  };

  async function callOnce<T>({ messages, schema, schemaName, signal }: StructuredRequest<T>): Promise<StructuredCompletion<T>> {
    // Aborted while it waited for a free slot: no request at all.
    if (signal?.aborted) throw llmError("aborted", context);
    let completion: OpenAI.Chat.ChatCompletion;
    try {
      completion = await sdk.chat.completions.create(
        { model: settings.model, messages, response_format: zodResponseFormat(schema, schemaName) },
        { signal },
      );
    } catch (error) {
      throw llmErrorFrom(error, context, settings.apiKey);
    }
    const choice = completion.choices[0];
    return {
      answer: readStructuredAnswer(
        choice && { content: choice.message.content, refusal: choice.message.refusal, finishReason: choice.finish_reason },
        schema,
      ),
      usage: completion.usage ? { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens } : null,
      finishReason: choice?.finish_reason ?? null,
    };
  }

  return {
    model: settings.model,
    prices: settings.prices,
    async completeStructured<T>(request: StructuredRequest<T>) {
      const { signal } = request;
      if (signal?.aborted) throw llmError("aborted", context);
      const queued = limit(() => callOnce(request));
      if (!signal) return queued;
      // The race below settles first on abort; the call's own rejection then has no one waiting for it.
      queued.catch(() => undefined);
      // A call that waits for a slot still ends at the caller's deadline.
      const aborted = abortRejection(signal, () => llmError("aborted", context));
      try {
        return await Promise.race([queued, aborted.promise]);
      } finally {
        aborted.cleanup();
      }
    },
  };
}

let processClient: { settings: string; client: LlmClient } | undefined;

/**
 * The client of this server process: every report shares its concurrency limit
 * (OPENAI_MAX_CONCURRENCY requests in flight at once). Settings come from the
 * parsed env and do not change while the process runs.
 */
export function sharedLlmClient(settings: LlmSettings): LlmClient {
  const key = JSON.stringify(settings);
  if (processClient?.settings !== key) processClient = { settings: key, client: createLlmClient(settings) };
  return processClient.client;
}
