import { useCallback, useState } from "react";
import { Link, useParams } from "react-router";
import { getCompany, useQuery } from "wasp/client/operations";
import { Alert } from "../client/components/ui/Alert";
import { Card, CardTitle } from "../client/components/ui/Card";
import { companyRoleLabel } from "./format/firmographicsFormat";
import { CompanyDetailsForm } from "./profile/CompanyDetailsForm";
import { FirmographicsCard } from "./profile/FirmographicsCard";
import { MarketDataSection } from "./profile/MarketDataSection";
import { RequestReportCard } from "../reports/request/RequestReportCard";
import { CompanySentimentSection } from "../sentiment/CompanySentimentSection";
import { CompanyWorkflowsCard } from "../workflows/company/CompanyWorkflowsCard";
import { ResearchFindingsSection } from "../workflows/company/ResearchFindingsSection";

export function CompanyProfilePage() {
  const { companyId = "" } = useParams();
  const { data: company, isLoading, error, refetch } = useQuery(getCompany, { id: companyId });
  // Bumped when a workflow run ends: the sections it feeds read again.
  const [resultsVersion, setResultsVersion] = useState(0);
  const onRunEnded = useCallback(() => {
    setResultsVersion((version) => version + 1);
    void refetch();
  }, [refetch]);

  if (isLoading) return <p className="text-slate-500">Loading the company…</p>;
  if (error || !company) {
    return <Alert tone="error">This company is not in your workspace. <Link to="/app/companies" className="underline">Back to companies</Link></Alert>;
  }
  return (
    <section className="space-y-6">
      <div>
        <Link to="/app/companies" className="text-sm text-indigo-700 hover:underline">← Companies</Link>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">{company.name}</h1>
        <p className="text-slate-600">
          <a href={`https://${company.domain}`} target="_blank" rel="noreferrer" className="hover:underline">{company.domain}</a> ·{" "}
          {companyRoleLabel(company.role)}
          {company.archivedAt && " · archived"}
        </p>
        {company.tags.length > 0 && (
          <div className="mt-2 flex flex-wrap gap-1">
            {company.tags.map((tag) => (
              <span key={tag} className="rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-700">{tag}</span>
            ))}
          </div>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <FirmographicsCard company={company} />
          <CompanyWorkflowsCard companyId={company.id} onRunEnded={onRunEnded} />
        </div>
        <div className="space-y-6">
          <RequestReportCard company={company} />
          <Card>
            <CardTitle>Competitors</CardTitle>
            <p className="mt-2 text-sm text-slate-600">
              {company.competitorCount === 0 ? "No competitors mapped yet." : `${company.competitorCount} competitors mapped.`}
            </p>
            <Link to={`/app/companies/${company.id}/competitors`} className="mt-3 inline-block text-sm font-semibold text-indigo-700 hover:underline">
              Open the competitor map →
            </Link>
          </Card>
          <CompanyDetailsForm key={company.updatedAt.toString()} company={company} onChanged={() => void refetch()} />
        </div>
      </div>
      <ResearchFindingsSection key={`findings-${resultsVersion}`} companyId={company.id} />
      <MarketDataSection key={`market-data-${resultsVersion}`} companyId={company.id} />
      <CompanySentimentSection key={`sentiment-${resultsVersion}`} companyId={company.id} />
    </section>
  );
}
