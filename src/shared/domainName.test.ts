import { describe, expect, it } from "vitest";
import { normaliseDomain } from "./domainName";

describe("normaliseDomain", () => {
  it.each([
    ["acme.com", "acme.com"],
    ["  ACME.com ", "acme.com"],
    ["https://www.acme.com/about?x=1#team", "acme.com"],
    ["http://acme.com:8080", "acme.com"],
    ["www.Acme.co.uk.", "acme.co.uk"],
    ["shop.acme.io/", "shop.acme.io"],
    ["münchen.de", "xn--mnchen-3ya.de"],
    ["https://www.bücher.example/", "xn--bcher-kva.example"],
    ["xn--mnchen-3ya.de", "xn--mnchen-3ya.de"],
  ])("turns %j into %j", (input, expected) => {
    expect(normaliseDomain(input)).toEqual({ ok: true, domain: expected });
  });

  it.each([
    ["", /Enter a domain/],
    ["acme", /no top-level domain/],
    ["ada@acme.com", /email address/],
    ["acme .com", /spaces/],
    ["192.168.1.10", /IP address/],
    ["-acme.com", /not a valid domain/],
    ["acme.c0m", /not a top-level domain/],
    [`${"a".repeat(64)}.com`, /not a valid domain/],
    ["https://", /Enter a domain/],
  ])("refuses %j with a reason", (input, reason) => {
    const result = normaliseDomain(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
