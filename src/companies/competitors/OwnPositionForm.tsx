import { useState, type FormEvent } from "react";
import { setCompanyPositioning } from "wasp/client/operations";
import { Button } from "../../client/components/ui/Button";
import { errorMessageOf, fieldErrorsOf } from "../../client/operationErrors";
import { ScoreInputs, draftFromScores, scoresFromDraft } from "./ScoreInputs";
import type { PositioningScores } from "./positioningDimensions";
import type { ScoreDraft } from "./scoreDraft";

/** The subject's own scores: its point on the map. */
export function OwnPositionForm({ companyId, scores, onSaved }: { companyId: string; scores: PositioningScores; onSaved: () => void }) {
  const [draft, setDraft] = useState<ScoreDraft>(draftFromScores(scores));
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await setCompanyPositioning({ companyId, scores: scoresFromDraft(draft) });
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  }

  const fieldErrors = fieldErrorsOf(error);
  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Own position">
      <ScoreInputs draft={draft} onChange={setDraft} errors={fieldErrors} />
      {error !== null && Object.keys(fieldErrors).length === 0 && <p className="text-sm text-red-600">{errorMessageOf(error)}</p>}
      <Button type="submit" variant="secondary">Save own position</Button>
    </form>
  );
}
