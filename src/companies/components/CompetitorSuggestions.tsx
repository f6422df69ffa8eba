import { Button } from "../../client/components/ui/Button";
import type { SizeBand } from "../companyEnums";
import { sizeBandLabel } from "../format/firmographicsFormat";

export interface CompetitorSuggestion {
  linkId: string;
  company: { id: string; name: string; domain: string; industry: string | null; sizeBand: SizeBand | null };
}

/** Companies suggested from enrichment data, to accept or dismiss. */
export function CompetitorSuggestions({
  suggestions,
  onAccept,
  onDismiss,
  busyLinkId,
}: {
  suggestions: CompetitorSuggestion[];
  onAccept: (linkId: string) => void;
  onDismiss: (linkId: string) => void;
  busyLinkId?: string;
}) {
  if (suggestions.length === 0) {
    return <p className="text-sm text-slate-500">No open suggestions.</p>;
  }
  return (
    <ul className="divide-y divide-slate-100" aria-label="Suggested competitors">
      {suggestions.map(({ linkId, company }) => (
        <li key={linkId} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div>
            <p className="font-medium text-slate-900">{company.name}</p>
            <p className="text-xs text-slate-500">
              {company.domain} · Same industry ({company.industry ?? "unknown"}) and size band
              {company.sizeBand ? ` (${sizeBandLabel(company.sizeBand)} employees)` : ""}
            </p>
          </div>
          <div className="flex gap-2">
            <Button onClick={() => onAccept(linkId)} disabled={busyLinkId === linkId} aria-label={`Accept ${company.name}`}>Accept</Button>
            <Button variant="secondary" onClick={() => onDismiss(linkId)} disabled={busyLinkId === linkId} aria-label={`Dismiss ${company.name}`}>
              Dismiss
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
