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

/**
 * Our own ceiling on requests per minute (APOLLO_REQUESTS_PER_MINUTE), over a
 * sliding minute: how long to wait before the next request so that no 60 s
 * window ever holds more than `perMinute`. `sentAt` is sorted, oldest first.
 */
export function budgetWaitMs(sentAt: readonly number[], perMinute: number, now: number): number {
  const inWindow = sentAt.filter((time) => time > now - MINUTE_MS);
  if (inWindow.length < perMinute) return 0;
  return inWindow[inWindow.length - perMinute] + MINUTE_MS - now;
}

/** The times of the requests sent with one key, shared by every client of that key in this process. */
export class RequestBudget {
  private readonly sentAt: number[] = [];
  constructor(readonly perMinute: number) {}

  waitMs(now: number): number {
    while (this.sentAt.length > 0 && this.sentAt[0] <= now - MINUTE_MS) this.sentAt.shift();
    return budgetWaitMs(this.sentAt, this.perMinute, now);
  }

  record(now: number): void {
    this.sentAt.push(now);
  }
}

/** Below this share of the minute's requests left, requests are spread out instead of spent at once. */
export const SLOW_DOWN_BELOW_SHARE = 0.1;

/**
 * Slowing down before Apollo's limit: once fewer than a tenth of the minute's
 * requests are left, the rest are spread over a minute (a pause of 60 s / left
 * before each); none left waits the window out.
 */
export function paceDelayMs(state: RateLimitState): number {
  const { minuteLeft, minuteLimit } = state;
  if (minuteLeft === undefined) return 0;
  if (minuteLeft <= 0) return MINUTE_MS;
  const threshold = minuteLimit === undefined ? 10 : Math.max(1, Math.floor(minuteLimit * SLOW_DOWN_BELOW_SHARE));
  if (minuteLeft > threshold) return 0;
  return Math.ceil(MINUTE_MS / minuteLeft);
}
