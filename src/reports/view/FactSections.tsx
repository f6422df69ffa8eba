import { formatEmployeeCount, formatMetricValue, formatRevenue, sizeBandLabel } from "../../companies/format/firmographicsFormat";
import type { ChangesSincePrevious, FindingHighlight, SegmentStatistics } from "../reportDocument";
import { formatSignedPercent } from "../sources/factFormat";
import { CitationLinks } from "./Citations";

const signedPercent = (fraction: number | null) => (fraction === null ? "" : ` (${formatSignedPercent(fraction)})`);

export function SegmentSection({ segment }: { segment: SegmentStatistics | null }) {
  if (!segment) return <p className="text-sm text-slate-500">The subject has no industry yet, so it has no segment: enrich it or set its industry.</p>;
  const name = [segment.industry, segment.sizeBand ? `${sizeBandLabel(segment.sizeBand)} employees` : null].filter(Boolean).join(", ");
  return (
    <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
      <div><dt className="text-slate-500">Segment</dt><dd className="font-medium">{name}<CitationLinks numbers={[segment.sourceNumber]} /></dd></div>
      <div><dt className="text-slate-500">Tracked companies</dt><dd className="font-medium">{segment.companyCount}</dd></div>
      <div><dt className="text-slate-500">Median employees</dt><dd className="font-medium">{formatEmployeeCount(segment.medianEmployeeCount === null ? null : Math.round(segment.medianEmployeeCount))}</dd></div>
      <div><dt className="text-slate-500">Median revenue</dt><dd className="font-medium">{formatRevenue(segment.medianAnnualRevenue)}</dd></div>
      <div><dt className="text-slate-500">Competitors in it</dt><dd className="font-medium">{segment.byRole.COMPETITOR}</dd></div>
      <div><dt className="text-slate-500">Prospects in it</dt><dd className="font-medium">{segment.byRole.PROSPECT}</dd></div>
      {segment.subjectEmployeeRank && (
        <div className="col-span-2"><dt className="text-slate-500">Rank by headcount</dt><dd className="font-medium">{segment.subjectEmployeeRank.rank} of {segment.subjectEmployeeRank.of}</dd></div>
      )}
    </dl>
  );
}

export function ChangesSection({ changes }: { changes: ChangesSincePrevious }) {
  const nothing = changes.competitorsAdded.length + changes.competitorsRemoved.length + changes.metricMoves.length + changes.sentimentShifts.length === 0;
  return (
    <div className="space-y-2 text-sm" data-testid="changes-since-previous">
      <p className="text-slate-500">Since the previous report of {changes.previousCompletedAt.slice(0, 10)}:</p>
      {nothing && <p>Nothing moved beyond the thresholds (5% for metrics, 0.05 for sentiment).</p>}
      <ul className="list-disc space-y-1 pl-5">
        {changes.competitorsAdded.map((company) => <li key={`added-${company.companyId}`}>New competitor: {company.name}</li>)}
        {changes.competitorsRemoved.map((company) => <li key={`removed-${company.companyId}`}>No longer a competitor: {company.name}</li>)}
        {changes.metricMoves.map((move) => (
          <li key={`${move.companyId}/${move.metric}`}>
            {move.companyName}, {move.metric}: {formatMetricValue(move.before, move.unit)} → {formatMetricValue(move.after, move.unit)}{signedPercent(move.percent)}
          </li>
        ))}
        {changes.sentimentShifts.map((shift) => (
          <li key={`sentiment-${shift.companyId}`}>
            {shift.companyName}, sentiment: {shift.before?.toFixed(2) ?? "none"} → {shift.after?.toFixed(2) ?? "none"}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FindingsSection({ findings }: { findings: FindingHighlight[] }) {
  if (findings.length === 0) return <p className="text-sm text-slate-500">No workflow findings on these companies yet.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {findings.map((finding) => (
        <li key={finding.sourceNumber}>
          <span className="font-medium">{finding.companyName}</span>: {finding.title}{" "}
          <span className="text-slate-500">({finding.kind.toLowerCase().replace(/_/g, " ")}, {finding.observedAt.slice(0, 10)})</span>
          <CitationLinks numbers={[finding.sourceNumber]} />
        </li>
      ))}
    </ul>
  );
}
