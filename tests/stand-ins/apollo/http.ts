import type { IncomingMessage, ServerResponse } from "node:http";
import { json, rawBody } from "../shared/httpHelpers.ts";

/** Small HTTP helpers shared by the stand-in's routes. */
export { json };

export const BAD_GATEWAY_HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>";
export function badGateway(res: ServerResponse) {
  res.writeHead(502, { "content-type": "text/html" });
  res.end(BAD_GATEWAY_HTML);
}

export class BodyError extends Error {}

/** The request's JSON body as an object ({} when there is none). */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = (await rawBody(req)).toString("utf8").trim();
  if (text === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BodyError("The request body is not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new BodyError("The request body must be a JSON object.");
  return value as Record<string, unknown>;
}

export const tooMany = (path: string, limit: number) => ({
  message: `The maximum number of api calls allowed for api/v1${path} is ${limit} times per minute. Please upgrade your plan from https://app.apollo.io/#/settings/plans/upgrade.`,
});

export const forbidden = (path: string) => ({ error: `api/v1${path} is not accessible with this api_key`, error_code: "API_INACCESSIBLE" });

/** Fixed one-minute windows, each under its own name (an API key, or a key and a list). */
export function createRateWindows() {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    /** Counts one request in the window and says whether it went past `limit`, with Apollo's six headers. */
    take(name: string, limit: number) {
      const now = Date.now();
      let window = windows.get(name);
      if (!window || now - window.startedAt >= 60_000) {
        window = { startedAt: now, count: 0 };
        windows.set(name, window);
      }
      window.count += 1;
      return {
        exceeded: window.count > limit,
        headers: {
          "x-rate-limit-minute": String(limit),
          "x-rate-limit-hourly": String(limit * 10),
          "x-rate-limit-daily": String(limit * 30),
          "x-minute-requests-left": String(Math.max(0, limit - window.count)),
          "x-hourly-requests-left": String(limit * 10 - window.count),
          "x-daily-requests-left": String(limit * 30 - window.count),
        },
      };
    },
    clear: () => windows.clear(),
  };
}
export type RateWindows = ReturnType<typeof createRateWindows>;
