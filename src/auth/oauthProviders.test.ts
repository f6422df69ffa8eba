import { describe, expect, it } from "vitest";
import { isOAuthProviderConfigured, parseDotenv } from "./oauthProviders";

describe("social sign-in switches", () => {
  it("turns a provider on only when both its id and secret are set", () => {
    expect(isOAuthProviderConfigured("google", { GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "secret" })).toBe(true);
    expect(isOAuthProviderConfigured("google", { GOOGLE_CLIENT_ID: "id" })).toBe(false);
    expect(isOAuthProviderConfigured("google", { GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "  " })).toBe(false);
    expect(isOAuthProviderConfigured("gitHub", { GITHUB_CLIENT_ID: "id", GITHUB_CLIENT_SECRET: "secret" })).toBe(true);
    expect(isOAuthProviderConfigured("gitHub", {})).toBe(false);
  });
});

describe("parseDotenv", () => {
  it("reads KEY=value lines, unquotes values and skips comments", () => {
    expect(
      parseDotenv(`# comment\nGOOGLE_CLIENT_ID="abc"\nexport GITHUB_CLIENT_ID='def'\n\nEMPTY=\nnot a line\n#HIDDEN=1\n`),
    ).toEqual({ GOOGLE_CLIENT_ID: "abc", GITHUB_CLIENT_ID: "def", EMPTY: "" });
  });
});
