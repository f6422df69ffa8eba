import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerFromSchema, type JsonSchema } from "./answerFromSchema.ts";
import { isRetryRequest, messagesOf, sourcesInPrompt, subjectDomainInPrompt, type PromptMessage } from "./promptSources.ts";
import {
  behaviourOf,
  citingUnknownSource,
  isScenario,
  refusalText,
  scenarioOfDomain,
  violatingSchema,
  withUnverifiedNumber,
  type Scenario,
} from "./scenarios.ts";

/**
 * A local stand-in for OpenAI's chat completions API (documented shapes only),
 * for tests and offline development: POST /v1/chat/completions and GET /v1/models,
 * errors as { error: { message, type, param, code } } with OpenAI's statuses and
 * retry headers. How it answers is the scenario (scenarios.ts). The key decides
 * first: no Authorization: Bearer, or the key sk-invalid, is a 401.
 * Its own endpoints: GET /__stand-in/requests (the log), GET /__stand-in/stats
 * (requests in flight now and at most), POST /__stand-in/reset.
 */
export interface StandInRequest {
  method: string;
  path: string;
  scenario: Scenario;
  model: string | null;
  messages: PromptMessage[];
  /** The SDK's x-stainless-retry-count: 0 for a first attempt. */
  sdkRetry: number;
  /** The request holds the app's follow-up after a bad answer. */
  isRetry: boolean;
  /** null while unanswered (or for ever, in "hang"). */
  status: number | null;
  usage: Usage | null;
  finishReason: string | null;
}

interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface OpenAiStandIn {
  /** The base URL for the SDK: http://127.0.0.1:PORT/v1 */
  url: string;
  /** The base URL that selects a scenario: http://127.0.0.1:PORT/scenario/<name>/v1 */
  urlFor(scenario: Scenario): string;
  requests: StandInRequest[];
  readonly inFlight: number;
  readonly maxInFlight: number;
  reset(): void;
  close(): Promise<void>;
}

export interface OpenAiStandInOptions {
  port?: number;
  /** How long "slow" takes to answer. */
  slowDelayMs?: number;
  /** The retry-after-ms of "rate-limited-once". */
  retryAfterMs?: number;
}

export const invalidKey = "sk-invalid";
const standInModels = ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini"];

/** About four characters a token, as OpenAI's tokenizers go for English. */
const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));

const errorBody = (message: string, type: string, code: string | null, param: string | null = null) => ({ error: { message, type, param, code } });

