import { z } from "zod";

/** The named dimensions a competitor is scored on, 0 (weakest) to 10 (strongest). */
export const POSITIONING_DIMENSIONS = [
  { key: "price", label: "Price competitiveness", shortLabel: "Price" },
  { key: "productBreadth", label: "Product breadth", shortLabel: "Breadth" },
  { key: "marketPresence", label: "Market presence", shortLabel: "Presence" },
  { key: "growth", label: "Growth", shortLabel: "Growth" },
] as const;

export type PositioningDimensionKey = (typeof POSITIONING_DIMENSIONS)[number]["key"];
export type PositioningScores = Partial<Record<PositioningDimensionKey, number>>;

export const POSITIONING_SCORE_MIN = 0;
export const POSITIONING_SCORE_MAX = 10;

const score = z
  .number()
  .min(POSITIONING_SCORE_MIN, `Scores run from ${POSITIONING_SCORE_MIN} to ${POSITIONING_SCORE_MAX}.`)
  .max(POSITIONING_SCORE_MAX, `Scores run from ${POSITIONING_SCORE_MIN} to ${POSITIONING_SCORE_MAX}.`);

export const positioningScoresSchema = z
  .object({
    price: score.optional(),
    productBreadth: score.optional(),
    marketPresence: score.optional(),
    growth: score.optional(),
  })
  .strict();

/** Scores as stored in CompetitorAnalysis.positioningScores (JSON): anything unreadable is dropped. */
export function readPositioningScores(stored: unknown): PositioningScores {
  if (typeof stored !== "object" || stored === null) return {};
  const scores: PositioningScores = {};
  for (const { key } of POSITIONING_DIMENSIONS) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === "number" && value >= POSITIONING_SCORE_MIN && value <= POSITIONING_SCORE_MAX) scores[key] = value;
  }
  return scores;
}
