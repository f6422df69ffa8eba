import { useCallback, useState } from "react";
import { useSearchParams } from "react-router";
import { getCompanies, useQuery } from "wasp/client/operations";
import { Alert } from "../client/components/ui/Alert";
import { Button } from "../client/components/ui/Button";
import { Card, CardTitle } from "../client/components/ui/Card";
import { ExportCompaniesButton } from "./export/ExportCompaniesButton";
import { CompanyImportPanel } from "./import/CompanyImportPanel";
import { AddCompanyForm } from "./list/AddCompanyForm";
import { CompanyFilters } from "./list/CompanyFilters";
import { CompanyTable } from "./list/CompanyTable";
import { Pagination } from "../client/components/ui/Pagination";
import type { CompanyPage } from "./operations";
import { exportQueryFromFilters, filtersFromSearchParams, searchParamsFromFilters, type CompanyListFilters } from "./list/companyListFilters";

const PAGE_SIZE = 50;

export function CompaniesPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const setFilters = (next: CompanyListFilters) => setSearchParams(searchParamsFromFilters(next), { replace: true });
  const [panel, setPanel] = useState<"add" | "import" | null>(null);
  // While enrichment is under way for companies on screen, their status updates by itself.
  const { data, isLoading, error, refetch } = useQuery(
    getCompanies,
    { ...filters, pageSize: PAGE_SIZE },
    { refetchInterval: (page?: CompanyPage) => (page?.companies.some((company) => company.enrichmentStatus === "PENDING") ? 3000 : false) },
  );
  const refresh = useCallback(() => void refetch(), [refetch]);

  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">Companies</h1>
          <p className="text-slate-600">Your company, competitors, prospects and companies you watch.</p>
        </div>
        <div className="flex gap-2">
          <Button onClick={() => setPanel(panel === "add" ? null : "add")}>Add company</Button>
          <Button variant="secondary" onClick={() => setPanel(panel === "import" ? null : "import")}>Import CSV</Button>
          <ExportCompaniesButton query={exportQueryFromFilters(filters)} />
        </div>
      </div>

      {panel === "add" && (
        <Card>
          <CardTitle>Add a company</CardTitle>
          <div className="mt-3"><AddCompanyForm onAdded={refresh} /></div>
        </Card>
      )}
      {panel === "import" && (
        <Card>
          <CardTitle>Import companies from CSV</CardTitle>
          <div className="mt-3"><CompanyImportPanel onImported={refresh} /></div>
        </Card>
      )}

      <Card>
        <CompanyFilters filters={filters} onChange={setFilters} />
        <div className="mt-4">
          {isLoading && <p className="text-slate-500">Loading companies…</p>}
          {error && <Alert tone="error">The companies could not be loaded. Reload the page to try again.</Alert>}
          {data && data.companies.length === 0 && (
            <p className="py-6 text-center text-slate-500">
              {data.totalCount === 0 && searchParams.toString() === ""
                ? "No companies yet: add one by its domain or import a CSV."
                : "No companies match these filters."}
            </p>
          )}
          {data && data.companies.length > 0 && <CompanyTable companies={data.companies} />}
          {data && <Pagination page={data.page} pageSize={data.pageSize} totalCount={data.totalCount} onPage={(page) => setFilters({ ...filters, page })} />}
        </div>
      </Card>
    </section>
  );
}
