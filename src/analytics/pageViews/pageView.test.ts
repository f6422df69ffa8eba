import { describe, expect, it } from "vitest";
import { utcDayOf } from "../stats/statsDays";
import { pageViewInput, pageViewOf, storedPathOf, visitorHashOf } from "./pageView";

describe("storedPathOf", () => {
  it("drops the query and fragment, which can carry tokens", () => {
    expect(storedPathOf("/reset-password?token=secret#x")).toBe("/reset-password");
    expect(storedPathOf("/pricing#plans")).toBe("/pricing");
  });

  it("turns ids into :id so a page is counted as one", () => {
    expect(storedPathOf("/app/companies/3f1c2a9e-1b2c-4d5e-8f90-123456789abc")).toBe("/app/companies/:id");
    expect(storedPathOf("/app/reports/42/edit")).toBe("/app/reports/:id/edit");
    expect(storedPathOf("/")).toBe("/");
  });
});

describe("pageViewOf", () => {
  const own = ["app.hyperformant.com", "localhost"];

  it("prefers utm_source, lowercased", () => {
    expect(pageViewOf({ path: "/", utmSource: "Newsletter", referrer: "https://news.ycombinator.com/item" }, own)).toEqual({
      path: "/",
      source: "newsletter",
      referrerHost: "news.ycombinator.com",
    });
  });

  it("falls back to the referrer's host without www", () => {
    expect(pageViewOf({ path: "/pricing", referrer: "https://www.google.com/search?q=x" }, own).source).toBe("google.com");
  });

  it("counts our own pages and no referrer as direct", () => {
    expect(pageViewOf({ path: "/app", referrer: "http://localhost:3000/login" }, own)).toEqual({ path: "/app", source: "direct", referrerHost: null });
    expect(pageViewOf({ path: "/app", referrer: "" }, own).source).toBe("direct");
    expect(pageViewOf({ path: "/app", utmSource: "" }, own).source).toBe("direct");
  });
});

describe("pageViewInput", () => {
  it("names what is wrong", () => {
    const result = pageViewInput.safeParse({ path: "pricing", referrer: "not a url", extra: 1 });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join(".") || "_");
    expect(paths).toEqual(expect.arrayContaining(["path", "referrer", "_"]));
  });
});

describe("visitorHashOf", () => {
  it("is the same visitor within a salt and a different one under the next day's", () => {
    const today = visitorHashOf("salt-a", "203.0.113.9", "Firefox");
    expect(visitorHashOf("salt-a", "203.0.113.9", "Firefox")).toBe(today);
    expect(visitorHashOf("salt-b", "203.0.113.9", "Firefox")).not.toBe(today);
    expect(visitorHashOf("salt-a", "203.0.113.10", "Firefox")).not.toBe(today);
    expect(today).not.toContain("203.0.113.9");
  });

  it("days are UTC", () => {
    expect(utcDayOf(new Date("2026-12-01T23:59:59-05:00"))).toBe("2026-12-02");
  });
});
