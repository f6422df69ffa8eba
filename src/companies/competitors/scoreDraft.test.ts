import { expect, it } from "vitest";
import { scoresFromDraft } from "./scoreDraft";

it("turns typed scores into numbers and leaves blanks out", () => {
  expect(scoresFromDraft({ price: "7.5", growth: " ", productBreadth: "" })).toEqual({ price: 7.5 });
});

it("passes nonsense on as NaN for the server to refuse", () => {
  expect(Number.isNaN(scoresFromDraft({ price: "high" }).price)).toBe(true);
});
