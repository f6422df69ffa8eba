import { useState } from "react";
import { Link, useParams } from "react-router";
import {
  getCompetitorMap,
  removeCompetitorLink,
  respondToCompetitorSuggestion,
  suggestCompetitors,
  useQuery,
} from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { CompetitorComparisonTable } from "../components/CompetitorComparisonTable";
import { CompetitorSuggestions } from "../components/CompetitorSuggestions";
import { PositioningChart } from "../components/PositioningChart";
import { AddCompetitorForm } from "./AddCompetitorForm";
import { OwnPositionForm } from "./OwnPositionForm";

export function CompetitorMapPage() {
  const { companyId = "" } = useParams();
  const { data: map, isLoading, error, refetch } = useQuery(getCompetitorMap, { subjectCompanyId: companyId });
  const [busyLinkId, setBusyLinkId] = useState<string>();
  const [suggestionNote, setSuggestionNote] = useState<string | null>(null);
  const refresh = () => void refetch();

  if (isLoading) return <p className="text-slate-500">Loading the competitor map…</p>;
  if (error || !map) {
    return <Alert tone="error">This company is not in your workspace. <Link to="/app/companies" className="underline">Back to companies</Link></Alert>;
  }

  async function respond(linkId: string, decision: "accept" | "dismiss") {
    setBusyLinkId(linkId);
    try {
      await respondToCompetitorSuggestion({ linkId, decision });
      refresh();
    } finally {
      setBusyLinkId(undefined);
    }
  }

  async function suggest() {
    const { suggested } = await suggestCompetitors({ subjectCompanyId: companyId });
    setSuggestionNote(
      suggested === 0
        ? "No new suggestions: no other company shares this one's industry and size band (enrichment fills both in)."
        : `${suggested} new suggestions below.`,
    );
    refresh();
  }

  const { subject } = map;
  const points = [
    { companyId: subject.id, name: subject.name, isSubject: true, scores: subject.scores },
    ...map.competitors.map((entry) => ({ companyId: entry.company.id, name: entry.company.name, isSubject: false, scores: entry.scores })),
  ];
  return (
    <section className="space-y-6">
      <div>
        <Link to={`/app/companies/${subject.id}`} className="text-sm text-indigo-700 hover:underline">← {subject.name}</Link>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">Competitor map: {subject.name}</h1>
        <p className="text-slate-600">{map.competitors.length === 1 ? "1 competitor" : `${map.competitors.length} competitors`}, scored 0–10 on each dimension.</p>
      </div>
      <Card>
        <CardTitle>Positioning</CardTitle>
        <div className="mt-3"><PositioningChart points={points} /></div>
      </Card>
      <Card>
        <CardTitle>Side by side</CardTitle>
        <div className="mt-3">
          <CompetitorComparisonTable
            subject={subject}
            competitors={map.competitors.map((entry) => ({ ...entry.company, linkId: entry.linkId, scores: entry.scores, note: entry.note }))}
            onRemove={async (linkId) => {
              await removeCompetitorLink({ linkId });
              refresh();
            }}
          />
        </div>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <div className="flex items-center justify-between">
            <CardTitle>Suggested competitors</CardTitle>
            <Button variant="secondary" onClick={suggest}>Suggest from my companies</Button>
          </div>
          {suggestionNote && <p className="mt-2 text-sm text-slate-600" role="status">{suggestionNote}</p>}
          <div className="mt-3">
            <CompetitorSuggestions
              suggestions={map.suggestions.map((entry) => ({ linkId: entry.linkId, company: entry.company }))}
              onAccept={(linkId) => void respond(linkId, "accept")}
              onDismiss={(linkId) => void respond(linkId, "dismiss")}
              busyLinkId={busyLinkId}
            />
          </div>
        </Card>
        <Card>
          <CardTitle>Add or score a competitor</CardTitle>
          <div className="mt-3"><AddCompetitorForm subjectCompanyId={subject.id} competitors={map.competitors} onSaved={refresh} /></div>
        </Card>
      </div>
      <Card>
        <CardTitle>{subject.name}'s own position</CardTitle>
        <div className="mt-3"><OwnPositionForm companyId={subject.id} scores={subject.scores} onSaved={refresh} /></div>
      </Card>
    </section>
  );
}
