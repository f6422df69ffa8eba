import { Alert } from "../../client/components/ui/Alert";
import { cn } from "../../client/cn";
import { swotSectionKeys } from "../narrative/narrativeLayout";
import type { Narrative, NarrativeSection } from "../reportDocument";
import { ClaimText } from "./Citations";

function SectionClaims({ section }: { section: NarrativeSection }) {
  if (section.claims.length === 0) return <p className="text-sm text-slate-500">Nothing in the sources supports a statement here.</p>;
  return (
    <ul className={cn("space-y-2 text-sm leading-6 text-slate-800", section.kind === "recommendations" ? "list-decimal pl-5" : "list-disc pl-5")}>
      {section.claims.map((claim, index) => (
        <li key={index} data-testid="claim">
          <ClaimText claim={claim} />
        </li>
      ))}
    </ul>
  );
}

function SectionBlock({ section }: { section: NarrativeSection }) {
  const isAdvice = section.kind === "recommendations";
  return (
    <section aria-labelledby={`narrative-${section.key}`} className={cn(isAdvice && "rounded-lg border border-indigo-100 bg-indigo-50/50 p-4")}>
      <h3 id={`narrative-${section.key}`} className="text-sm font-semibold text-slate-900">
        {section.title}
        {isAdvice && <span className="ml-2 text-xs font-normal text-indigo-700">advice, not a fact</span>}
      </h3>
      <div className="mt-2">
        <SectionClaims section={section} />
      </div>
    </section>
  );
}

/** The LLM's sections, SWOT as a grid; or, with no LLM, what to do to have them written. */
export function NarrativeSections({ narrative, part }: { narrative: Narrative; part: "lead" | "rest" }) {
  if (narrative.status === "not_configured") {
    if (part === "rest") return null;
    return (
      <div data-testid="ai-not-configured">
        <Alert tone="info">{narrative.message}</Alert>
      </div>
    );
  }
  const lead = narrative.sections.filter((section) => section.key === "executiveSummary" || section.key === "summary");
  const swot = narrative.sections.filter((section) => swotSectionKeys.includes(section.key));
  const others = narrative.sections.filter((section) => !lead.includes(section) && !swot.includes(section));
  if (part === "lead") return <div className="space-y-4">{lead.map((section) => <SectionBlock key={section.key} section={section} />)}</div>;
  const beforeSwot = others.filter((section) => section.kind === "facts" && section.key !== "risks");
  const afterSwot = others.filter((section) => !beforeSwot.includes(section));
  return (
    <div className="space-y-6">
      {beforeSwot.map((section) => <SectionBlock key={section.key} section={section} />)}
      {swot.length > 0 && (
        <div className="grid gap-4 sm:grid-cols-2" aria-label="SWOT">
          {swot.map((section) => (
            <div key={section.key} className="rounded-lg border border-slate-200 p-4">
              <SectionBlock section={section} />
            </div>
          ))}
        </div>
      )}
      {afterSwot.map((section) => <SectionBlock key={section.key} section={section} />)}
      {narrative.evidenceGaps.length > 0 && (
        <section aria-labelledby="narrative-evidence-gaps">
          <h3 id="narrative-evidence-gaps" className="text-sm font-semibold text-slate-900">Evidence gaps</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-600">
            {narrative.evidenceGaps.map((gap, index) => <li key={index}>{gap}</li>)}
          </ul>
        </section>
      )}
    </div>
  );
}
