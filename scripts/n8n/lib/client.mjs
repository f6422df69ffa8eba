// A small client for n8n's public REST API (/api/v1): timeouts, retries with backoff, checked responses.
import { collectAllPages } from "./pagination.mjs";
import { N8nApiError, describeHttpFailure } from "./errors.mjs";
import { parseRetryAfterMs, retryDelayMs, shouldRetry } from "./retry.mjs";

/** The instance's root URL, whether given as https://host, https://host/ or https://host/api/v1. */
export function normalizeBaseUrl(value) {
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`N8N_API_URL is not a URL: "${value}" (expected e.g. https://<app>.fly.dev)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`N8N_API_URL must start with http:// or https:// (got ${url.protocol})`);
  }
  url.search = "";
  url.hash = "";
  return url.toString().replace(/\/+$/, "").replace(/\/api\/v1$/, "");
}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

function expectWorkflowList(body) {
  if (!isObject(body) || !Array.isArray(body.data)) throw new Error("the workflow list has no data array");
  const nextCursor = body.nextCursor;
  if (nextCursor !== undefined && nextCursor !== null && typeof nextCursor !== "string") {
    throw new Error("the workflow list's nextCursor is not a string");
  }
  for (const item of body.data) {
    if (!isObject(item) || typeof item.id !== "string" || typeof item.name !== "string") {
      throw new Error("a listed workflow has no string id and name");
    }
  }
  return { data: body.data, nextCursor };
}

function expectWithId(body) {
  if (!isObject(body) || (typeof body.id !== "string" && typeof body.id !== "number")) {
    throw new Error("the response has no id");
  }
  return { ...body, id: String(body.id) };
}

/**
 * createN8nClient({ baseUrl, apiKey }) → { listWorkflows, createWorkflow, updateWorkflow,
 * activateWorkflow, createCredential }. fetchImpl, sleep, random and onRetry are injectable for tests.
 */
export function createN8nClient({
  baseUrl,
  apiKey,
  timeoutMs = 15_000,
  maxRetries = 4,
  retryBaseMs = 500,
  pageSize = 250,
  fetchImpl = globalThis.fetch,
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random = Math.random,
  onRetry = () => {},
}) {
  const root = normalizeBaseUrl(baseUrl);
  if (typeof apiKey !== "string" || apiKey.trim() === "") throw new Error("no n8n API key given");

  async function request(method, path, { body, idempotent = true, expect } = {}) {
    for (let attempt = 1; ; attempt += 1) {
      let response;
      let networkErrorCode;
      try {
        response = await fetchImpl(`${root}/api/v1${path}`, {
          method,
          headers: {
            "X-N8N-API-KEY": apiKey,
            accept: "application/json",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        networkErrorCode =
          error?.name === "TimeoutError" ? "ETIMEDOUT" : (error?.cause?.code ?? error?.code ?? "ENETWORK");
        if (!shouldRetry({ networkErrorCode, idempotent, attempt, maxRetries })) {
          const reason =
            networkErrorCode === "ETIMEDOUT"
              ? `no answer within ${timeoutMs} ms`
              : networkErrorCode === "ENETWORK"
                ? (error?.cause?.message ?? error?.message)
                : networkErrorCode;
          throw new N8nApiError(
            `could not reach n8n at ${root} for ${method} ${path}: ${reason}. Check N8N_API_URL and that n8n is running.`,
            { method, path },
          );
        }
        const delay = retryDelayMs({ attempt, baseMs: retryBaseMs, random });
        onRetry({ method, path, reason: networkErrorCode, attempt, maxRetries, delayMs: delay });
        await sleep(delay);
        continue;
      }

      const text = await response.text();
      if (response.ok) {
        let parsed;
        try {
          parsed = text === "" ? {} : JSON.parse(text);
        } catch {
          throw new N8nApiError(`n8n answered ${method} ${path} with something that is not JSON`, { method, path });
        }
        try {
          return expect ? expect(parsed) : parsed;
        } catch (error) {
          throw new N8nApiError(`unexpected answer from n8n to ${method} ${path}: ${error.message}`, { method, path });
        }
      }

      const status = response.status;
      if (shouldRetry({ status, idempotent, attempt, maxRetries })) {
        const retryAfterMs = parseRetryAfterMs(response.headers.get("retry-after"));
        const delay = retryDelayMs({ attempt, retryAfterMs, baseMs: retryBaseMs, random });
        onRetry({ method, path, reason: String(status), attempt, maxRetries, delayMs: delay });
        await sleep(delay);
        continue;
      }
      let detail;
      try {
        detail = JSON.parse(text)?.message;
      } catch {
        detail = undefined;
      }
      let message = describeHttpFailure({ status, method, path, baseUrl: root, detail });
      if (!idempotent && status >= 500) {
        message += " The workflow may have been created anyway: run the import again, it updates rather than duplicates.";
      }
      throw new N8nApiError(message, { status, method, path });
    }
  }

  return {
    baseUrl: root,
    listWorkflows: () =>
      collectAllPages((cursor) => {
        const query = new URLSearchParams({ limit: String(pageSize) });
        if (cursor) query.set("cursor", cursor);
        return request("GET", `/workflows?${query}`, { expect: expectWorkflowList });
      }),
    createWorkflow: (payload) => request("POST", "/workflows", { body: payload, idempotent: false, expect: expectWithId }),
    updateWorkflow: (id, payload) =>
      request("PUT", `/workflows/${encodeURIComponent(id)}`, { body: payload, expect: expectWithId }),
    activateWorkflow: (id) => request("POST", `/workflows/${encodeURIComponent(id)}/activate`, { expect: expectWithId }),
    createCredential: (credential) =>
      request("POST", "/credentials", { body: credential, idempotent: false, expect: expectWithId }),
  };
}
