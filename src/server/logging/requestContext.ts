import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestContext {
  requestId: string;
}

/** Carries the request id through every async call a request makes, so each log line can name it. */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

const acceptableRequestId = /^[A-Za-z0-9._:-]{8,128}$/;

/** A caller (or Fly's proxy) may send its own X-Request-Id; anything odd is replaced. */
export function chooseRequestId(incoming: unknown, generate: () => string): string {
  return typeof incoming === "string" && acceptableRequestId.test(incoming) ? incoming : generate();
}
