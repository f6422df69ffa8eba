import { describe, expect, it } from "vitest";
import { isWinAnsiEncodable, toWinAnsi } from "./winAnsiText";

describe("toWinAnsi", () => {
  it.each([
    ["Northwind Insights", "Northwind Insights"],
    ["Zürich Analytics", "Zürich Analytics"],
    ["Société Générale", "Société Générale"],
    ["Øresund Ærø Straße", "Øresund Ærø Straße"],
    ["€12 — “quoted” – ‘single’ … † ™ Œuvre Škoda Žilina", "€12 — “quoted” – ‘single’ … † ™ Œuvre Škoda Žilina"],
  ])("keeps what WinAnsi encodes: %j", (input, expected) => {
    expect(toWinAnsi(input)).toBe(expected);
  });

  it.each([
    ["Cafe\u0301", "Café"],
    ["Łódź Insights", "Lódz Insights"],
    ["Őrség Kft.", "Orség Kft."],
    ["București SRL", "Bucuresti SRL"],
    ["Đorđević", "Dordevic"],
    ["ﬁnance", "finance"],
    ["Ａｃｍｅ", "Acme"],
    ["−12 % ≥ 3 → up", "-12 % >= 3 -> up"],
    ["a\u202Fb\u2009c", "a b c"],
  ])("replaces look-alikes and strips accents: %j", (input, expected) => {
    expect(toWinAnsi(input)).toBe(expected);
  });

  it.each([
    ["東京データ (Tokyo Data)", "????? (Tokyo Data)"],
    ["Great 👍🏽 product", "Great ? product"],
    ["family 👨‍👩‍👧 plan", "family ? plan"],
    ["Made in 🇩🇪", "Made in ?"],
    ["Яндекс", "??????"],
  ])("turns each character it cannot draw into one question mark: %j", (input, expected) => {
    expect(toWinAnsi(input)).toBe(expected);
  });

  it("drops invisible characters and keeps line breaks", () => {
    expect(toWinAnsi("a\u200Bb\u200Dc\uFEFFd\u00ADe\u0007f")).toBe("abcdef");
    expect(toWinAnsi("one\r\ntwo\rthree\tfour")).toBe("one\ntwo\nthree four");
    expect(toWinAnsi("❤️ love")).toBe("? love");
  });

  it("leaves only encodable characters and is idempotent", () => {
    const samples = ["Zürich 東京 👍🏽 Łódź ﬁ −1 \u200B", "مرحبا", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uD800 lone surrogate"];
    for (const sample of samples) {
      const once = toWinAnsi(sample);
      expect([...once].every((character) => character === "\n" || isWinAnsiEncodable(character))).toBe(true);
      expect(toWinAnsi(once)).toBe(once);
    }
  });
});
