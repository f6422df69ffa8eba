import { useEffect, useRef } from "react";
import { getCompanyWorkflowRuns, startCompanyWorkflow, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { useActionRunner } from "../../client/useActionRunner";
import type { CompanyWorkflows } from "../operations";
import { isActiveRun, runStatusLabel, runStatusTone, runSummary } from "./runStatus";

const anyActive = (data?: CompanyWorkflows) => Boolean(data?.runs.some(isActiveRun));

/**
 * Market research and sentiment collection on this company through n8n: a
 * button each, and the runs, polled while one is queued or running. When a
 * run ends, onRunEnded lets the page read its findings and mentions again.
 */
export function CompanyWorkflowsCard({ companyId, onRunEnded }: { companyId: string; onRunEnded: () => void }) {
  const { data, refetch } = useQuery(getCompanyWorkflowRuns, { companyId }, { refetchInterval: (current?: CompanyWorkflows) => (anyActive(current) ? 1500 : false) });
  const { error, run } = useActionRunner();
  const activeIds = useRef(new Set<string>());

  // A run seen active that is now over: its results are in.
  useEffect(() => {
    if (!data) return;
    const nowActive = new Set(data.runs.filter(isActiveRun).map((each) => each.id));
    const ended = [...activeIds.current].some((id) => !nowActive.has(id));
    activeIds.current = nowActive;
    if (ended) onRunEnded();
  }, [data, onRunEnded]);

  if (!data) return null;
  const now = new Date();
  return (
    <Card>
      <CardTitle>Research workflows</CardTitle>
      <p className="mt-1 text-sm text-slate-600">n8n searches the news and collects mentions of this company; what it finds appears below and reports cite it.</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {data.workflows.map((workflow) => {
          const running = data.runs.some((each) => each.workflow === workflow.key && isActiveRun(each));
          return (
            <Button
              key={workflow.key}
              variant="secondary"
              disabled={workflow.unavailableReason !== null || running}
              title={workflow.unavailableReason ?? undefined}
              onClick={() => void run(async () => { await startCompanyWorkflow({ companyId, workflow: workflow.key }); await refetch(); })}
            >
              {running ? `${workflow.label} running…` : `Run ${workflow.label.toLowerCase()}`}
            </Button>
          );
        })}
      </div>
      {data.workflows.every((workflow) => workflow.unavailableReason !== null) && (
        <p className="mt-2 text-sm text-slate-500">{data.workflows[0]?.unavailableReason}</p>
      )}
      {error && <div className="mt-3"><Alert tone="error">{error}</Alert></div>}
      {data.runs.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">No runs yet.</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-100 text-sm" aria-label="Workflow runs">
          {data.runs.map((each) => (
            <li key={each.id} className="py-2" data-testid="workflow-run">
              <div className="flex flex-wrap items-center gap-2">
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${runStatusTone[each.status]}`} data-testid="workflow-run-status">{runStatusLabel(each.status)}</span>
                <span className="font-medium text-slate-900">{each.label}</span>
                <span className="text-slate-500">{runSummary(each, now)}</span>
              </div>
              {each.errorMessage && (each.status === "FAILED" || each.status === "TIMED_OUT") && <p className="mt-1 text-xs text-red-700">{each.errorMessage}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
