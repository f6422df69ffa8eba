import { screen, within } from "@testing-library/react";
import { mockServer, renderInContext } from "wasp/client/test";
import { getCompanySentiment } from "wasp/client/operations";
import { describe, expect, test } from "vitest";
import { CompanySentimentSection } from "./CompanySentimentSection";
import type { CompanySentiment } from "./operations";

const { mockQuery } = mockServer();
const companyId = "11111111-1111-4111-8111-111111111111";

const months = ["2026-09", "2026-10", "2026-11"];
const withMentions: CompanySentiment = {
  months: 3,
  from: new Date("2026-09-01T00:00:00Z"),
  mentionCount: 30,
  averageScore: 0.1234,
  positiveShare: 0.5,
  negativeShare: 0.2,
  neutralShare: 0.3,
  series: [
    { month: months[0], averageScore: 0.4, mentionCount: 10 },
    { month: months[1], averageScore: null, mentionCount: 0 },
    { month: months[2], averageScore: -0.2, mentionCount: 20 },
  ],
  mostPositive: [
    {
      id: "a",
      text: "Excellent dashboards, our team loves them.",
      sourceName: "G2",
      sourceUrl: "https://www.g2.com/products/acme/reviews/1",
      author: "Dana K.",
      publishedAt: new Date("2026-09-14T00:00:00Z"),
      score: 0.62,
      scoredBy: "lexicon",
    },
  ],
  mostNegative: [
    {
      id: "b",
      text: "The price hike is outrageous.",
      sourceName: "Reddit",
      sourceUrl: "javascript:alert(1)",
      author: null,
      publishedAt: new Date("2026-11-02T00:00:00Z"),
      score: -0.45,
      scoredBy: "lexicon",
    },
  ],
};

describe("CompanySentimentSection", () => {
  test("charts the monthly average with mention counts and lists the most positive and negative mentions", async () => {
    mockQuery(getCompanySentiment, withMentions);
    const { container } = renderInContext(<CompanySentimentSection companyId={companyId} chartWidth={600} />);

    expect(await screen.findByTestId("sentiment-totals")).toHaveProperty(
      "textContent",
      "30 mentions in the last 3 months · average +0.12 · 50% positive, 20% negative",
    );
    expect(screen.getByRole("img", { name: "Average sentiment per month over 3 months, 30 mentions" })).toBeTruthy();
    expect(container.querySelector("path.recharts-line-curve")).toBeTruthy();
    expect(container.querySelectorAll(".recharts-bar-rectangle").length).toBeGreaterThan(0);

    const positive = within(screen.getByRole("list", { name: "Most positive" }));
    expect(positive.getByText("Excellent dashboards, our team loves them.")).toBeTruthy();
    expect(positive.getByText("+0.62")).toBeTruthy();
    expect(positive.getByText(/G2 · Dana K\. · Sep 14, 2026/)).toBeTruthy();
    expect(positive.getByRole("link", { name: "Open the original" }).getAttribute("href")).toBe("https://www.g2.com/products/acme/reviews/1");

    const negative = within(screen.getByRole("list", { name: "Most negative" }));
    expect(negative.getByText("\u22120.45")).toBeTruthy();
    expect(negative.getByText(/Reddit · Nov 2, 2026/)).toBeTruthy();
    expect(negative.queryByRole("link")).toBeNull();
    expect(screen.queryByTestId("sentiment-empty")).toBeNull();
  });

  test("says how to add mentions when there are none, next to the upload", async () => {
    mockQuery(getCompanySentiment, {
      ...withMentions,
      mentionCount: 0,
      averageScore: null,
      positiveShare: 0,
      negativeShare: 0,
      neutralShare: 0,
      series: months.map((month) => ({ month, averageScore: null, mentionCount: 0 })),
      mostPositive: [],
      mostNegative: [],
    });
    renderInContext(<CompanySentimentSection companyId={companyId} chartWidth={600} />);

    expect((await screen.findByTestId("sentiment-empty")).textContent).toMatch(/No mentions in the last 3 months\. Import a CSV .* text and published_at/);
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByLabelText(/Import mentions from CSV/)).toBeTruthy();
  });
});
