import { describe, expect, it } from "vitest";
import { apolloEnvSchema } from "./apolloEnv";

describe("apolloEnvSchema", () => {
  it("defaults to Apollo's API when unset or left empty", () => {
    const defaults = {
      APOLLO_API_URL: "https://api.apollo.io/api/v1",
      APOLLO_TIMEOUT_MS: 10_000,
      APOLLO_MAX_ATTEMPTS: 4,
      APOLLO_REQUESTS_PER_MINUTE: 600,
      APOLLO_SYNC_LEASE_SECONDS: 60,
      APOLLO_SYNC_MAX_ATTEMPTS: 3,
    };
    expect(apolloEnvSchema.parse({})).toEqual(defaults);
    expect(apolloEnvSchema.parse({ APOLLO_API_URL: "", APOLLO_TIMEOUT_MS: "", APOLLO_MAX_ATTEMPTS: "" })).toEqual(defaults);
  });

  it("reads a stand-in URL and numbers from strings", () => {
    expect(
      apolloEnvSchema.parse({ APOLLO_API_URL: "http://127.0.0.1:4010/api/v1", APOLLO_TIMEOUT_MS: "1000", APOLLO_MAX_ATTEMPTS: "2", APOLLO_REQUESTS_PER_MINUTE: "120" }),
    ).toMatchObject({
      APOLLO_API_URL: "http://127.0.0.1:4010/api/v1",
      APOLLO_TIMEOUT_MS: 1000,
      APOLLO_MAX_ATTEMPTS: 2,
      APOLLO_REQUESTS_PER_MINUTE: 120,
    });
  });

  it("refuses a URL that is not one", () => {
    expect(apolloEnvSchema.safeParse({ APOLLO_API_URL: "apollo" }).success).toBe(false);
  });
});
