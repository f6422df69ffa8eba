/**
 * Numbers as prose writes them, and when a number in a claim is the same as one
 * in a source. Pure; used by the grounding checks.
 *
 * What counts as a number: digits with optional thousands commas ("4,123,456")
 * and decimals ("12.34"), an optional currency before ("$", "€", "£", "USD",
 * "EUR", "GBP"), and an optional suffix: a percent ("12%", "12 %", "12 percent"),
 * or a multiplier ("4.1k", "4.1K" thousand; "4.1M", "4.1 mn", "4.1 million";
 * "4.1B", "4.1 bn", "4.1 billion"; "2 trillion"). Letter suffixes stick to the digits.
 * Not numbers: digits inside words or codes ("B2B", "Q3", "gpt-4o", "2nd", "v2.1"),
 * ISO dates and months ("2024-05-01", "2024-05"). A leading minus is not kept: prose
 * writes the sign in words ("fell 12%"), so magnitudes are compared. Currency is
 * not compared either.
 */
export interface WrittenNumber {
  /** As it stands in the text, e.g. "$4.1M". */
  written: string;
  /** The digits as written, without separators or multiplier: 4.1 for "$4.1M". */
  mantissa: number;
  /** Digits after the decimal point, as written: 1 for "4.1M". */
  decimals: number;
  /** 1, 1e3, 1e6, 1e9 or 1e12. */
  multiplier: number;
  isPercent: boolean;
  hasCurrency: boolean;
  hasThousandsSeparator: boolean;
  /** mantissa × multiplier. */
  value: number;
}

/** Powers of ten of the suffixes. */
const exponents: Record<string, number> = {
  k: 3,
  K: 3,
  thousand: 3,
  M: 6,
  mn: 6,
  million: 6,
  B: 9,
  bn: 9,
  billion: 9,
  trillion: 12,
};

const NUMBER_PATTERN = new RegExp(
  [
    "(?<![\\p{L}\\p{N}_.,])",
    "(?<currency>(?:[$€£]|(?:USD|EUR|GBP)\\s?))?",
    "(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)",
    "(?<fraction>\\.\\d+)?",
    "(?:(?<percent>\\s?%|\\s?(?:percent|per cent)\\b)|(?<letter>[kKMB](?![\\p{L}\\p{N}]))|\\s?(?<word>thousand|million|billion|trillion|bn|mn)\\b)?",
    "(?![\\p{L}\\p{N}])",
  ].join(""),
  "gu",
);

const ISO_DATES = /\b\d{4}-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?\b/g;

/** Every number written in the text, in order. */
export function numbersIn(text: string): WrittenNumber[] {
  const numbers: WrittenNumber[] = [];
  for (const match of text.replace(ISO_DATES, " ").matchAll(NUMBER_PATTERN)) {
    const { currency, digits = "", fraction = "", percent, letter, word } = match.groups ?? {};
    const exponent = exponents[letter ?? word ?? ""] ?? 0;
    const plainDigits = digits.replaceAll(",", "") + fraction;
    const mantissa = Number(plainDigits);
    numbers.push({
      written: match[0].trim(),
      mantissa,
      decimals: Math.max(0, fraction.length - 1),
      multiplier: 10 ** exponent,
      isPercent: percent !== undefined,
      hasCurrency: currency !== undefined,
      hasThousandsSeparator: digits.includes(","),
      // Through the decimal exponent, so "4.1M" is exactly 4,100,000 (4.1 * 1e6 is not).
      value: Number(`${plainDigits}e${exponent}`),
    });
  }
  return numbers;
}

/** A bare integer from 1900 to 2100 ("in 2024", "since 1998"): read as a year, so not checked. */
export function isYear(number: WrittenNumber): boolean {
  const plain = number.multiplier === 1 && !number.isPercent && !number.hasCurrency && !number.hasThousandsSeparator;
  return plain && number.decimals === 0 && Number.isInteger(number.mantissa) && number.mantissa >= 1900 && number.mantissa <= 2100;
}

/**
 * The step the claim rounds to, in the claim's own unit (before the multiplier):
 * 0.1 for "4.1M", 1 for "12%", and for an integer with trailing zeros its last
 * non-zero digit, as long as two significant digits remain ("1,200" → 100,
 * "4,100,000" → 100,000). With fewer ("1,000", "50", "100%") the integer is exact:
 * one significant digit would let "100%" stand for 60%.
 */
export function precisionStep(number: WrittenNumber): number {
  if (number.decimals > 0) return 10 ** -number.decimals;
  const integer = Math.round(number.mantissa);
  if (integer === 0) return 1;
  let step = 1;
  while (integer % (step * 10) === 0) step *= 10;
  const significantDigits = String(integer / step).length;
  return significantDigits >= 2 ? step : 1;
}

/**
 * Whether a number in a claim says the same as a number in a source: the source's
 * value, rounded or cut (truncated) to the claim's precision step, is the claim's.
 * "$4.1M" matches 4,123,456 (4.12… M → 4.1); "12%" matches 12.3% and 12.34 %; "12.3%"
 * matches 12.34 % but not 12.4 %. A percent in the claim also matches a plain
 * fraction in the source (62% and 0.62), as the app writes shares both ways.
 */
export function sameNumber(claim: WrittenNumber, source: WrittenNumber): boolean {
  const candidates = claim.isPercent && !source.isPercent ? [source.value, source.value * 100] : [source.value];
  const step = precisionStep(claim);
  // Steps as integers of 10^-decimals keep the float noise of 4.123456 / 0.1 out of the comparison.
  const target = Math.round(claim.mantissa / step);
  return candidates.some((value) => {
    const scaled = value / claim.multiplier / step;
    return Math.round(scaled) === target || Math.trunc(scaled + 1e-9) === target;
  });
}
