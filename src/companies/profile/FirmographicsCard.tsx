import type { Company } from "wasp/entities";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { cn } from "../../client/cn";
import {
  enrichmentStatusLabel,
  formatEmployeeCount,
  formatFreshness,
  formatLocation,
  formatRevenue,
  sizeBandLabel,
} from "../format/firmographicsFormat";

export function FirmographicsCard({ company, now = new Date() }: { company: Company; now?: Date }) {
  const freshness = formatFreshness(company.enrichedAt, now);
  const facts: [string, string][] = [
    ["Industry", company.industry ?? "—"],
    ["Employees", formatEmployeeCount(company.employeeCount)],
    ["Size band", company.sizeBand ? sizeBandLabel(company.sizeBand) : "—"],
    ["Annual revenue", formatRevenue(company.annualRevenue)],
    ["Founded", company.foundedYear ? String(company.foundedYear) : "—"],
    ["Location", formatLocation(company.city, company.state, company.country)],
  ];
  return (
    <Card>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle>Firmographics</CardTitle>
        <p className={cn("text-xs", freshness.isStale ? "text-amber-700" : "text-slate-500")} data-testid="freshness">
          {enrichmentStatusLabel(company.enrichmentStatus)}
          {company.enrichmentSource && ` · source: ${company.enrichmentSource}`} · {freshness.label}
          {freshness.isStale && " (due for a refresh)"}
        </p>
      </div>
      {company.enrichmentError && <p className="mt-2 text-sm text-red-700">{company.enrichmentError}</p>}
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-3">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-sm text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {company.description && <p className="mt-4 text-sm text-slate-700">{company.description}</p>}
      {company.linkedinUrl && (
        <p className="mt-2 text-sm">
          <a href={company.linkedinUrl} target="_blank" rel="noreferrer" className="text-indigo-700 hover:underline">LinkedIn</a>
        </p>
      )}
      {company.technologies.length > 0 && (
        <div className="mt-4">
          <p className="text-xs text-slate-500">Technologies</p>
          <div className="mt-1 flex flex-wrap gap-1">
            {company.technologies.map((technology) => (
              <span key={technology} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{technology}</span>
            ))}
          </div>
        </div>
      )}
    </Card>
  );
}
