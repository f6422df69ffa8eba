import { getCompanyFindings, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { safeLink } from "../../sentiment/sentimentFormat";
import type { CompanyFinding } from "../operations";

const kindLabels: Record<CompanyFinding["kind"], string> = { NEWS: "News", HIRING_SIGNAL: "Hiring", PRODUCT_CHANGE: "Product change", FUNDING: "Funding" };
const kindTones: Record<CompanyFinding["kind"], string> = {
  NEWS: "bg-slate-100 text-slate-700",
  HIRING_SIGNAL: "bg-violet-100 text-violet-800",
  PRODUCT_CHANGE: "bg-sky-100 text-sky-800",
  FUNDING: "bg-emerald-100 text-emerald-800",
};

/** What market research found about the company, newest first, each with its source. */
export function ResearchFindingsSection({ companyId }: { companyId: string }) {
  const { data, isLoading, error } = useQuery(getCompanyFindings, { companyId });
  return (
    <Card id="findings" className="scroll-mt-24">
      <CardTitle>Research findings</CardTitle>
      {isLoading && <p className="mt-3 text-slate-500">Loading findings…</p>}
      {error && <div className="mt-3"><Alert tone="error">Findings could not be loaded.</Alert></div>}
      {data && data.findings.length === 0 && <p className="mt-3 text-sm text-slate-500">No findings yet: run market research above.</p>}
      {data && data.findings.length > 0 && (
        <>
          <ul className="mt-3 divide-y divide-slate-100" aria-label="Research findings">
            {data.findings.map((finding) => {
              const link = safeLink(finding.sourceUrl);
              return (
                <li key={finding.id} className="py-3" data-testid="research-finding">
                  <div className="flex flex-wrap items-center gap-2 text-xs">
                    <span className={`rounded px-1.5 py-0.5 font-semibold ${kindTones[finding.kind]}`}>{kindLabels[finding.kind]}</span>
                    <span className="text-slate-500">{new Date(finding.observedAt).toISOString().slice(0, 10)}</span>
                    {finding.sourceName && <span className="text-slate-500">{finding.sourceName}</span>}
                  </div>
                  <p className="mt-1 text-sm text-slate-800">{finding.content}</p>
                  {link && (
                    <a href={link} target="_blank" rel="noreferrer noopener" className="mt-1 inline-block break-all text-xs text-indigo-700 hover:underline">{link}</a>
                  )}
                </li>
              );
            })}
          </ul>
          {data.totalCount > data.findings.length && <p className="mt-2 text-xs text-slate-500">The latest {data.findings.length} of {data.totalCount} findings.</p>}
        </>
      )}
    </Card>
  );
}
