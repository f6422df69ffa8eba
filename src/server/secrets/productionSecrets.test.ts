import { describe, expect, it } from "vitest";
import { findSecretProblems } from "./productionSecrets";

const strongEnv = {
  JWT_SECRET: "x".repeat(20) + "Q9r!uV2#kLmN8pZs4tY6wB1c",
  HYPERFORMANT_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  SMTP_PASSWORD: "a-real-smtp-password",
};

describe("production secrets", () => {
  it("accepts strong values", () => {
    expect(findSecretProblems(strongEnv)).toEqual([]);
  });

  it("names each missing secret", () => {
    expect(findSecretProblems({}).map((problem) => `${problem.name} ${problem.problem}`)).toEqual([
      "JWT_SECRET is missing",
      "HYPERFORMANT_ENCRYPTION_KEY is missing",
      "SMTP_PASSWORD is missing",
    ]);
  });

  it("refuses a short or placeholder JWT secret and a key of the wrong size", () => {
    const names = (env: Record<string, string>) => findSecretProblems({ ...strongEnv, ...env }).map((p) => p.name);
    expect(names({ JWT_SECRET: "short" })).toEqual(["JWT_SECRET"]);
    expect(names({ HYPERFORMANT_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).toEqual(["HYPERFORMANT_ENCRYPTION_KEY"]);
    expect(names({ HYPERFORMANT_ENCRYPTION_KEY: "not base64 at all!" })).toEqual(["HYPERFORMANT_ENCRYPTION_KEY"]);
    expect(names({ SMTP_PASSWORD: "changeme" })).toEqual(["SMTP_PASSWORD"]);
  });

  it("checks integration secrets only once they are set", () => {
    expect(findSecretProblems({ ...strongEnv, STRIPE_WEBHOOK_SECRET: "" })).toEqual([]);
    expect(findSecretProblems({ ...strongEnv, STRIPE_WEBHOOK_SECRET: "oops" }).map((p) => p.name)).toEqual(["STRIPE_WEBHOOK_SECRET"]);
    expect(findSecretProblems({ ...strongEnv, N8N_URL: "http://insecure.example" }).map((p) => p.name)).toEqual(["N8N_URL"]);
    for (const privateUrl of ["http://127.0.0.1:5678", "http://hyperformant-n8n.internal:5678", "http://hyperformant-n8n.flycast", "https://n8n.example.com"]) {
      expect(findSecretProblems({ ...strongEnv, N8N_URL: privateUrl }), privateUrl).toEqual([]);
    }
    expect(findSecretProblems({ ...strongEnv, N8N_URL: "not a url" }).map((p) => p.name)).toEqual(["N8N_URL"]);
    expect(findSecretProblems({ ...strongEnv, OPENAI_API_KEY: "sk-" + "a".repeat(40) })).toEqual([]);
  });

  it("wants an sk- key for OpenAI itself, and any real-looking key for another OpenAI-compatible provider", () => {
    const azureKey = "0123456789abcdef0123456789abcdef";
    expect(findSecretProblems({ ...strongEnv, OPENAI_API_KEY: azureKey }).map((p) => p.name)).toEqual(["OPENAI_API_KEY"]);
    expect(findSecretProblems({ ...strongEnv, OPENAI_API_KEY: azureKey, OPENAI_BASE_URL: "https://example.openai.azure.com/openai/v1" })).toEqual([]);
    expect(findSecretProblems({ ...strongEnv, OPENAI_API_KEY: "changeme", OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" }).map((p) => p.name)).toEqual(["OPENAI_API_KEY"]);
  });
});
