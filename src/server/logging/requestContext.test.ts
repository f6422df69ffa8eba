import { describe, expect, it } from "vitest";
import { chooseRequestId, currentRequestId, requestContext } from "./requestContext";

describe("request ids", () => {
  it("keeps a well-formed incoming id and replaces anything else", () => {
    const generate = () => "generated-id-123";
    expect(chooseRequestId("fly-abc12345", generate)).toBe("fly-abc12345");
    expect(chooseRequestId("short", generate)).toBe("generated-id-123");
    expect(chooseRequestId("bad id with spaces", generate)).toBe("generated-id-123");
    expect(chooseRequestId(["a", "b"], generate)).toBe("generated-id-123");
  });

  it("is visible to every async step of the request", async () => {
    const seen = await requestContext.run({ requestId: "req-12345678" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentRequestId();
    });
    expect(seen).toBe("req-12345678");
    expect(currentRequestId()).toBeUndefined();
  });
});
