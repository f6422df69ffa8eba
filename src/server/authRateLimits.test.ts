import express from "express";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAuthRateLimiters, normalisedEmailOf } from "./authRateLimits";

let server: ReturnType<express.Express["listen"]> | undefined;

async function startApp(perIp: number, perEmail: number): Promise<string> {
  const app = express();
  app.use(express.json());
  // Mounted like Wasp mounts its auth router, so the limiter sees a stripped req.path.
  const auth = express.Router();
  auth.use(express.json());
  for (const limiter of createAuthRateLimiters({ windowSeconds: 60, perIp, perEmail })) auth.use(limiter);
  auth.post("/email/login", (_req, res) => res.json({ ok: true }));
  app.use("/auth", auth);
  const operations = express.Router();
  for (const limiter of createAuthRateLimiters({ windowSeconds: 60, perIp, perEmail })) operations.use(limiter);
  operations.post("/get-anything", (_req, res) => res.json({ ok: true }));
  app.use("/operations", operations);
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function postJson(url: string, body: unknown): Promise<number> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return response.status;
}

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe("auth rate limits", () => {
  it("limits one IP across different emails", async () => {
    const baseUrl = await startApp(3, 100);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push(await postJson(`${baseUrl}/auth/email/login`, { email: `user${attempt}@example.com`, password: "x" }));
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it("limits one email however its case is written", async () => {
    const baseUrl = await startApp(100, 2);
    const statuses: number[] = [];
    for (const email of ["ada@example.com", "ADA@example.com", " Ada@Example.com "]) {
      statuses.push(await postJson(`${baseUrl}/auth/email/login`, { email, password: "x" }));
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("leaves other endpoints alone", async () => {
    const baseUrl = await startApp(1, 1);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      statuses.push(await postJson(`${baseUrl}/operations/get-anything`, { email: "ada@example.com" }));
    }
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
