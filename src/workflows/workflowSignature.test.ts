import { describe, expect, it } from "vitest";
import { signatureHeader, verifySignature } from "./workflowSignature";

const secret = "whsec-test-secret";
const body = Buffer.from(JSON.stringify({ executionId: "e1", stepId: "s1" }));
const now = 1_800_000_000;

describe("workflow signatures", () => {
  it("accept the body they were made for, within the window", () => {
    expect(verifySignature(secret, body, signatureHeader(secret, body, now), now)).toEqual({ ok: true, timestampSeconds: now });
    expect(verifySignature(secret, body, signatureHeader(secret, body, now - 299), now).ok).toBe(true);
  });

  it("refuse another body, another secret, a moved timestamp and a stale or future one", () => {
    const header = signatureHeader(secret, body, now);
    expect(verifySignature(secret, Buffer.from(`${body} `), header, now)).toEqual({ ok: false, reason: "The signature does not match the body." });
    expect(verifySignature("other", body, header, now).ok).toBe(false);
    expect(verifySignature(secret, body, header.replace(`t=${now}`, `t=${now + 1}`), now).ok).toBe(false);
    expect(verifySignature(secret, body, signatureHeader(secret, body, now - 301), now)).toEqual({ ok: false, reason: "The signature's timestamp is outside the 5-minute window." });
    expect(verifySignature(secret, body, signatureHeader(secret, body, now + 301), now).ok).toBe(false);
  });

  it("refuse missing and malformed headers", () => {
    expect(verifySignature(secret, body, undefined, now)).toEqual({ ok: false, reason: "The request is not signed." });
    for (const header of ["", "v1=abc", `t=${now}`, `t=soon,v1=${"0".repeat(64)}`, `t=${now},v1=${"z".repeat(64)}`]) {
      expect(verifySignature(secret, body, header, now).ok, header).toBe(false);
    }
  });
});
