import type { PositioningScores } from "./positioningDimensions";

/** What the score inputs hold: text as typed, per dimension. */
export type ScoreDraft = Partial<Record<string, string>>;

/** Typed text to scores: blanks are left out, anything else becomes a number the server checks. */
export function scoresFromDraft(draft: ScoreDraft): PositioningScores {
  const scores: Record<string, number> = {};
  for (const [key, text] of Object.entries(draft)) {
    if (text === undefined || text.trim() === "") continue;
    scores[key] = Number(text);
  }
  return scores as PositioningScores;
}
