// When and how long to wait before retrying a request to n8n.

/** 429 and 5xx are worth another try; every other status is final. */
export function isRetryableStatus(status) {
  return status === 429 || (status >= 500 && status <= 599);
}

/** Retry-After as milliseconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfterMs(value, nowMs = Date.now()) {
  if (value === null || value === undefined || String(value).trim() === "") return undefined;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * Delay before retry number `attempt` (1 for the first retry): the server's Retry-After when it
 * gave one (capped at maxRetryAfterMs), otherwise exponential backoff with jitter, capped at maxMs.
 */
export function retryDelayMs({
  attempt,
  retryAfterMs,
  baseMs = 500,
  maxMs = 10_000,
  maxRetryAfterMs = 60_000,
  random = Math.random,
}) {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, maxRetryAfterMs);
  const exponential = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/**
 * Whether a failed attempt may be repeated. Requests that create something (`idempotent: false`)
 * are repeated only when the server surely did nothing: a 429, or a refused connection.
 */
export function shouldRetry({ status, networkErrorCode, idempotent, attempt, maxRetries }) {
  if (attempt > maxRetries) return false;
  if (status !== undefined) return idempotent ? isRetryableStatus(status) : status === 429;
  if (networkErrorCode === undefined) return false;
  return idempotent || networkErrorCode === "ECONNREFUSED";
}
