import { useEffect, useState } from "react";
import { SelectField, TextField } from "../../client/components/ui/Field";
import { companyRoleLabel, enrichmentStatusLabel, sizeBandLabel } from "../format/firmographicsFormat";
import { companyRoles, companySortFields, enrichmentStatuses, sizeBands } from "../companyEnums";
import type { CompanyListFilters } from "./companyListFilters";

const sortLabels: Record<(typeof companySortFields)[number], string> = {
  name: "Name",
  domain: "Domain",
  createdAt: "Date added",
  updatedAt: "Last changed",
  employeeCount: "Employees",
};

/** Search, filters and sort; every change goes back to page 1. */
export function CompanyFilters({ filters, onChange }: { filters: CompanyListFilters; onChange: (next: CompanyListFilters) => void }) {
  const [search, setSearch] = useState(filters.search ?? "");
  useEffect(() => setSearch(filters.search ?? ""), [filters.search]);
  // Typing waits for a pause before it queries.
  useEffect(() => {
    if ((filters.search ?? "") === search.trim()) return;
    const timer = setTimeout(() => onChange({ ...filters, search: search.trim() || undefined, page: 1 }), 250);
    return () => clearTimeout(timer);
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = (changes: Partial<CompanyListFilters>) => onChange({ ...filters, ...changes, page: 1 });
  const optional = (value: string) => (value === "" ? undefined : value);

  return (
    <div className="grid gap-3 sm:grid-cols-2 md:grid-cols-4 2xl:grid-cols-8" role="search">
      <TextField label="Search" className="sm:col-span-2" placeholder="Name or domain" value={search} onChange={(e) => setSearch(e.target.value)} />
      <SelectField label="Role" value={filters.role ?? ""} onChange={(e) => set({ role: optional(e.target.value) as CompanyListFilters["role"] })}>
        <option value="">All roles</option>
        {companyRoles.map((role) => (
          <option key={role} value={role}>{companyRoleLabel(role)}</option>
        ))}
      </SelectField>
      <TextField label="Industry" placeholder="Any" defaultValue={filters.industry ?? ""} key={`industry-${filters.industry ?? ""}`}
        onBlur={(e) => set({ industry: optional(e.target.value.trim()) })} />
      <SelectField label="Size" value={filters.sizeBand ?? ""} onChange={(e) => set({ sizeBand: optional(e.target.value) as CompanyListFilters["sizeBand"] })}>
        <option value="">Any size</option>
        {sizeBands.map((band) => (
          <option key={band} value={band}>{sizeBandLabel(band)}</option>
        ))}
      </SelectField>
      <TextField label="Tag" placeholder="Any" defaultValue={filters.tag ?? ""} key={`tag-${filters.tag ?? ""}`}
        onBlur={(e) => set({ tag: optional(e.target.value.trim().toLowerCase()) })} />
      <SelectField label="Enrichment" value={filters.enrichmentStatus ?? ""}
        onChange={(e) => set({ enrichmentStatus: optional(e.target.value) as CompanyListFilters["enrichmentStatus"] })}>
        <option value="">Any status</option>
        {enrichmentStatuses.map((status) => (
          <option key={status} value={status}>{enrichmentStatusLabel(status)}</option>
        ))}
      </SelectField>
      <SelectField label="Sort by" value={`${filters.sortBy}:${filters.sortDirection}`}
        onChange={(e) => {
          const [sortBy, sortDirection] = e.target.value.split(":") as [CompanyListFilters["sortBy"], CompanyListFilters["sortDirection"]];
          set({ sortBy, sortDirection });
        }}>
        {companySortFields.flatMap((field) =>
          (["asc", "desc"] as const).map((direction) => (
            <option key={`${field}:${direction}`} value={`${field}:${direction}`}>
              {sortLabels[field]} {direction === "asc" ? "↑" : "↓"}
            </option>
          )),
        )}
      </SelectField>
      <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-2">
        <input type="checkbox" checked={filters.includeArchived} onChange={(e) => set({ includeArchived: e.target.checked })} />
        Show archived companies
      </label>
    </div>
  );
}
