import { Link } from "react-router";
import type { Company } from "wasp/entities";
import { companyRoleLabel, enrichmentStatusLabel, formatEmployeeCount } from "../format/firmographicsFormat";
import { cn } from "../../client/cn";

const statusTone: Record<Company["enrichmentStatus"], string> = {
  PENDING: "bg-slate-100 text-slate-700",
  ENRICHED: "bg-emerald-50 text-emerald-700",
  NOT_FOUND: "bg-amber-50 text-amber-800",
  FAILED: "bg-red-50 text-red-700",
  SKIPPED_NO_KEY: "bg-slate-100 text-slate-600",
};

export function CompanyTable({ companies }: { companies: Company[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Companies">
        <thead>
          <tr className="text-left text-slate-500">
            <th className="py-2 pr-4 font-medium">Company</th>
            <th className="py-2 pr-4 font-medium">Role</th>
            <th className="py-2 pr-4 font-medium">Industry</th>
            <th className="py-2 pr-4 font-medium">Employees</th>
            <th className="py-2 pr-4 font-medium">Tags</th>
            <th className="py-2 pr-4 font-medium">Enrichment</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {companies.map((company) => (
            <tr key={company.id} className={cn(company.archivedAt && "opacity-60")}>
              <td className="py-2 pr-4">
                <Link to={`/app/companies/${company.id}`} className="font-medium text-indigo-700 hover:underline">
                  {company.name}
                </Link>
                <div className="text-xs text-slate-500">
                  {company.domain}
                  {company.archivedAt && " · archived"}
                </div>
              </td>
              <td className="py-2 pr-4">{companyRoleLabel(company.role)}</td>
              <td className="py-2 pr-4">{company.industry ?? "—"}</td>
              <td className="py-2 pr-4 tabular-nums">{formatEmployeeCount(company.employeeCount)}</td>
              <td className="py-2 pr-4">
                <div className="flex flex-wrap gap-1">
                  {company.tags.map((tag) => (
                    <span key={tag} className="rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-700">{tag}</span>
                  ))}
                </div>
              </td>
              <td className="py-2 pr-4">
                <span className={cn("rounded px-1.5 py-0.5 text-xs", statusTone[company.enrichmentStatus])} title={company.enrichmentError ?? undefined}>
                  {enrichmentStatusLabel(company.enrichmentStatus)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
