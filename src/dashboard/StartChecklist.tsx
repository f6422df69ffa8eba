import { Link } from "react-router";
import { Card, CardTitle } from "../client/components/ui/Card";
import type { DashboardSummary } from "./operations";

/** A new workspace's first steps, instead of a row of zeros. */
export function StartChecklist({ checklist }: { checklist: DashboardSummary["checklist"] }) {
  const steps = [
    { done: checklist.hasCompanies, label: "Add or import the companies you track: your own, competitors, prospects", to: "/app/companies", action: "Go to companies" },
    { done: checklist.hasApolloKey, label: "Connect Apollo to enrich them with firmographics", to: "/app/apollo", action: "Connect Apollo" },
    { done: checklist.hasReport, label: "Ask for a first report on a company's page", to: "/app/companies", action: "Pick a company" },
  ];
  return (
    <Card className="mt-6" data-testid="start-checklist">
      <CardTitle>Get started</CardTitle>
      <ol className="mt-3 space-y-2 text-sm">
        {steps.map((step) => (
          <li key={step.label} className="flex items-center justify-between gap-3">
            <span className={step.done ? "text-slate-400 line-through" : "text-slate-800"}>
              <span aria-hidden="true">{step.done ? "✓ " : "○ "}</span>
              {step.label}
              <span className="sr-only">{step.done ? " (done)" : " (to do)"}</span>
            </span>
            {!step.done && <Link to={step.to} className="whitespace-nowrap font-semibold text-indigo-700 hover:underline">{step.action} →</Link>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
