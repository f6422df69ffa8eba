import { describe, expect, it } from "vitest";
import { replyLinkOf } from "./replyLink";

const message = { name: "Grace <b>", email: "grace@example.test", message: "Do you cover\nthe German market?", createdAt: new Date("2026-12-02T10:00:00Z") };

describe("replyLinkOf", () => {
  it("answers the sender, quoting the message", () => {
    const link = new URL(replyLinkOf(message));
    expect(link.protocol).toBe("mailto:");
    expect(decodeURIComponent(link.pathname)).toBe("grace@example.test");
    expect(link.searchParams.get("subject")).toBe("Re: your message to Hyperformant");
    expect(link.searchParams.get("body")).toContain("> Do you cover\n> the German market?");
  });
});
