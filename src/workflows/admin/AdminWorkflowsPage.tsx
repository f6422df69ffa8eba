import { useState } from "react";
import { Link } from "react-router";
import type { AuthUser } from "wasp/auth";
import { getAdminWorkflowRuns, rerunWorkflowExecution, useQuery } from "wasp/client/operations";
import { AdminArea } from "../../admin/AdminArea";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card } from "../../client/components/ui/Card";
import { Pagination } from "../../client/components/ui/Pagination";
import { useActionRunner } from "../../client/useActionRunner";
import { durationLabel, isActiveRun, runStatusLabel, runStatusTone } from "../company/runStatus";
import { workflowStatuses } from "./ledgerInputs";
import type { AdminWorkflowRunsPage } from "./operations";
import { workspaceIdFilterOf, WORKSPACE_ID_HINT } from "../../admin/workspaceIdFilter";

const PAGE_SIZE = 50;
type Filters = { status: "any" | (typeof workflowStatuses)[number]; workflow: string; workspaceId: string; from: string; to: string };
const stamp = (date: Date | null) => (date ? new Date(date).toISOString().replace("T", " ").slice(0, 19) : "—");
const anyActive = (data?: AdminWorkflowRunsPage) => Boolean(data?.runs.some(isActiveRun));

export function AdminWorkflowsPage({ user }: { user: AuthUser }) {
  return <AdminArea user={user}><AdminWorkflows /></AdminArea>;
}

/** Every workspace's workflow executions: filters, timings, errors, and a re-run for ended ones. */
function AdminWorkflows() {
  const [filters, setFilters] = useState<Filters>({ status: "any", workflow: "any", workspaceId: "", from: "", to: "" });
  const [page, setPage] = useState(1);
  const workspaceFilter = workspaceIdFilterOf(filters.workspaceId);
  const workspaceIdValid = workspaceFilter.valid;
  const args = {
    status: filters.status,
    workflow: filters.workflow,
    ...workspaceFilter.args,
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    page,
    pageSize: PAGE_SIZE,
  };
  const { data, isLoading, error, refetch } = useQuery(getAdminWorkflowRuns, args, { refetchInterval: (current?: AdminWorkflowRunsPage) => (anyActive(current) ? 2000 : false) });
  const { error: rerunError, run } = useActionRunner();
  const change = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setPage(1);
  };
  const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5";

  return (
    <>
      <div className="mb-4 flex justify-end">
        <Link to="/admin/workflows/settings" className="text-sm font-semibold text-indigo-700 hover:underline">Workflow settings →</Link>
      </div>
      <Card>
        <form className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5" aria-label="Filter workflow runs" onSubmit={(event) => event.preventDefault()}>
          <label className="text-sm text-slate-700">Status
            <select value={filters.status} onChange={(event) => change({ status: event.target.value as Filters["status"] })} className={input}>
              <option value="any">Any</option>
              {workflowStatuses.map((status) => <option key={status} value={status}>{runStatusLabel(status)}{data ? ` (${data.statusCounts[status]})` : ""}</option>)}
            </select>
          </label>
          <label className="text-sm text-slate-700">Workflow
            <select value={filters.workflow} onChange={(event) => change({ workflow: event.target.value })} className={input}>
              <option value="any">Any</option>
              {data?.workflows.map((workflow) => <option key={workflow.key} value={workflow.key}>{workflow.label}</option>)}
            </select>
          </label>
          <label className="text-sm text-slate-700">Workspace id
            <input value={filters.workspaceId} onChange={(event) => change({ workspaceId: event.target.value })} className={input} aria-invalid={!workspaceIdValid} />
          </label>
          <label className="text-sm text-slate-700">From
            <input type="date" value={filters.from} onChange={(event) => change({ from: event.target.value })} className={input} />
          </label>
          <label className="text-sm text-slate-700">Until
            <input type="date" value={filters.to} onChange={(event) => change({ to: event.target.value })} className={input} />
          </label>
        </form>
        {!workspaceIdValid && <p className="mt-2 text-sm text-red-600">{WORKSPACE_ID_HINT}</p>}
      </Card>
      {error && <div className="mt-4"><Alert tone="error">{error.message}</Alert></div>}
      {rerunError && <div className="mt-4"><Alert tone="error">{rerunError}</Alert></div>}
      {isLoading && <p className="mt-4 text-slate-500">Loading…</p>}
      {data && (
        <Card className="mt-6 overflow-x-auto p-0">
          {data.runs.length === 0 ? (
            <p className="p-6 text-sm text-slate-500">No workflow run matches these filters.</p>
          ) : (
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="px-3 py-2">Started</th><th className="px-3 py-2">Workflow</th><th className="px-3 py-2">Status</th><th className="px-3 py-2">Workspace</th>
                  <th className="px-3 py-2">Waited</th><th className="px-3 py-2">Ran</th><th className="px-3 py-2">Tries</th><th className="px-3 py-2">Callbacks</th><th className="px-3 py-2">Results</th><th className="px-3 py-2" />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.runs.map((each) => (
                  <tr key={each.id} data-testid="admin-workflow-run" className="align-top">
                    <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-slate-600">{stamp(each.createdAt)}</td>
                    <td className="px-3 py-2">
                      <div className="font-medium text-slate-900">{each.label}</div>
                      <div className="text-xs text-slate-500">{each.inputSummary}</div>
                      <div className="text-xs text-slate-400">{each.triggeredBy ?? "—"}{each.rerunOfId ? ` · re-run of ${each.rerunOfId.slice(0, 8)}` : ""}</div>
                      {each.errorMessage && <div className="mt-1 text-xs text-red-700">{each.errorMessage}</div>}
                    </td>
                    <td className="px-3 py-2"><span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${runStatusTone[each.status]}`}>{runStatusLabel(each.status)}</span></td>
                    <td className="px-3 py-2 text-xs"><div className="text-slate-800">{each.workspace.name}</div><div className="font-mono text-slate-400">{each.workspace.id.slice(0, 8)}</div></td>
                    <td className="whitespace-nowrap px-3 py-2 text-slate-600">{each.waitMs === null ? "—" : durationLabel(each.waitMs)}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-slate-600" data-testid="admin-workflow-run-duration">{each.durationMs === null ? "—" : durationLabel(each.durationMs)}</td>
                    <td className="px-3 py-2 text-slate-600">{each.attempts}</td>
                    <td className="px-3 py-2 text-slate-600">{each.callbacks}</td>
                    <td className="px-3 py-2 text-slate-600">{each.results}</td>
                    <td className="px-3 py-2">
                      {!isActiveRun(each) && (
                        <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => void run(async () => { await rerunWorkflowExecution({ executionId: each.id }); await refetch(); })}>Re-run</Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="px-4 pb-4">
            <Pagination page={data.page} pageSize={data.pageSize} totalCount={data.totalCount} onPage={setPage} noun={["run", "runs"]} countTestId="workflow-run-count" />
          </div>
        </Card>
      )}
    </>
  );
}
