import { companyRoles, companySortFields, enrichmentStatuses, sizeBands } from "../companyEnums";
import type { ListCompaniesInput } from "../companySchemas";

/**
 * The company list's filters live in the page's query string, so a filtered
 * view can be bookmarked and shared. Unknown or invalid values are dropped
 * rather than breaking the page.
 */
export type CompanyListFilters = Required<Pick<ListCompaniesInput, "page" | "sortBy" | "sortDirection" | "includeArchived">> &
  Pick<ListCompaniesInput, "search" | "role" | "industry" | "sizeBand" | "tag" | "enrichmentStatus">;

export const DEFAULT_FILTERS: CompanyListFilters = { page: 1, sortBy: "name", sortDirection: "asc", includeArchived: false };

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function text(value: string | null, maxLength: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, maxLength) : undefined;
}

export function filtersFromSearchParams(params: URLSearchParams): CompanyListFilters {
  const page = Number.parseInt(params.get("page") ?? "", 10);
  return {
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    search: text(params.get("q"), 200),
    role: oneOf(companyRoles, params.get("role")),
    industry: text(params.get("industry"), 200),
    sizeBand: oneOf(sizeBands, params.get("size")),
    tag: text(params.get("tag"), 40)?.toLowerCase(),
    enrichmentStatus: oneOf(enrichmentStatuses, params.get("status")),
    includeArchived: params.get("archived") === "true",
    sortBy: oneOf(companySortFields, params.get("sort")) ?? "name",
    sortDirection: params.get("dir") === "desc" ? "desc" : "asc",
  };
}

export function searchParamsFromFilters(filters: CompanyListFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined, skipWhen?: string) => {
    if (value !== undefined && value !== "" && value !== skipWhen) params.set(key, value);
  };
  set("q", filters.search);
  set("role", filters.role);
  set("industry", filters.industry);
  set("size", filters.sizeBand);
  set("tag", filters.tag);
  set("status", filters.enrichmentStatus);
  set("archived", filters.includeArchived ? "true" : undefined);
  set("sort", filters.sortBy, "name");
  set("dir", filters.sortDirection, "asc");
  set("page", String(filters.page), "1");
  return params;
}

/** The same filters for the CSV export: everything but the page. */
export function exportQueryFromFilters(filters: CompanyListFilters): Record<string, string> {
  const query: Record<string, string> = { sortBy: filters.sortBy, sortDirection: filters.sortDirection };
  if (filters.search) query.search = filters.search;
  if (filters.role) query.role = filters.role;
  if (filters.industry) query.industry = filters.industry;
  if (filters.sizeBand) query.sizeBand = filters.sizeBand;
  if (filters.tag) query.tag = filters.tag;
  if (filters.enrichmentStatus) query.enrichmentStatus = filters.enrichmentStatus;
  if (filters.includeArchived) query.includeArchived = "true";
  return query;
}

