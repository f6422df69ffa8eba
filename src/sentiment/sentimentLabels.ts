import { assertUnreachable } from "../shared/assertUnreachable";

/**
 * Labels for a score in -1..1. Apart from the scorer so the web client can
 * label scores without bundling the lexicon.
 */
export type SentimentLabel = "positive" | "neutral" | "negative";

/** Above this a score reads as positive, below its negative as negative; between, neutral. */
export const POSITIVE_THRESHOLD = 0.05;
export const NEGATIVE_THRESHOLD = -0.05;

export function sentimentLabel(score: number): SentimentLabel {
  if (score > POSITIVE_THRESHOLD) return "positive";
  if (score < NEGATIVE_THRESHOLD) return "negative";
  return "neutral";
}

export function sentimentLabelText(label: SentimentLabel): string {
  switch (label) {
    case "positive":
      return "Positive";
    case "neutral":
      return "Neutral";
    case "negative":
      return "Negative";
    default:
      return assertUnreachable(label);
  }
}
