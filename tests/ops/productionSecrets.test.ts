import { describe, expect, it } from "vitest";
import { required, runBuiltServer } from "./support";

function productionEnv(overrides: Record<string, string | undefined>) {
  const env: Record<string, string | undefined> = {
    NODE_ENV: "production",
    PORT: "0",
    DATABASE_URL: required("DATABASE_URL"),
    WASP_SERVER_URL: "http://localhost:1",
    WASP_WEB_CLIENT_URL: "http://localhost:2",
    JWT_SECRET: required("JWT_SECRET"),
    HYPERFORMANT_ENCRYPTION_KEY: required("HYPERFORMANT_ENCRYPTION_KEY"),
    HYPERFORMANT_PRISMA_ENGINE: process.env.HYPERFORMANT_PRISMA_ENGINE ?? "native",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: "2525",
    SMTP_USERNAME: "user",
    SMTP_PASSWORD: "a-real-smtp-password",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)) as Record<string, string>;
}

describe("the production server refuses missing or weak secrets", () => {
  it.each([
    ["a short JWT_SECRET", { JWT_SECRET: "too-short" }, /JWT_SECRET must be at least 32 random characters/],
    ["no encryption key", { HYPERFORMANT_ENCRYPTION_KEY: undefined }, /HYPERFORMANT_ENCRYPTION_KEY is missing/],
    ["a malformed Stripe webhook secret", { STRIPE_WEBHOOK_SECRET: "nope" }, /STRIPE_WEBHOOK_SECRET must be a Stripe webhook signing secret/],
  ])("with %s it exits and says which", async (_label, overrides, message) => {
    const { exitCode, output } = await runBuiltServer(productionEnv(overrides), 30_000);
    expect(exitCode).not.toBe(0);
    expect(exitCode).not.toBeNull();
    expect(output).toMatch(message);
    expect(output).not.toContain(required("JWT_SECRET"));
  });
});
