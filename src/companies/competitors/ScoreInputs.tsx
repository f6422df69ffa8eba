import { TextField } from "../../client/components/ui/Field";
import { POSITIONING_DIMENSIONS, type PositioningScores } from "./positioningDimensions";
import { scoresFromDraft, type ScoreDraft } from "./scoreDraft";

/** One 0–10 input per positioning dimension; empty means not scored. Two columns suit a narrow card. */
export function ScoreInputs({
  draft,
  onChange,
  errors,
  columns = 4,
}: {
  draft: ScoreDraft;
  onChange: (draft: ScoreDraft) => void;
  errors?: Partial<Record<string, string>>;
  columns?: 2 | 4;
}) {
  return (
    <div className={columns === 2 ? "grid grid-cols-2 gap-3" : "grid gap-3 sm:grid-cols-2 lg:grid-cols-4"}>
      {POSITIONING_DIMENSIONS.map(({ key, label }) => (
        <TextField
          key={key}
          label={`${label} (0–10)`}
          type="number"
          min={0}
          max={10}
          step={0.5}
          value={draft[key] ?? ""}
          error={errors?.[`scores.${key}`] ?? errors?.[key]}
          onChange={(e) => onChange({ ...draft, [key]: e.target.value })}
        />
      ))}
    </div>
  );
}

export function draftFromScores(scores: PositioningScores): ScoreDraft {
  return Object.fromEntries(Object.entries(scores).map(([key, value]) => [key, String(value)]));
}

export { scoresFromDraft };
