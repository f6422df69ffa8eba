import { PositioningChart } from "../../companies/components/PositioningChart";
import { POSITIONING_DIMENSIONS } from "../../companies/competitors/positioningDimensions";
import { formatEmployeeCount, formatRevenue, sizeBandLabel } from "../../companies/format/firmographicsFormat";
import type { ComparisonRow } from "../reportDocument";
import { CitationLinks } from "./Citations";

/** The subject against its competitors: firmographics, the four scores, and the positioning chart. */
export function ComparisonSection({ rows, chartWidth }: { rows: ComparisonRow[]; chartWidth?: number }) {
  return (
    <div className="space-y-6">
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" aria-label="Comparison">
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="py-2 pr-3">Company</th>
              <th className="py-2 pr-3">Industry</th>
              <th className="py-2 pr-3 text-right">Employees</th>
              <th className="py-2 pr-3">Size</th>
              <th className="py-2 pr-3 text-right">Revenue</th>
              <th className="py-2 pr-3 text-right">Founded</th>
              {POSITIONING_DIMENSIONS.map((dimension) => (
                <th key={dimension.key} className="py-2 pr-3 text-right" title={dimension.label}>{dimension.shortLabel}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.companyId} className={row.isSubject ? "bg-amber-50/60 font-medium" : undefined}>
                <td className="py-2 pr-3">
                  {row.name}
                  <CitationLinks numbers={row.sourceNumbers} />
                  {row.note && <p className="text-xs font-normal text-slate-500">{row.note}</p>}
                </td>
                <td className="py-2 pr-3">{row.industry ?? "—"}</td>
                <td className="py-2 pr-3 text-right">{formatEmployeeCount(row.employeeCount)}</td>
                <td className="py-2 pr-3">{row.sizeBand ? sizeBandLabel(row.sizeBand) : "—"}</td>
                <td className="py-2 pr-3 text-right">{formatRevenue(row.annualRevenue)}</td>
                <td className="py-2 pr-3 text-right">{row.foundedYear ?? "—"}</td>
                {POSITIONING_DIMENSIONS.map((dimension) => (
                  <td key={dimension.key} className="py-2 pr-3 text-right">{row.scores[dimension.key] ?? "—"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 1 && (
        <PositioningChart
          width={chartWidth}
          points={rows.map((row) => ({ companyId: row.companyId, name: row.name, isSubject: row.isSubject, scores: row.scores }))}
        />
      )}
    </div>
  );
}
