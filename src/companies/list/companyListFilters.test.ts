import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTERS,
  exportQueryFromFilters,
  filtersFromSearchParams,
  searchParamsFromFilters,
} from "./companyListFilters";
import { pageCount } from "../../shared/pageCount";

describe("company list filters in the query string", () => {
  it("reads every filter", () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams("q=acme&role=COMPETITOR&industry=Software&size=MEDIUM&tag=EMEA&status=ENRICHED&archived=true&sort=createdAt&dir=desc&page=3"),
    );
    expect(filters).toEqual({
      search: "acme",
      role: "COMPETITOR",
      industry: "Software",
      sizeBand: "MEDIUM",
      tag: "emea",
      enrichmentStatus: "ENRICHED",
      includeArchived: true,
      sortBy: "createdAt",
      sortDirection: "desc",
      page: 3,
    });
  });

  it("drops values it does not know instead of failing", () => {
    const filters = filtersFromSearchParams(new URLSearchParams("role=BOSS&size=HUGE&sort=secret&page=-2&dir=up"));
    expect(filters).toMatchObject({ ...DEFAULT_FILTERS, role: undefined, sizeBand: undefined });
  });

  it("round-trips through the query string, leaving defaults out", () => {
    const filters = { ...DEFAULT_FILTERS, search: "a b", role: "PROSPECT" as const, page: 2 };
    const params = searchParamsFromFilters(filters);
    expect(params.toString()).toBe("q=a+b&role=PROSPECT&page=2");
    expect(filtersFromSearchParams(params)).toMatchObject(filters);
    expect(searchParamsFromFilters(DEFAULT_FILTERS).toString()).toBe("");
  });

  it("gives the export the filters without the page", () => {
    expect(exportQueryFromFilters({ ...DEFAULT_FILTERS, tag: "emea", page: 4 })).toEqual({
      sortBy: "name",
      sortDirection: "asc",
      tag: "emea",
    });
  });

  it("counts pages, at least one", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(101, 50)).toBe(3);
  });
});
