/** Apollo's rate-limit headers and the waits they imply. Pure. */
export interface RateLimitState {
  minuteLimit?: number;
  hourlyLimit?: number;
  dailyLimit?: number;
  minuteLeft?: number;
  hourlyLeft?: number;
  dailyLeft?: number;
}

type HeaderReader = { get(name: string): string | null };

const numberHeader = (headers: HeaderReader, name: string) => {
  const value = headers.get(name);
  if (value === null || value.trim() === "") return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
};

export function readRateLimit(headers: HeaderReader): RateLimitState {
  return {
    minuteLimit: numberHeader(headers, "x-rate-limit-minute"),
    hourlyLimit: numberHeader(headers, "x-rate-limit-hourly"),
    dailyLimit: numberHeader(headers, "x-rate-limit-daily"),
    minuteLeft: numberHeader(headers, "x-minute-requests-left"),
    hourlyLeft: numberHeader(headers, "x-hourly-requests-left"),
    dailyLeft: numberHeader(headers, "x-daily-requests-left"),
  };
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(headers: HeaderReader, now: number): number | undefined {
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export const BASE_BACKOFF_MS = 1_000;
export const MAX_BACKOFF_MS = 60_000;
const MINUTE_MS = 60_000;

/**
 * How long to wait before attempt `attempt + 1` after a retryable failure:
 * Retry-After when Apollo sends it; a minute when the minute window is spent;
 * otherwise exponential backoff with jitter (1 s, 2 s, 4 s, ... up to 60 s).
 */
export function retryDelayMs({
  attempt,
  headers,
  now,
  random = Math.random,
}: {
  attempt: number;
  headers?: HeaderReader;
  now: number;
  random?: () => number;
}): number {
  const told = headers ? retryAfterMs(headers, now) : undefined;
  if (told !== undefined) return told;
  if (headers && numberHeader(headers, "x-minute-requests-left") === 0) return MINUTE_MS;
  const exponential = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
