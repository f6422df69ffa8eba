import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "openai";
import { assertUnreachable } from "../shared/assertUnreachable";

export const llmErrorKinds = [
  "insufficient_quota",
  "key_rejected",
  "access_denied",
  "model_not_found",
  "request_rejected",
  "rate_limited",
  "provider_unavailable",
  "timed_out",
  "unreachable",
  "aborted",
] as const;
export type LlmErrorKind = (typeof llmErrorKinds)[number];

/**
 * A call to the LLM provider that failed for good (the SDK's own retries, if
 * any apply, are spent). The message tells a user what to do and never holds the
 * API key: provider messages are only quoted for 400/404, with anything key-like removed.
 */
export class LlmError extends Error {
  readonly kind: LlmErrorKind;
  readonly status: number | undefined;

  constructor(kind: LlmErrorKind, message: string, status?: number) {
    super(message);
    this.name = "LlmError";
    this.kind = kind;
    this.status = status;
  }
}

export function isLlmError(error: unknown): error is LlmError {
  return error instanceof LlmError;
}

/** What the messages may say about the setup: nothing secret. */
export interface LlmCallContext {
  model: string;
  timeoutMs: number;
  maxRetries: number;
  /** host[:port] of the provider, without credentials or path. */
  providerHost: string;
}

/** OpenAI's code for a 429 that no retry can fix: the account has no credit left. */
export const insufficientQuotaCode = "insufficient_quota";

export function isInsufficientQuota(error: unknown): boolean {
  return error instanceof RateLimitError && (error.code === insufficientQuotaCode || error.type === insufficientQuotaCode);
}

/** Removes the key itself and anything shaped like an OpenAI key ("sk-…", including masked "sk-ab***yz") from a provider's text. */
export function redactSecrets(text: string, apiKey: string): string {
  const withoutKey = apiKey ? text.split(apiKey).join("[redacted]") : text;
  return withoutKey.replace(/\bsk-[A-Za-z0-9_*.-]{2,}/g, "[redacted]");
}

function providerDetail(error: APIError, apiKey: string): string {
  const raw = error.error && typeof error.error === "object" && "message" in error.error ? String(error.error.message) : "";
  const detail = redactSecrets(raw, apiKey).replace(/\s+/g, " ").trim().slice(0, 300);
  return detail ? `: "${detail}"` : "";
}

const attempts = (context: LlmCallContext) => (context.maxRetries === 0 ? "" : ` (${context.maxRetries + 1} attempts)`);

/** The LlmError for an error thrown by the openai SDK; anything else (a bug of ours) is returned as is. */
export function llmErrorFrom(error: unknown, context: LlmCallContext, apiKey: string): unknown {
  if (error instanceof LlmError) return error;
  // Order matters: the SDK's abort and timeout errors are subclasses of APIConnectionError, itself an APIError.
  if (error instanceof APIUserAbortError) return llmError("aborted", context);
  if (error instanceof APIConnectionTimeoutError) return llmError("timed_out", context);
  if (error instanceof APIConnectionError) return llmError("unreachable", context);
  if (!(error instanceof APIError)) return error;
  const status = error.status;
  if (isInsufficientQuota(error)) return llmError("insufficient_quota", context, status);
  if (error instanceof AuthenticationError) return llmError("key_rejected", context, status);
  if (error instanceof PermissionDeniedError) return llmError("access_denied", context, status, providerDetail(error, apiKey));
  if (error instanceof NotFoundError) return llmError("model_not_found", context, status, providerDetail(error, apiKey));
  if (error instanceof RateLimitError) return llmError("rate_limited", context, status);
  if (status !== undefined && status >= 500) return llmError("provider_unavailable", context, status);
  return llmError("request_rejected", context, status, providerDetail(error, apiKey));
}

export function llmError(kind: LlmErrorKind, context: LlmCallContext, status?: number, detail = ""): LlmError {
  return new LlmError(kind, llmErrorMessage(kind, context, status, detail), status);
}

function llmErrorMessage(kind: LlmErrorKind, context: LlmCallContext, status: number | undefined, detail: string): string {
  const { model, timeoutMs, providerHost } = context;
  switch (kind) {
    case "insufficient_quota":
      return `The AI provider (${providerHost}) says the account has no credit left (insufficient_quota); add credit to the account, or set OPENAI_API_KEY to a key with credit, then ask for the report again.`;
    case "key_rejected":
      return `The AI provider (${providerHost}) rejected the API key (401); check OPENAI_API_KEY (and OPENAI_BASE_URL if the key belongs to another provider).`;
    case "access_denied":
      return `The AI provider (${providerHost}) refused access for this key (403)${detail}; give the key access to the model ${model}, or choose another model via OPENAI_MODEL.`;
    case "model_not_found":
      return `The AI provider (${providerHost}) does not know the model ${model} (404)${detail}; set OPENAI_MODEL to a model it serves.`;
    case "request_rejected":
      return `The AI provider (${providerHost}) refused the request (${status ?? "no status"})${detail}; check that the model ${model} supports structured output (JSON schema), or choose another via OPENAI_MODEL.`;
    case "rate_limited":
      return `The AI provider (${providerHost}) kept answering 429 (rate limit)${attempts(context)}; try again in a few minutes, or lower OPENAI_MAX_CONCURRENCY, or raise the account's rate limit.`;
    case "provider_unavailable":
      return `The AI provider (${providerHost}) kept failing with ${status ?? "a server error"}${attempts(context)}; it may be down: try again later.`;
    case "timed_out":
      return `The AI provider (${providerHost}) did not answer within ${timeoutMs} ms (OPENAI_TIMEOUT_MS)${attempts(context)}; try again, or raise OPENAI_TIMEOUT_MS for a slow model.`;
    case "unreachable":
      return `The AI provider (${providerHost}) could not be reached${attempts(context)}; check OPENAI_BASE_URL and the server's network.`;
    case "aborted":
      return "The AI writing was stopped before the model answered (the report ran out of time).";
    default:
      return assertUnreachable(kind);
  }
}