export async function startOpenAiStandIn({ port = 0, slowDelayMs = 200, retryAfterMs = 50 }: OpenAiStandInOptions = {}): Promise<OpenAiStandIn> {
  const requests: StandInRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;
  let nextId = 1;

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json", "x-request-id": `req_standin_${nextId++}`, ...headers });
    res.end(JSON.stringify(body));
  };

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const readBody = async (req: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  };

  function completion(model: string, messages: PromptMessage[], content: string | null, extra: { refusal?: string; finishReason?: string } = {}) {
    const promptTokens = messages.reduce((sum, message) => sum + tokensOf(message.content) + 4, 3);
    const completionTokens = tokensOf(content ?? extra.refusal ?? "");
    const usage: Usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
    const finishReason = extra.finishReason ?? "stop";
    return {
      usage,
      finishReason,
      body: {
        id: `chatcmpl-standin-${nextId}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message: { role: "assistant", content, refusal: extra.refusal ?? null, annotations: [] }, logprobs: null, finish_reason: finishReason }],
        usage,
        service_tier: "default",
        system_fingerprint: "fp_stand_in",
      },
    };
  }

  const keyOf = (req: IncomingMessage) => /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
  const authorized = (req: IncomingMessage) => keyOf(req) !== "" && keyOf(req) !== invalidKey;
  const unauthorized = (req: IncomingMessage, res: ServerResponse) =>
    json(
      res,
      401,
      errorBody(
        keyOf(req) === "" ? "You didn't provide an API key." : "Incorrect API key provided: sk-inv***lid. You can find your API key at https://platform.openai.com/account/api-keys.",
        "invalid_request_error",
        "invalid_api_key",
      ),
    );

  async function chatCompletion(req: IncomingMessage, res: ServerResponse, pathScenario: Scenario | null, path: string) {
    let body: unknown;
    try {
      body = await readBody(req);
    } catch {
      return json(res, 400, errorBody("We could not parse the JSON body of your request.", "invalid_request_error", null));
    }
    const request = (body ?? {}) as { model?: unknown; response_format?: { type?: string; json_schema?: { schema?: JsonSchema } } };
    const messages = messagesOf(body);
    const userText = messages.filter((message) => message.role === "user").map((message) => message.content).join("\n");
    const scenario = pathScenario ?? scenarioOfDomain(subjectDomainInPrompt(userText)) ?? "valid";
    const isRetry = isRetryRequest(messages);
    const entry: StandInRequest = {
      method: "POST",
      path,
      scenario,
      model: typeof request.model === "string" ? request.model : null,
      messages,
      sdkRetry: Number(req.headers["x-stainless-retry-count"] ?? 0) || 0,
      isRetry,
      status: null,
      usage: null,
      finishReason: null,
    };
    requests.push(entry);
    const answer = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      json(res, status, payload, headers);
    };

    if (!authorized(req)) {
      entry.status = 401;
      return unauthorized(req, res);
    }
    if (typeof request.model !== "string" || messages.length === 0) {
      return answer(400, errorBody("you must provide a model parameter and at least one message", "invalid_request_error", null, "model"));
    }
    const model = request.model;

    const behaviour = behaviourOf(scenario, isRetry);
    switch (behaviour) {
      case "hang":
        return; // the response stays open; close() or the client ends it
      case "server-error":
        return answer(500, errorBody("The server had an error while processing your request. Sorry about that!", "server_error", null));
      case "insufficient-quota":
        return answer(
          429,
          errorBody(
            "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
            "insufficient_quota",
            "insufficient_quota",
          ),
        );
      case "rate-limited-once":
        if (entry.sdkRetry === 0) {
          return answer(
            429,
            errorBody(`Rate limit reached for ${model} on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in ${retryAfterMs}ms.`, "requests", "rate_limit_exceeded"),
            { "retry-after-ms": String(retryAfterMs), "retry-after": String(Math.max(1, Math.ceil(retryAfterMs / 1000))) },
          );
        }
        break;
      case "slow":
        await wait(slowDelayMs);
        break;
      default:
        break;
    }

    const schema = request.response_format?.type === "json_schema" ? request.response_format.json_schema?.schema : undefined;
    const sources = sourcesInPrompt(userText);
    const valid = schema ? answerFromSchema(schema, sources) : null;
    const validText = valid === null ? "Stand-in answer." : JSON.stringify(valid);
    let reply: ReturnType<typeof completion>;
    switch (behaviour) {
      case "truncated":
        reply = completion(model, messages, validText.slice(0, Math.floor(validText.length * 0.6)), { finishReason: "length" });
        break;
      case "schema-violation":
        reply = completion(model, messages, JSON.stringify(violatingSchema(valid)));
        break;
      case "bad-citation":
        reply = completion(model, messages, JSON.stringify(citingUnknownSource(valid)));
        break;
      case "unverified-number":
        reply = completion(model, messages, JSON.stringify(withUnverifiedNumber(valid, sources)));
        break;
      case "refusal":
        reply = completion(model, messages, null, { refusal: refusalText });
        break;
      case "empty":
        reply = completion(model, messages, "");
        break;
      default:
        reply = completion(model, messages, validText);
    }
    entry.usage = reply.usage;
    entry.finishReason = reply.finishReason;
    answer(200, reply.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__stand-in/requests") return json(res, 200, requests);
    if (url.pathname === "/__stand-in/stats") return json(res, 200, { inFlight, maxInFlight, requestCount: requests.length });
    if (url.pathname === "/__stand-in/reset" && req.method === "POST") {
      reset();
      return json(res, 200, { reset: true });
    }

    const scenarioPath = /^\/scenario\/([^/]+)(\/.*)$/.exec(url.pathname);
    const pathScenario = scenarioPath && isScenario(scenarioPath[1]) ? scenarioPath[1] : null;
    const path = scenarioPath ? scenarioPath[2] : url.pathname;
    if (scenarioPath && !pathScenario) {
      return json(res, 404, errorBody(`Unknown stand-in scenario ${scenarioPath[1]}`, "invalid_request_error", "unknown_scenario"));
    }

    if (path === "/v1/chat/completions" && req.method === "POST") {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.once("close", () => {
        inFlight -= 1;
      });
      // Logged before the key is checked, so a test sees a rejected key was not retried.
      return chatCompletion(req, res, pathScenario, path);
    }
    if (!authorized(req)) return unauthorized(req, res);
    if (path === "/v1/models" && req.method === "GET") {
      return json(res, 200, { object: "list", data: standInModels.map((id) => ({ id, object: "model", created: 1_700_000_000, owned_by: "stand-in" })) });
    }
    return json(res, 404, errorBody(`Invalid URL (${req.method} ${path})`, "invalid_request_error", null));
  }

  function reset() {
    requests.length = 0;
    maxInFlight = inFlight;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => json(res, 500, errorBody(String(error), "server_error", null)));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: boundPort } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${boundPort}`;
  return {
    url: `${origin}/v1`,
    urlFor: (scenario) => `${origin}/scenario/${scenario}/v1`,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
