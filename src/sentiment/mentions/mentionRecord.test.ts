import { describe, expect, it } from "vitest";
import { lexiconScore } from "../lexiconSentiment";
import { mentionDedupeKey, mentionRecord, mentionTitle, type Mention } from "./mentionRecord";

const mention: Mention = {
  companyId: "11111111-1111-4111-8111-111111111111",
  text: "  Support was excellent and onboarding took a day.\r\nWould buy again. ",
  sourceName: "G2",
  sourceUrl: "https://www.g2.com/r/1",
  author: "Dana K.",
  publishedAt: new Date("2026-03-31T00:00:00Z"),
};

describe("mentionRecord", () => {
  it("stores the text with its paragraphs, titled and scored by the lexicon", () => {
    const record = mentionRecord(mention);
    expect(record).toMatchObject({
      kind: "SENTIMENT",
      content: "Support was excellent and onboarding took a day.\nWould buy again.",
      title: "Support was excellent and onboarding took a day. Would buy again.",
      observedAt: mention.publishedAt,
      sentimentScoredBy: "lexicon",
    });
    expect(record.sentimentScore).toBe(lexiconScore(record.content));
    expect(record.lexiconScore).toBe(record.sentimentScore);
    expect(record.sentimentScore).toBeGreaterThan(0);
  });
});

describe("mentionTitle", () => {
  it("keeps a short text whole and cuts a long one between words", () => {
    expect(mentionTitle("Short one.")).toBe("Short one.");
    const title = mentionTitle("We moved our whole competitive-intelligence workflow over in a week, and the weekly digest is now the most read email in the company.");
    expect(title).toBe("We moved our whole competitive-intelligence workflow over in a week, and the…");
    expect(title.length).toBeLessThanOrEqual(80);
  });
});

describe("mentionDedupeKey", () => {
  it("is the same for the same mention however its whitespace was wrapped", () => {
    expect(mentionDedupeKey({ ...mention, text: "Support was excellent and onboarding took a day. Would buy again." })).toBe(mentionDedupeKey(mention));
    expect(mentionDedupeKey(mention)).toMatch(/^sentiment:[0-9a-f]{64}$/);
  });

  it("differs when the company, text, publication time or link differ", () => {
    const key = mentionDedupeKey(mention);
    expect(mentionDedupeKey({ ...mention, companyId: "22222222-2222-4222-8222-222222222222" })).not.toBe(key);
    expect(mentionDedupeKey({ ...mention, text: "Support was excellent." })).not.toBe(key);
    expect(mentionDedupeKey({ ...mention, publishedAt: new Date("2026-04-01T00:00:00Z") })).not.toBe(key);
    expect(mentionDedupeKey({ ...mention, sourceUrl: null })).not.toBe(key);
  });
});
