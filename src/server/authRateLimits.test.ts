import express from "express";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAuthRateLimiters, normalisedEmailOf, type AuthRateLimitSettings } from "./authRateLimits";

let server: ReturnType<express.Express["listen"]> | undefined;

const CORRECT_PASSWORD = "right";
const roomy: AuthRateLimitSettings = { windowSeconds: 60, requestsPerIp: 100, failuresPerIp: 100, failuresPerIpAndEmail: 100, failuresPerEmail: 100 };

/** An app shaped like Wasp's: the limiters inside routers mounted at /auth and /operations, one trusted proxy. */
async function startApp(settings: Partial<AuthRateLimitSettings>): Promise<string> {
  const app = express();
  app.set("trust proxy", 1);
  const limiters = createAuthRateLimiters({ ...roomy, ...settings });
  const auth = express.Router();
  auth.use(express.json());
  for (const limiter of limiters) auth.use(limiter);
  auth.post("/email/login", (req, res) => {
    if (req.body.password === CORRECT_PASSWORD) res.json({ sessionId: "s" });
    else res.status(401).json({ message: "Invalid credentials" });
  });
  auth.post("/email/signup", (_req, res) => res.json({ success: true }));
  app.use("/auth", auth);
  const operations = express.Router();
  for (const limiter of limiters) operations.use(limiter);
  operations.post("/get-anything", (_req, res) => res.json({ ok: true }));
  app.use("/operations", operations);
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function post(url: string, body: unknown, clientIp = "192.0.2.1"): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": clientIp },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

async function statusesOf(count: number, send: (attempt: number) => Promise<number>): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < count; attempt++) statuses.push(await send(attempt));
  return statuses;
}

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe("auth rate limits", () => {
  it("limits the auth requests of one IP, whatever they are", async () => {
    const baseUrl = await startApp({ requestsPerIp: 3 });
    const statuses = await statusesOf(5, (attempt) => post(`${baseUrl}/auth/email/signup`, { email: `user${attempt}@example.com`, password: "x1234567" }));
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(await post(`${baseUrl}/auth/email/signup`, { email: "other@example.com" }, "192.0.2.99")).toBe(200);
  });

  it("limits the failed logins of one IP across emails, and never counts a correct password", async () => {
    const baseUrl = await startApp({ failuresPerIp: 3 });
    expect(await statusesOf(4, () => post(`${baseUrl}/auth/email/login`, { email: "ada@example.com", password: CORRECT_PASSWORD }))).toEqual([200, 200, 200, 200]);
    const statuses = await statusesOf(5, (attempt) => post(`${baseUrl}/auth/email/login`, { email: `user${attempt}@example.com`, password: "wrong" }));
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(await post(`${baseUrl}/auth/email/login`, { email: "ada@example.com", password: CORRECT_PASSWORD })).toBe(429);
    expect(await post(`${baseUrl}/auth/email/login`, { email: "ada@example.com", password: CORRECT_PASSWORD }, "192.0.2.2")).toBe(200);
  });

  it("stops one IP guessing one email, while the owner elsewhere signs in", async () => {
    const baseUrl = await startApp({ failuresPerIpAndEmail: 2 });
    const statuses = await statusesOf(4, () => post(`${baseUrl}/auth/email/login`, { email: "ada@example.com", password: "wrong" }, "203.0.113.1"));
    expect(statuses).toEqual([401, 401, 429, 429]);
    expect(await post(`${baseUrl}/auth/email/login`, { email: "Ada@Example.com", password: CORRECT_PASSWORD }, "203.0.113.1")).toBe(429);
    expect(await post(`${baseUrl}/auth/email/login`, { email: "ada@example.com", password: CORRECT_PASSWORD }, "198.51.100.1")).toBe(200);
    expect(await post(`${baseUrl}/auth/email/login`, { email: "grace@example.com", password: "wrong" }, "203.0.113.1")).toBe(401);
  });

  it("slows guesses spread over many IPs to one per new IP, and lets a client that has not failed in", async () => {
    const baseUrl = await startApp({ failuresPerIpAndEmail: 5, failuresPerEmail: 3 });
    const login = (password: string, ip: string) => post(`${baseUrl}/auth/email/login`, { email: "ada@example.com", password }, ip);
    expect(await statusesOf(3, (index) => login("wrong", `203.0.113.${index + 1}`))).toEqual([401, 401, 401]);
    // Over the email's limit: the IPs that failed wait, each new IP gets one guess.
    expect(await login("wrong", "203.0.113.1")).toBe(429);
    expect(await login(CORRECT_PASSWORD, "203.0.113.2")).toBe(429);
    expect(await login("wrong", "203.0.113.50")).toBe(401);
    expect(await login("wrong", "203.0.113.50")).toBe(429);
    // The owner has not failed: in.
    expect(await login(CORRECT_PASSWORD, "198.51.100.7")).toBe(200);
    expect(await login(CORRECT_PASSWORD, "198.51.100.7")).toBe(200);
  });

  it("counts an email however its case is written", async () => {
    const baseUrl = await startApp({ failuresPerIpAndEmail: 2 });
    const statuses: number[] = [];
    for (const email of ["ada@example.com", "ADA@example.com", " Ada@Example.com "]) {
      statuses.push(await post(`${baseUrl}/auth/email/login`, { email, password: "wrong" }));
    }
    expect(statuses).toEqual([401, 401, 429]);
  });

  it("leaves other endpoints alone", async () => {
    const baseUrl = await startApp({ requestsPerIp: 1, failuresPerIp: 1, failuresPerIpAndEmail: 1, failuresPerEmail: 1 });
    const statuses = await statusesOf(3, () => post(`${baseUrl}/operations/get-anything`, { email: "ada@example.com" }));
    expect(statuses).toEqual([200, 200, 200]);
  });
});

describe("normalisedEmailOf", () => {
  it("lower-cases and trims, and ignores bodies without an email", () => {
    expect(normalisedEmailOf({ email: " Ada@Example.com " })).toBe("ada@example.com");
    expect(normalisedEmailOf({ email: "" })).toBeUndefined();
    expect(normalisedEmailOf(undefined)).toBeUndefined();
    expect(normalisedEmailOf({ email: 42 })).toBeUndefined();
  });
});
