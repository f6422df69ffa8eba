import { describe, expect, it } from "vitest";
import { signUpVerifiedUser } from "./support/httpClient";
import { testEnvironment } from "./support/testEnvironment";

/** A body the server cannot read is the client's mistake: 4xx with a plain message, never a 500. */
describe("request bodies the server cannot read", () => {
  const postRaw = (path: string, body: string, sessionId?: string) =>
    fetch(`${testEnvironment.serverUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(sessionId ? { authorization: `Bearer ${sessionId}` } : {}) },
      body,
    });

  it.each(["/auth/email/login", "/operations/submit-contact-form"])("%s answers 400 to a body that is not JSON", async (path) => {
    const response = await postRaw(path, '{"email": "ada@example.test", ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: "The request body is not valid JSON." });
  });

  it("answers a signed-in operation's unreadable body with 400 too", async () => {
    const user = await signUpVerifiedUser("bad-json");
    const response = await postRaw("/operations/get-companies", "{not json", user.sessionId);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: "The request body is not valid JSON." });
  });

  it("answers a JSON body past the parser's limit with 413", async () => {
    const response = await postRaw("/operations/submit-contact-form", JSON.stringify({ message: "x".repeat(200_000) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ message: "The request body is too large." });
  });
});
