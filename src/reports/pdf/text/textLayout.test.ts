import { describe, expect, it } from "vitest";
import { clampLines, layoutRuns, wrapText, type Measure, type TextLine } from "./textLayout";

type Style = "body" | "sup";
/** One unit per character, half for superscripts: easy to reason about. */
const measure: Measure<Style> = (text, style) => [...text].length * (style === "sup" ? 0.5 : 1);
const lineTexts = (lines: TextLine<Style>[]) => lines.map((line) => line.fragments.map((fragment) => fragment.text).join(""));

describe("layoutRuns", () => {
  it("breaks between words at the width and measures each line", () => {
    const lines = layoutRuns([{ text: "the quick brown fox jumps", style: "body" }], 10, measure);
    expect(lineTexts(lines)).toEqual(["the quick", "brown fox", "jumps"]);
    expect(lines.map((line) => line.width)).toEqual([9, 9, 5]);
  });

  it("keeps a superscript glued to its word and places fragments one after another", () => {
    const lines = layoutRuns(
      [
        { text: "grew 42%", style: "body" },
        { text: "3", style: "sup", goTo: "source-3" },
      ],
      8,
      measure,
    );
    expect(lineTexts(lines)).toEqual(["grew", "42%3"]);
    expect(lines[1].fragments).toEqual([
      { text: "42%", style: "body", x: 0, width: 3 },
      { text: "3", style: "sup", goTo: "source-3", x: 3, width: 0.5 },
    ]);
  });

  it("merges neighbouring runs of one style and keeps line breaks", () => {
    const lines = layoutRuns(
      [
        { text: "one ", style: "body" },
        { text: "two\nthree", style: "body" },
      ],
      40,
      measure,
    );
    expect(lineTexts(lines)).toEqual(["one two", "three"]);
    expect(lines[0].fragments).toHaveLength(1);
  });

  it("breaks a word longer than the line between characters", () => {
    expect(wrapText("see https://example.com/long", "body", 8, measure)).toEqual(["see", "https://", "example.", "com/long"]);
  });

  it("gives one empty line for empty text", () => {
    expect(lineTexts(layoutRuns([{ text: "", style: "body" }], 10, measure))).toEqual([""]);
  });
});

describe("clampLines", () => {
  it("keeps the first lines and ends the last with an ellipsis that fits", () => {
    const lines = layoutRuns([{ text: "aaaa bbbb cccc dddd", style: "body" }], 9, measure);
    expect(lineTexts(clampLines(lines, 1, 9, measure))).toEqual(["aaaa bbb…"]);
    expect(clampLines(lines, 5, 9, measure)).toBe(lines);
  });
});
