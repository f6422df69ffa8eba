import { useState, type FormEvent } from "react";
import { getCompanies, saveCompetitorLink, useQuery } from "wasp/client/operations";
import { Button } from "../../client/components/ui/Button";
import { SelectField, TextAreaField, TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorsOf } from "../../client/operationErrors";
import { ScoreInputs, draftFromScores, scoresFromDraft } from "./ScoreInputs";
import type { CompetitorEntry } from "./operations";
import type { ScoreDraft } from "./scoreDraft";

/** Link a workspace company as a competitor, or re-score one already linked. */
export function AddCompetitorForm({
  subjectCompanyId,
  competitors,
  onSaved,
}: {
  subjectCompanyId: string;
  competitors: CompetitorEntry[];
  onSaved: () => void;
}) {
  const [search, setSearch] = useState("");
  const [competitorId, setCompetitorId] = useState("");
  const [draft, setDraft] = useState<ScoreDraft>({});
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const { data: matches } = useQuery(getCompanies, { search: search || undefined, pageSize: 20 });
  const options = (matches?.companies ?? []).filter((company) => company.id !== subjectCompanyId);

  function choose(id: string) {
    setCompetitorId(id);
    const existing = competitors.find((entry) => entry.company.id === id);
    setDraft(existing ? draftFromScores(existing.scores) : {});
    setNote(existing?.note ?? "");
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await saveCompetitorLink({ subjectCompanyId, competitorCompanyId: competitorId, scores: scoresFromDraft(draft), note: note || undefined });
      setCompetitorId("");
      setDraft({});
      setNote("");
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  }

  const firstErrors = fieldErrorsOf(error);
  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Add or score a competitor">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Find a company" placeholder="Name or domain" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField label="Competitor" value={competitorId} onChange={(e) => choose(e.target.value)} required error={firstErrors.competitorCompanyId}>
          <option value="">Choose a company…</option>
          {options.map((company) => (
            <option key={company.id} value={company.id}>{company.name} ({company.domain})</option>
          ))}
        </SelectField>
      </div>
      <ScoreInputs draft={draft} onChange={setDraft} errors={firstErrors} columns={2} />
      <TextAreaField label="Note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={firstErrors.note} />
      {error !== null && Object.keys(firstErrors).length === 0 && <p className="text-sm text-red-600">{errorMessageOf(error)}</p>}
      <Button type="submit" disabled={!competitorId}>Save competitor</Button>
    </form>
  );
}
