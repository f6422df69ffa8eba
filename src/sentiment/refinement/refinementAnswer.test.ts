import { describe, expect, it } from "vitest";
import { refinedScores, refinementMessages } from "./refinementAnswer";

const mentions = [
  { id: "m1", companyName: "Acme", text: "Great   support" },
  { id: "m2", companyName: "Acme", text: "Not great" },
];

describe("LLM refinement of mention scores", () => {
  it("numbers the mentions in the prompt like report sources", () => {
    const [, user] = refinementMessages(mentions);
    expect(user.content).toContain("[1] About Acme\n- Great support");
    expect(user.content).toContain("[2] About Acme\n- Not great");
  });

  it("keeps one clamped score per mention the answer numbers correctly", () => {
    expect(
      refinedScores(mentions, {
        scores: [
          { mention: 2, score: -3 },
          { mention: 1, score: 0.4 },
          { mention: 1, score: 0.9 },
          { mention: 7, score: 0.1 },
          { mention: 0, score: 0.1 },
          { mention: 2, score: Number.NaN },
        ],
      }),
    ).toEqual([
      { id: "m2", score: -1 },
      { id: "m1", score: 0.4 },
    ]);
  });
});
