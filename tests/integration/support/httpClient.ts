import superjson from "superjson";
import { randomUUID } from "node:crypto";
import { testEnvironment } from "./testEnvironment";
import { tokenFromLink, waitForEmail } from "./mailCatcher";

export interface HttpResult<Body = unknown> {
  status: number;
  body: Body;
}

async function send(
  method: string,
  path: string,
  options: { body?: unknown; sessionId?: string; headers?: Record<string, string> } = {},
): Promise<HttpResult> {
  const response = await fetch(`${testEnvironment.serverUrl}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(options.sessionId ? { authorization: `Bearer ${options.sessionId}` } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body };
}

/** Calls a Wasp operation the way the client does: POST /operations/<kebab-name> with superjson. */
export async function callOperation<Result = unknown>(
  kebabName: string,
  args: unknown,
  sessionId?: string,
): Promise<HttpResult<Result>> {
  const result = await send("POST", `/operations/${kebabName}`, { body: superjson.serialize(args), sessionId });
  if (result.status === 200) {
    return { status: 200, body: superjson.deserialize(result.body as Parameters<typeof superjson.deserialize>[0]) as Result };
  }
  return result as HttpResult<Result>;
}

export function post(path: string, body: unknown, sessionId?: string) {
  return send("POST", path, { body, sessionId });
}

/**
 * A POST from another client IP: the server trusts one proxy, so it takes the
 * client's address from X-Forwarded-For, as behind Fly's proxy.
 */
export function postFrom(clientIp: string, path: string, body: unknown) {
  return send("POST", path, { body, headers: { "x-forwarded-for": clientIp } });
}

export function get(path: string, sessionId?: string) {
  return send("GET", path, { sessionId });
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export const testPassword = "correct-horse-battery-staple-42";

/** Signs up, verifies through the emailed link, logs in: a real user with a session. */
export async function signUpVerifiedUser(
  label: string,
  email: string = uniqueEmail(label),
): Promise<{ email: string; sessionId: string }> {
  const signup = await post("/auth/email/signup", { email, password: testPassword });
  if (signup.status !== 200) throw new Error(`signup failed: ${signup.status} ${JSON.stringify(signup.body)}`);
  const verification = await waitForEmail(email, /verify/i);
  const verify = await post("/auth/email/verify-email", { token: tokenFromLink(verification) });
  if (verify.status !== 200) throw new Error(`verification failed: ${verify.status} ${JSON.stringify(verify.body)}`);
  const login = await post("/auth/email/login", { email, password: testPassword });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { email, sessionId: (login.body as { sessionId: string }).sessionId };
}

/** Sends a raw body (a CSV upload) with its own content type. */
export async function sendRaw(
  method: string,
  path: string,
  body: string,
  contentType: string,
  sessionId?: string,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  const response = await fetch(`${testEnvironment.serverUrl}${path}`, {
    method,
    headers: { "content-type": contentType, ...(sessionId ? { authorization: `Bearer ${sessionId}` } : {}), ...headers },
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body: parsed };
}

/** GET that keeps the body as text (CSV downloads) along with the headers. */
export async function getText(path: string, sessionId?: string) {
  const response = await fetch(`${testEnvironment.serverUrl}${path}`, {
    headers: sessionId ? { authorization: `Bearer ${sessionId}` } : {},
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The web client's origin: the one the server must allow across origins. */
export const clientOrigin = () => process.env.HF_TEST_CLIENT_URL ?? "http://localhost:3000";

/** The CORS preflight a browser on the web client's origin sends before calling path. */
export async function corsPreflight(path: string, method: string, requestHeaders: string) {
  const response = await fetch(`${testEnvironment.serverUrl}${path}`, {
    method: "OPTIONS",
    headers: { origin: clientOrigin(), "access-control-request-method": method, "access-control-request-headers": requestHeaders },
  });
  return { status: response.status, allowedOrigin: response.headers.get("access-control-allow-origin") };
}
