import { describe, expect, it } from "vitest";
import { budgetWaitMs, paceDelayMs, readRateLimit, RequestBudget, retryAfterMs, retryDelayMs } from "./rateLimit";

const headers = (values: Record<string, string>) => new Headers(values);

describe("rate-limit headers", () => {
  it("reads Apollo's six headers", () => {
    expect(
      readRateLimit(
        headers({
          "x-rate-limit-minute": "50",
          "x-rate-limit-hourly": "200",
          "x-rate-limit-daily": "600",
          "x-minute-requests-left": "0",
          "x-hourly-requests-left": "150",
          "x-daily-requests-left": "abc",
        }),
      ),
    ).toEqual({ minuteLimit: 50, hourlyLimit: 200, dailyLimit: 600, minuteLeft: 0, hourlyLeft: 150, dailyLeft: undefined });
  });

  it("reads Retry-After as seconds or as a date", () => {
    const now = Date.parse("2026-11-23T12:00:00Z");
    expect(retryAfterMs(headers({ "retry-after": "3" }), now)).toBe(3000);
    expect(retryAfterMs(headers({ "retry-after": "Mon, 23 Nov 2026 12:00:10 GMT" }), now)).toBe(10_000);
    expect(retryAfterMs(headers({}), now)).toBeUndefined();
  });
});

describe("retryDelayMs", () => {
  const fixed = () => 0.5;

  it("prefers Retry-After", () => {
    expect(retryDelayMs({ attempt: 3, headers: headers({ "retry-after": "2" }), now: 0, random: fixed })).toBe(2000);
  });

  it("waits a minute when the minute's requests are spent", () => {
    expect(retryDelayMs({ attempt: 1, headers: headers({ "x-minute-requests-left": "0" }), now: 0, random: fixed })).toBe(60_000);
  });

  it("otherwise doubles from a second, capped at a minute", () => {
    expect([1, 2, 3, 10].map((attempt) => retryDelayMs({ attempt, now: 0, random: fixed }))).toEqual([1000, 2000, 4000, 60_000]);
  });

  it("adds up to ±20% jitter", () => {
    expect(retryDelayMs({ attempt: 1, now: 0, random: () => 0 })).toBe(800);
    expect(retryDelayMs({ attempt: 1, now: 0, random: () => 1 })).toBe(1200);
  });
});

describe("our own request budget and pacing", () => {
  it("waits until the oldest request of a full minute leaves the window", () => {
    expect(budgetWaitMs([], 3, 1_000)).toBe(0);
    expect(budgetWaitMs([0, 10, 20], 4, 30)).toBe(0);
    expect(budgetWaitMs([0, 10, 20], 3, 30)).toBe(60_000 - 30);
    expect(budgetWaitMs([0, 10, 20, 30], 3, 40)).toBe(10 + 60_000 - 40);
    expect(budgetWaitMs([0, 10, 20], 3, 60_001)).toBe(0);
  });

  it("keeps any 60 s window at or under the ceiling, shared by its users", () => {
    const budget = new RequestBudget(5);
    let clock = 0;
    const sent: number[] = [];
    for (let request = 0; request < 17; request += 1) {
      clock += budget.waitMs(clock);
      budget.record(clock);
      sent.push(clock);
      clock += 100;
    }
    for (const start of sent) expect(sent.filter((time) => time >= start && time < start + 60_000).length).toBeLessThanOrEqual(5);
    expect(sent[16]).toBeGreaterThanOrEqual(3 * 60_000);
  });

  it("spreads the last tenth of the minute's requests out, and waits a spent minute out", () => {
    expect(paceDelayMs({})).toBe(0);
    expect(paceDelayMs({ minuteLimit: 600, minuteLeft: 300 })).toBe(0);
    expect(paceDelayMs({ minuteLimit: 600, minuteLeft: 60 })).toBe(1_000);
    expect(paceDelayMs({ minuteLimit: 600, minuteLeft: 6 })).toBe(10_000);
    expect(paceDelayMs({ minuteLimit: 50, minuteLeft: 0 })).toBe(60_000);
    expect(paceDelayMs({ minuteLeft: 4 })).toBe(15_000);
  });
});
