import { describe, expect, it } from "vitest";
import { lexiconScore, sentimentLabel } from "./lexiconSentiment";
import { sentimentLabelText } from "./sentimentLabels";

describe("lexiconScore", () => {
  it.each([
    "Great product, our team loves the weekly alerts.",
    "Support was fantastic and fixed our issue within an hour.",
    "Easy to set up and the dashboards are excellent.",
    "Honestly the best market research tool we have used.",
  ])("scores an obviously positive sentence above zero: %s", (text) => {
    expect(lexiconScore(text)).toBeGreaterThan(0.05);
  });

  it.each([
    "Terrible support, we waited two weeks for an answer.",
    "The app is slow, buggy and frustrating to use.",
    "Awful experience: the export failed and we lost data.",
    "We hate the new pricing, it is a scam.",
  ])("scores an obviously negative sentence below zero: %s", (text) => {
    expect(lexiconScore(text)).toBeLessThan(-0.05);
  });

  it("is 0 for empty text and text the lexicon does not know", () => {
    expect(lexiconScore("")).toBe(0);
    expect(lexiconScore("   \n ")).toBe(0);
    expect(lexiconScore("Signalpath raised prices for mid-market customers.")).toBe(0);
  });

  it("turns a negated word around, as the library does", () => {
    expect(lexiconScore("good")).toBeGreaterThan(0);
    expect(lexiconScore("not good")).toBeLessThan(0);
    expect(lexiconScore("The onboarding was not bad at all.")).toBeGreaterThan(0);
  });

  it("reads emojis the library knows, standing as their own words", () => {
    expect(lexiconScore("New release 😍")).toBeGreaterThan(0);
    expect(lexiconScore("New release 😠")).toBeLessThan(0);
  });

  it("stays within -1..1 for the most extreme text, keeping the order", () => {
    const extremes = ["Awful!", "Outstanding!", "catastrophic catastrophic catastrophic", "superb superb superb superb", "fuck fuck"];
    for (const text of extremes) {
      expect(Math.abs(lexiconScore(text))).toBeLessThanOrEqual(1);
    }
    expect(lexiconScore("Outstanding!")).toBeGreaterThan(lexiconScore("Good."));
    expect(lexiconScore("Good.")).toBeGreaterThan(lexiconScore("Good, but a bit slow."));
  });

  it("keeps ordinary sentences near the library's own comparative score", () => {
    // "This is a great product": great = 3 points over 5 tokens = 0.6; tanh(0.6) = 0.537.
    expect(lexiconScore("This is a great product")).toBeCloseTo(Math.tanh(0.6), 10);
  });

  it("dilutes one compliment in a long review: per token, as the library's comparative does", () => {
    const review = "We rolled it out to three regions over a quarter with the help of their onboarding team and the result is good.";
    expect(lexiconScore(review)).toBeGreaterThan(0);
    expect(lexiconScore(review)).toBeLessThan(lexiconScore("The result is good."));
  });
});

describe("sentimentLabel", () => {
  it.each([
    [0.6, "positive"],
    [0.051, "positive"],
    [0.05, "neutral"],
    [0, "neutral"],
    [-0.05, "neutral"],
    [-0.051, "negative"],
    [-1, "negative"],
  ] as const)("%d is %s", (score, label) => {
    expect(sentimentLabel(score)).toBe(label);
  });

  it("names each label for the page", () => {
    expect(["positive", "neutral", "negative"].map((label) => sentimentLabelText(label as never))).toEqual(["Positive", "Neutral", "Negative"]);
  });
});
