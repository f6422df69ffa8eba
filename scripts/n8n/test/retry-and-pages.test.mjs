import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { collectAllPages } from "../lib/pagination.mjs";
import { isRetryableStatus, parseRetryAfterMs, retryDelayMs, shouldRetry } from "../lib/retry.mjs";

describe("retry policy", () => {
  it("retries 429 and 5xx only", () => {
    assert.deepEqual(
      [200, 400, 401, 403, 404, 409, 429, 500, 502, 503, 599].map(isRetryableStatus),
      [false, false, false, false, false, false, true, true, true, true, true],
    );
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    assert.equal(parseRetryAfterMs("3", now), 3000);
    assert.equal(parseRetryAfterMs("0.5", now), 500);
    assert.equal(parseRetryAfterMs("Wed, 01 Jan 2025 00:00:10 GMT", now), 10_000);
    assert.equal(parseRetryAfterMs("Tue, 31 Dec 2024 00:00:00 GMT", now), 0);
    assert.equal(parseRetryAfterMs(null, now), undefined);
    assert.equal(parseRetryAfterMs("soon", now), undefined);
  });

  it("honours Retry-After up to a cap, otherwise backs off exponentially with jitter", () => {
    assert.equal(retryDelayMs({ attempt: 1, retryAfterMs: 2000 }), 2000);
    assert.equal(retryDelayMs({ attempt: 1, retryAfterMs: 600_000 }), 60_000);
    const delays = (random) => [1, 2, 3, 4, 10].map((attempt) => retryDelayMs({ attempt, baseMs: 100, maxMs: 1000, random }));
    assert.deepEqual(delays(() => 1), [100, 200, 400, 800, 1000]);
    assert.deepEqual(delays(() => 0), [50, 100, 200, 400, 500]);
  });

  it("repeats a create only when the server surely did nothing", () => {
    const base = { attempt: 1, maxRetries: 3 };
    assert.equal(shouldRetry({ ...base, status: 500, idempotent: true }), true);
    assert.equal(shouldRetry({ ...base, status: 500, idempotent: false }), false);
    assert.equal(shouldRetry({ ...base, status: 429, idempotent: false }), true);
    assert.equal(shouldRetry({ ...base, networkErrorCode: "ETIMEDOUT", idempotent: false }), false);
    assert.equal(shouldRetry({ ...base, networkErrorCode: "ECONNREFUSED", idempotent: false }), true);
    assert.equal(shouldRetry({ ...base, networkErrorCode: "ETIMEDOUT", idempotent: true }), true);
    assert.equal(shouldRetry({ ...base, status: 401, idempotent: true }), false);
    assert.equal(shouldRetry({ attempt: 4, maxRetries: 3, status: 503, idempotent: true }), false);
  });
});

describe("cursor pagination", () => {
  const pages = { undefined: { data: [1, 2], nextCursor: "b" }, b: { data: [3], nextCursor: "c" }, c: { data: [4], nextCursor: null } };

  it("follows nextCursor until it is empty", async () => {
    const cursors = [];
    const items = await collectAllPages(async (cursor) => {
      cursors.push(cursor);
      return pages[String(cursor)];
    });
    assert.deepEqual(items, [1, 2, 3, 4]);
    assert.deepEqual(cursors, [undefined, "b", "c"]);
  });

  it("treats a missing or empty nextCursor as the last page", async () => {
    assert.deepEqual(await collectAllPages(async () => ({ data: [1] })), [1]);
    assert.deepEqual(await collectAllPages(async () => ({ data: [1], nextCursor: "" })), [1]);
  });

  it("stops on a repeated cursor and after maxPages", async () => {
    await assert.rejects(collectAllPages(async () => ({ data: [], nextCursor: "same" })), /same nextCursor twice/);
    let n = 0;
    await assert.rejects(
      collectAllPages(async () => ({ data: [], nextCursor: String((n += 1)) }), { maxPages: 5 }),
      /stopped after 5 pages/,
    );
  });
});
