import Sentiment from "sentiment";

export { NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, sentimentLabel, type SentimentLabel } from "./sentimentLabels";

/**
 * The offline scorer: the `sentiment` library (the AFINN-165 word list plus
 * its emoji list, with its own negation rule: "not good" counts as bad).
 *
 * The library's `comparative` is AFINN points per token: each word scores -5
 * to 5, so comparative lies in -5..5, and ordinary sentences fall within -1..1
 * ("This is a great product" is 0.6). We map it with tanh: nearly the identity
 * for those ordinary values, so the number still reads as the library's, and
 * squashing the rare extremes (a one-word "Awful!" is -3) into -1..1 while
 * keeping their order. Empty text, or text with no word the lexicon knows, is 0.
 */
const analyser = new Sentiment();

/** What MarketIntelligence.sentimentScoredBy says for a score from this module. */
export const LEXICON_SCORER = "lexicon";

export function lexiconScore(text: string): number {
  if (text.trim() === "") return 0;
  // No `extras` option: the library merges extras into its shared word list, for every later call.
  const { comparative } = analyser.analyze(text);
  return Number.isFinite(comparative) ? Math.tanh(comparative) : 0;
}
