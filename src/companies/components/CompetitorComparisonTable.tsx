import { Link } from "react-router";
import { Button } from "../../client/components/ui/Button";
import { cn } from "../../client/cn";
import type { EnrichmentStatus, SizeBand } from "../companyEnums";
import { POSITIONING_DIMENSIONS, type PositioningScores } from "../competitors/positioningDimensions";
import { formatEmployeeCount, formatFreshness, formatLocation, formatRevenue, sizeBandLabel } from "../format/firmographicsFormat";

export interface ComparisonCompany {
  id: string;
  name: string;
  domain: string;
  industry: string | null;
  employeeCount: number | null;
  sizeBand: SizeBand | null;
  annualRevenue: number | null;
  foundedYear: number | null;
  city: string | null;
  state: string | null;
  country: string | null;
  enrichedAt: Date | null;
  enrichmentStatus: EnrichmentStatus;
}

type Competitor = ComparisonCompany & { linkId: string; scores: PositioningScores; note: string | null };

/** Subject first, then each competitor: firmographics and scores side by side. */
export function CompetitorComparisonTable({
  subject,
  competitors,
  onRemove,
  now = new Date(),
}: {
  subject: ComparisonCompany & { scores?: PositioningScores };
  competitors: Competitor[];
  onRemove?: (linkId: string) => void;
  now?: Date;
}) {
  const rows: (ComparisonCompany & { scores?: PositioningScores; linkId?: string; note?: string | null; isSubject: boolean })[] = [
    { ...subject, isSubject: true },
    ...competitors.map((competitor) => ({ ...competitor, isSubject: false })),
  ];
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Competitor comparison">
        <thead>
          <tr className="text-left text-slate-500">
            <th className="py-2 pr-3 font-medium">Company</th>
            <th className="py-2 pr-3 font-medium">Industry</th>
            <th className="py-2 pr-3 font-medium">Employees</th>
            <th className="py-2 pr-3 font-medium">Revenue</th>
            <th className="py-2 pr-3 font-medium">Founded</th>
            <th className="py-2 pr-3 font-medium">Location</th>
            {POSITIONING_DIMENSIONS.map(({ key, label, shortLabel }) => (
              <th key={key} className="py-2 pr-3 font-medium">
                <abbr title={`${label}, 0–10`} className="no-underline">{shortLabel}</abbr>
              </th>
            ))}
            {onRemove && <th className="py-2 font-medium"><span className="sr-only">Actions</span></th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className={cn(row.isSubject && "bg-amber-50")}>
              <td className="py-2 pr-3">
                <Link to={`/app/companies/${row.id}`} className="font-medium text-indigo-700 hover:underline">{row.name}</Link>
                {row.isSubject && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-800">You</span>}
                {row.note && <div className="text-xs text-slate-600">{row.note}</div>}
                <div className="text-xs text-slate-500">{formatFreshness(row.enrichedAt, now).label}</div>
              </td>
              <td className="py-2 pr-3">{row.industry ?? "—"}</td>
              <td className="py-2 pr-3 tabular-nums">
                {formatEmployeeCount(row.employeeCount)}
                {row.sizeBand && <span className="text-xs text-slate-500"> ({sizeBandLabel(row.sizeBand)})</span>}
              </td>
              <td className="py-2 pr-3 tabular-nums">{formatRevenue(row.annualRevenue)}</td>
              <td className="py-2 pr-3">{row.foundedYear ?? "—"}</td>
              <td className="py-2 pr-3">{formatLocation(row.city, row.state, row.country)}</td>
              {POSITIONING_DIMENSIONS.map(({ key }) => (
                <td key={key} className="py-2 pr-3 tabular-nums">{row.scores?.[key] ?? "—"}</td>
              ))}
              {onRemove && (
                <td className="py-2">
                  {!row.isSubject && row.linkId && (
                    <Button variant="ghost" onClick={() => onRemove(row.linkId!)} aria-label={`Remove ${row.name}`}>Remove</Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {competitors.length === 0 && <p className="mt-3 text-sm text-slate-500">No competitors to compare yet.</p>}
    </div>
  );
}
