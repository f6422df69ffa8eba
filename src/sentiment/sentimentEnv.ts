import { z } from "zod";
import { emptyAsUnset } from "../server/envValues";

/** Sentiment settings, merged into the server's env schema (src/server/env.ts). */
export const sentimentEnvSchema = z.object({
  /** "on": after an import, the configured LLM re-scores the new mentions (the lexicon's score is kept beside it). */
  SENTIMENT_LLM_REFINEMENT: z.preprocess(emptyAsUnset, z.enum(["on", "off"]).default("off")),
});
