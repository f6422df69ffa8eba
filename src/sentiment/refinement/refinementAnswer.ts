import { z } from "zod";
import type { LlmMessage } from "../../llm/llmClient";

/** The LLM's answer: a score per numbered mention (strict structured output: every field required). */
export const refinementAnswerSchema = z
  .object({
    scores: z.array(z.object({ mention: z.number().int(), score: z.number() }).strict()),
  })
  .strict();
export type RefinementAnswer = z.infer<typeof refinementAnswerSchema>;

export type MentionToRefine = { id: string; companyName: string; text: string };

const MAX_TEXT_IN_PROMPT = 1_000;
/** The scale every sentiment score is on (src/sentiment/lexiconSentiment.ts maps the lexicon's onto it too). */
const SENTIMENT_SCORE_MIN = -1;
const SENTIMENT_SCORE_MAX = 1;

export const llmScorer = (model: string) => `llm:${model}`;

/** One block per mention, numbered like report sources ([n] then the text), so answers refer to them by number. */
export function refinementMessages(mentions: MentionToRefine[]): LlmMessage[] {
  const blocks = mentions.map((mention, index) => `[${index + 1}] About ${mention.companyName}\n- ${mention.text.replace(/\s+/g, " ").slice(0, MAX_TEXT_IN_PROMPT)}`);
  return [
    {
      role: "system",
      content:
        "You rate the sentiment of short texts (reviews, posts, news) towards the company each one is about, " +
        `from ${SENTIMENT_SCORE_MIN} (very negative) through 0 (neutral or mixed) to ${SENTIMENT_SCORE_MAX} (very positive). ` +
        "Judge what the text says about that company, including sarcasm and negation. Answer with one score per numbered text.",
    },
    { role: "user", content: `Rate each of these ${mentions.length} texts:\n\n${blocks.join("\n\n")}` },
  ];
}

/**
 * The scores to store: one per mention the answer numbers correctly, clamped to
 * the scale; numbers outside the batch, repeats and non-finite scores are dropped
 * (those mentions keep their lexicon score).
 */
export function refinedScores(mentions: MentionToRefine[], answer: RefinementAnswer): { id: string; score: number }[] {
  const seen = new Set<number>();
  const scores: { id: string; score: number }[] = [];
  for (const { mention, score } of answer.scores) {
    if (mention < 1 || mention > mentions.length || seen.has(mention) || !Number.isFinite(score)) continue;
    seen.add(mention);
    scores.push({ id: mentions[mention - 1].id, score: Math.min(SENTIMENT_SCORE_MAX, Math.max(SENTIMENT_SCORE_MIN, score)) });
  }
  return scores;
}
