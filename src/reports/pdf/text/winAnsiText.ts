/**
 * The PDF is set in pdfkit's standard fonts (Helvetica), which draw only the Windows-1252
 * ("WinAnsi") characters: pdfkit writes any other character as a broken byte sequence instead of
 * failing. Every string is passed through `toWinAnsi` before it is measured or drawn, by this rule:
 *
 * 1. The text is NFC-normalised (a decomposed "e" + combining acute becomes "é").
 * 2. Characters Windows-1252 can encode are kept (all of Latin-1, plus € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž
 *    ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ): German, French, Spanish, Nordic... text renders as written.
 * 3. A short table of look-alikes replaces common typographic and Central-European characters
 *    that have no accent to strip (minus and other dashes, narrow spaces, arrows, ł, đ, ħ, ı, ẞ).
 * 4. Other letters lose their accents: the compatibility decomposition (NFKD) without its combining
 *    marks, when that is encodable (ő → o, ș → s, ž stays ž, ﬁ → fi, full-width Ａ → A).
 * 5. Invisible characters are dropped: format characters (zero-width joiners, bidi marks, soft
 *    hyphens), variation selectors, emoji skin-tone modifiers, control characters. A tab becomes a
 *    space; a line break stays a line break (\r\n and \r become \n).
 * 6. Anything else (CJK, Cyrillic, Greek, emoji, symbols) becomes one "?" per user-perceived
 *    character: "東京" → "??", "👍🏽" → "?", "👨‍👩‍👧" → "?".
 *
 * The rule is idempotent: toWinAnsi(toWinAnsi(x)) === toWinAnsi(x).
 */
export const UNENCODABLE_REPLACEMENT = "?";

/** Code points above Latin-1 that Windows-1252 maps into 0x80–0x9F. */
const WIN_ANSI_EXTRAS = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ["\u2010", "-"], // hyphen
  ["\u2011", "-"], // non-breaking hyphen
  ["\u2012", "-"], // figure dash
  ["\u2015", "\u2014"], // horizontal bar
  ["\u2212", "-"], // minus sign
  ["\u2043", "-"], // hyphen bullet
  ["\u201b", "'"],
  ["\u201f", '"'],
  ["\u2032", "'"], // prime
  ["\u2033", '"'], // double prime
  ["\u2190", "<-"],
  ["\u2192", "->"],
  ["\u2194", "<->"],
  ["\u21d2", "=>"],
  ["\u2264", "<="],
  ["\u2265", ">="],
  ["\u2260", "!="],
  ["\u2248", "~"],
  ["\u2219", "\u2022"], // bullet operator
  ["\u25cf", "\u2022"], // black circle
  ["\u25aa", "\u2022"], // small black square
  ["\u00ad", ""], // soft hyphen (Latin-1, but drawn it would show as a visible hyphen)
  ["\u0141", "L"],
  ["\u0142", "l"],
  ["\u0110", "D"],
  ["\u0111", "d"],
  ["\u0126", "H"],
  ["\u0127", "h"],
  ["\u0131", "i"],
  ["\u0166", "T"],
  ["\u0167", "t"],
  ["\u1e9e", "SS"],
  ["\u2028", "\n"], // line separator
  ["\u2029", "\n"], // paragraph separator
]);

/** Text already made of WinAnsi characters (most text): nothing to do. The soft hyphen is left out. */
const ALREADY_ENCODABLE = new RegExp(
  `^[\\n\\x20-\\x7e\\xa0-\\xac\\xae-\\xff${[...WIN_ANSI_EXTRAS].map((codePoint) => `\\u${codePoint.toString(16).padStart(4, "0")}`).join("")}]*$`,
);
const DROPPED = /^(?:\p{Cc}|\p{Cf}|\p{M}|\p{Emoji_Modifier})$/u;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

export function isWinAnsiEncodable(character: string): boolean {
  const codePoint = character.codePointAt(0);
  if (codePoint === undefined || character.length !== 1) return false;
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRAS.has(codePoint);
}

export function toWinAnsi(text: string): string {
  if (ALREADY_ENCODABLE.test(text)) return text;
  const normalised = text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, " ");
  let result = "";
  for (const { segment } of graphemes.segment(normalised)) result += encodeGrapheme(segment);
  return result;
}

function encodeGrapheme(grapheme: string): string {
  let encoded = "";
  let unencodable = false;
  for (const character of grapheme) {
    const mapped = encodeCharacter(character);
    if (mapped === null) unencodable = true;
    else encoded += mapped;
  }
  // One "?" per character as a reader sees it, however many code points (emoji sequences, flags).
  return unencodable ? UNENCODABLE_REPLACEMENT : encoded;
}

/** The character's WinAnsi spelling, "" to drop it, or null when it has none. */
function encodeCharacter(character: string): string | null {
  const lookAlike = LOOK_ALIKES.get(character);
  if (lookAlike !== undefined) return lookAlike;
  if (character === "\n" || isWinAnsiEncodable(character)) return character;
  if (DROPPED.test(character)) return "";
  const stripped = character.normalize("NFKD").replace(/\p{M}/gu, "");
  if (stripped.length > 0 && [...stripped].every((part) => isWinAnsiEncodable(part) || LOOK_ALIKES.has(part))) {
    return [...stripped].map((part) => LOOK_ALIKES.get(part) ?? part).join("");
  }
  return null;
}
