import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLlmClient, sharedLlmClient } from "../../../src/llm/llmClient";
import { costUsd } from "../../../src/llm/llmCost";
import type { LlmSettings } from "../../../src/llm/llmEnv";
import { narrativeSectionsFor } from "../../../src/reports/narrative/narrativeLayout";
import { reportKinds } from "../../../src/reports/reportKinds";
import { writeGroundedNarrative, type NarrativeOutcome, type WriteNarrativeInput } from "../../../src/reports/writing/writeGroundedNarrative";
import { startOpenAiStandIn, type OpenAiStandIn } from "./openAiStandIn";
import { sampleSources } from "./sampleSources";
import type { Scenario } from "./scenarios";

/** The real openai SDK, through llmClient and writeGroundedNarrative, against the local stand-in. */
let standIn: OpenAiStandIn;
const SLOW_DELAY_MS = 150;

beforeAll(async () => {
  standIn = await startOpenAiStandIn({ slowDelayMs: SLOW_DELAY_MS, retryAfterMs: 50 });
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

const apiKey = "sk-test-0123456789abcdefghij";

const settings = (overrides: Partial<LlmSettings> = {}): LlmSettings => ({
  apiKey,
  baseUrl: standIn.url,
  model: "gpt-4o-mini",
  timeoutMs: 5_000,
  maxRetries: 2,
  maxConcurrency: 4,
  prices: {},
  ...overrides,
});

const input = (overrides: Partial<WriteNarrativeInput> = {}): WriteNarrativeInput => ({
  kind: "MARKET",
  subject: { name: "Acme Analytics", domain: "acme-analytics.com" },
  sources: sampleSources(),
  ...overrides,
});

const write = (scenario: Scenario | null, overrides: Partial<LlmSettings> = {}, request: Partial<WriteNarrativeInput> = {}) =>
  writeGroundedNarrative(createLlmClient(settings({ baseUrl: scenario ? standIn.urlFor(scenario) : standIn.url, ...overrides })), input(request));

/** What the stand-in says it charged: the usage of every answered call. */
function answeredUsage() {
  const answered = standIn.requests.filter((request) => request.status === 200);
  const promptTokens = answered.reduce((sum, request) => sum + (request.usage?.prompt_tokens ?? 0), 0);
  const completionTokens = answered.reduce((sum, request) => sum + (request.usage?.completion_tokens ?? 0), 0);
  return { answeredCount: answered.length, usage: { model: "gpt-4o-mini", promptTokens, completionTokens, costUsd: costUsd("gpt-4o-mini", promptTokens, completionTokens) } };
}

function failed(outcome: NarrativeOutcome) {
  if (outcome.ok) throw new Error("expected the narrative to fail");
  expect(outcome.reason).not.toContain(apiKey);
  return outcome;
}

function written(outcome: NarrativeOutcome) {
  if (!outcome.ok) throw new Error(`expected a narrative, got: ${outcome.reason}`);
  return outcome;
}

const lastMessage = (index: number) => standIn.requests[index].messages.at(-1)?.content ?? "";

describe("a valid answer", () => {
  it.each(reportKinds)("becomes a checked %s narrative, sections in layout order, usage as charged", async (kind) => {
    const outcome = written(await write(null, {}, { kind }));
    const layout = narrativeSectionsFor(kind);
    expect(outcome.narrative.status).toBe("written");
    expect(outcome.narrative.model).toBe("gpt-4o-mini");
    expect(outcome.narrative.sections.map(({ key, title, kind: sectionKind }) => ({ key, title, kind: sectionKind }))).toEqual(
      layout.map(({ key, title, kind: sectionKind }) => ({ key, title, kind: sectionKind })),
    );
    const claims = outcome.narrative.sections.flatMap((section) => section.claims);
    expect(claims.length).toBeGreaterThanOrEqual(layout.length * 2);
    const sourceNumbers = sampleSources().map((source) => source.number);
    for (const claim of claims) {
      expect(claim.citations.length).toBeGreaterThan(0);
      expect(sourceNumbers).toEqual(expect.arrayContaining(claim.citations));
    }
    // The stand-in quotes figures of the cited sources, so the number check had something to pass.
    expect(claims.filter((claim) => /\d/.test(claim.text)).length).toBeGreaterThan(claims.length / 2);
    expect(outcome.grounding).toEqual({ claimCount: claims.length, citedClaimCount: claims.length, unverifiedNumberCount: 0 });
    expect(outcome.narrative.evidenceGaps).toHaveLength(1);

    expect(standIn.requests).toHaveLength(1);
    const { usage } = answeredUsage();
    expect(usage.promptTokens).toBeGreaterThan(500);
    expect(outcome.usage).toEqual(usage);
    expect(outcome.usage.costUsd).toBeGreaterThan(0);
  });

  it("was asked with the subject, the sections and the numbered sources, and the API key as a Bearer token", async () => {
    written(await write(null));
    const [request] = standIn.requests;
    expect(request).toMatchObject({ model: "gpt-4o-mini", scenario: "valid", isRetry: false, sdkRetry: 0 });
    expect(request.messages.map((message) => message.role)).toEqual(["system", "user"]);
    const user = request.messages[1].content;
    expect(user).toContain("Domain: acme-analytics.com");
    expect(user).toContain("- recommendations: Recommendations (recommendations).");
    expect(user).toContain("[1] Acme Analytics: firmographics (as of 2025-03-01)\n- Industry: computer software");
    expect(user).toContain("[12] Mention on Reddit\n- Score: -0.6");
  });
});

describe("scenario selection", () => {
  it("follows the subject's domain when the base URL names none", async () => {
    const outcome = written(await write(null, {}, { subject: { name: "Acme", domain: "llm-truncated-once.example.com" } }));
    expect(outcome.narrative.status).toBe("written");
    expect(standIn.requests.map((request) => request.scenario)).toEqual(["truncated-once", "truncated-once"]);
  });

  it("follows the base URL's path over the domain", async () => {
    failed(await write("empty", {}, { subject: { name: "Acme", domain: "llm-valid.example.com" } }));
    expect(standIn.requests.map((request) => request.scenario)).toEqual(["empty", "empty"]);
  });
});

describe("answers that cannot be used are asked again once, with the problem stated", () => {
  it.each([
    ["truncated", "The AI model's answer was cut off twice (finish_reason: length); try again, or use a model with a larger output limit via OPENAI_MODEL.", /cut off at the output limit \(finish_reason: length\)/],
    ["schema-violation", /^The AI model's answer did not match the report's schema twice \(.+\); use a model that supports structured output/, /did not match the required JSON schema \(.*citations/],
    ["bad-citation", "The AI model's answer cited sources that do not exist twice (999; there are 12 sources); try again, or choose another model via OPENAI_MODEL.", /^Your previous answer cited source 999, which does not exist: there are 12 sources\./],
    ["refusal", /^The AI model's answer was a refusal twice \("I'm sorry, but I can't help with that request\."\); try again/, /was a refusal \("I'm sorry/],
    ["empty", "The AI model's answer was empty twice; try again, or choose another model via OPENAI_MODEL.", /^Your previous answer was empty\./],
  ] as const)("%s twice fails with the reason, usage summed over both answers", async (scenario, reason, followUp) => {
    const outcome = failed(await write(scenario));
    expect(outcome.failure).toBe("answer_rejected");
    if (typeof reason === "string") expect(outcome.reason).toBe(reason);
    else expect(outcome.reason).toMatch(reason);

    expect(standIn.requests.map((request) => request.isRetry)).toEqual([false, true]);
    expect(lastMessage(0)).not.toMatch(/Your previous answer/);
    expect(lastMessage(1)).toMatch(followUp);
    const { answeredCount, usage } = answeredUsage();
    expect(answeredCount).toBe(2);
    expect(outcome.usage).toEqual(usage);
  });

  it.each(["truncated-once", "schema-violation-once", "bad-citation-once", "refusal-once"] as const)(
    "%s succeeds on the second answer, both paid for",
    async (scenario) => {
      const outcome = written(await write(scenario));
      expect(outcome.grounding.unverifiedNumberCount).toBe(0);
      expect(standIn.requests.map((request) => request.isRetry)).toEqual([false, true]);
      expect(lastMessage(1)).toMatch(/^Your previous answer /);
      const { answeredCount, usage } = answeredUsage();
      expect(answeredCount).toBe(2);
      expect(outcome.usage).toEqual(usage);
      expect(outcome.usage.promptTokens).toBeGreaterThan(standIn.requests[0].usage?.prompt_tokens ?? Infinity);
    },
  );
});

describe("a number no cited source holds", () => {
  it("is marked unverified, without asking again", async () => {
    const outcome = written(await write("unverified-number"));
    const [first, ...others] = outcome.narrative.sections.flatMap((section) => section.claims);
    expect(first.unverifiedNumbers).toEqual(["7,777,777"]);
    expect(others.every((claim) => claim.unverifiedNumbers.length === 0)).toBe(true);
    expect(outcome.grounding.unverifiedNumberCount).toBe(1);
    expect(standIn.requests).toHaveLength(1);
  });
});

describe("provider failures", () => {
  it("gets through a 429 on the SDK's own retry, after the retry-after-ms wait", async () => {
    const startedAt = Date.now();
    const outcome = written(await write("rate-limited-once"));
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(45);
    expect(standIn.requests.map((request) => [request.status, request.sdkRetry])).toEqual([
      [429, 0],
      [200, 1],
    ]);
    expect(outcome.usage).toEqual(answeredUsage().usage);
  });

  it("stops at the first insufficient-quota 429, no retry, saying to add credit", async () => {
    const outcome = failed(await write("insufficient-quota", { maxRetries: 2 }));
    expect(outcome.failure).toBe("insufficient_quota");
    expect(outcome.reason).toMatch(/add credit to the account, or set OPENAI_API_KEY to a key with credit/);
    expect(standIn.requests).toHaveLength(1);
    expect(outcome.usage).toMatchObject({ promptTokens: 0, completionTokens: 0 });
  });

  it("fails on a 5xx once the SDK's retries are spent", async () => {
    const outcome = failed(await write("server-error", { maxRetries: 1 }));
    expect(outcome.failure).toBe("provider_unavailable");
    expect(outcome.reason).toMatch(/kept failing with 500 \(2 attempts\)/);
    expect(standIn.requests.map((request) => request.sdkRetry)).toEqual([0, 1]);
  });

  it("does not retry a rejected key, and never repeats the key", async () => {
    const outcome = failed(await write(null, { apiKey: "sk-invalid" }));
    expect(outcome.failure).toBe("key_rejected");
    expect(outcome.reason).toMatch(/rejected the API key \(401\); check OPENAI_API_KEY/);
    expect(outcome.reason).not.toMatch(/sk-/);
    expect(standIn.requests.map((request) => request.status)).toEqual([401]);
  });

  it("times out a request that never answers at the configured timeout", async () => {
    const startedAt = Date.now();
    const outcome = failed(await write("hang", { timeoutMs: 300, maxRetries: 0 }));
    const elapsed = Date.now() - startedAt;
    expect(outcome.failure).toBe("timed_out");
    expect(outcome.reason).toMatch(/did not answer within 300 ms \(OPENAI_TIMEOUT_MS\)/);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1_500);
    expect(standIn.requests).toHaveLength(1);
    await expect.poll(() => standIn.inFlight, { timeout: 1_000 }).toBe(0);
  });

  it("lets the SDK retry a timeout, then stops", async () => {
    const outcome = failed(await write("hang", { timeoutMs: 300, maxRetries: 1 }));
    expect(outcome.failure).toBe("timed_out");
    expect(outcome.reason).toMatch(/within 300 ms \(OPENAI_TIMEOUT_MS\) \(2 attempts\)/);
    expect(standIn.requests.map((request) => request.sdkRetry)).toEqual([0, 1]);
  });

  it("names a provider it cannot reach", async () => {
    const closed = await startOpenAiStandIn();
    const url = closed.url;
    await closed.close();
    const outcome = failed(await write(null, { baseUrl: url, maxRetries: 0 }));
    expect(outcome.failure).toBe("unreachable");
    expect(outcome.reason).toMatch(/could not be reached; check OPENAI_BASE_URL/);
  });

  it("stops at the job's deadline through its AbortSignal", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const startedAt = Date.now();
    const outcome = failed(await write("hang", { timeoutMs: 5_000 }, { signal: controller.signal }));
    expect(outcome.failure).toBe("aborted");
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    expect(standIn.requests).toHaveLength(1);
  });

  it("sends nothing once the deadline has passed, nor without sources", async () => {
    expect(failed(await write(null, {}, { signal: AbortSignal.abort() })).failure).toBe("aborted");
    expect(failed(await write(null, {}, { sources: [] })).failure).toBe("no_sources");
    expect(standIn.requests).toHaveLength(0);
  });
});

describe("the concurrency limit", () => {
  it("keeps at most OPENAI_MAX_CONCURRENCY requests in flight, across the reports of the process", async () => {
    const limited = settings({ baseUrl: standIn.urlFor("slow"), maxConcurrency: 3 });
    const startedAt = Date.now();
    // Each report asks the process's client: one limit for all of them.
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => writeGroundedNarrative(sharedLlmClient(limited), input())));
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(standIn.requests).toHaveLength(10);
    expect(standIn.maxInFlight).toBe(3);
    // Four rounds of at most three slow answers.
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(4 * SLOW_DELAY_MS - 20);
    expect(sharedLlmClient(limited)).toBe(sharedLlmClient({ ...limited }));
  });

  it("ends a call waiting for a slot at its deadline", async () => {
    const llm = createLlmClient(settings({ baseUrl: standIn.urlFor("slow"), maxConcurrency: 1 }));
    const controller = new AbortController();
    const first = writeGroundedNarrative(llm, input());
    const waiting = writeGroundedNarrative(llm, input({ signal: controller.signal }));
    controller.abort();
    expect(failed(await waiting).failure).toBe("aborted");
    expect((await first).ok).toBe(true);
    expect(standIn.requests).toHaveLength(1);
  });
});

describe("stand-in", () => {
  it("closes at once with a request hanging", async () => {
    const own = await startOpenAiStandIn();
    const hanging = fetch(`${own.urlFor("hang")}/chat/completions`, {
      method: "POST",
      headers: { authorization: "Bearer sk-test", "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hello" }] }),
    });
    await expect.poll(() => own.inFlight).toBe(1);
    const startedAt = Date.now();
    await own.close();
    expect(Date.now() - startedAt).toBeLessThan(500);
    await expect(hanging).rejects.toThrow();
  });

  it("starts from the command line, answers in OpenAI's shapes, and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [path.join(__dirname, "main.ts"), "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
    const [line] = (await once(child.stdout!, "data")) as [Buffer];
    const url = /listening on (\S+)/.exec(line.toString())?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const models = await fetch(`${url}/models`, { headers: { authorization: "Bearer sk-test" } });
    expect(models.status).toBe(200);
    expect(await models.json()).toMatchObject({ object: "list", data: expect.arrayContaining([expect.objectContaining({ id: "gpt-4o-mini", object: "model" })]) });
    const unauthorized = await fetch(`${url}/models`);
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toMatchObject({ error: { type: "invalid_request_error", code: "invalid_api_key", param: null } });
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(0);
  });
});
