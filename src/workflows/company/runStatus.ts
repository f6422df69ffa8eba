import type { WorkflowRun } from "../operations";

export const isActiveRun = (run: Pick<WorkflowRun, "status">) => run.status === "QUEUED" || run.status === "RUNNING";

const statusLabels: Record<WorkflowRun["status"], string> = {
  QUEUED: "Queued",
  RUNNING: "Running",
  SUCCEEDED: "Succeeded",
  FAILED: "Failed",
  TIMED_OUT: "Timed out",
};
export const runStatusLabel = (status: WorkflowRun["status"]) => statusLabels[status];

export const runStatusTone: Record<WorkflowRun["status"], string> = {
  QUEUED: "bg-slate-100 text-slate-700",
  RUNNING: "bg-sky-100 text-sky-800",
  SUCCEEDED: "bg-emerald-100 text-emerald-800",
  FAILED: "bg-red-100 text-red-800",
  TIMED_OUT: "bg-amber-100 text-amber-800",
};

/** "420 ms", "12 s", "3 min 4 s", "2 h 5 min": how long something took, for a person. */
export function durationLabel(ms: number): string {
  if (Math.round(ms) < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min${seconds % 60 ? ` ${seconds % 60} s` : ""}`;
  return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
}

/** What a run's row says after its status: how long it took (or has taken) and what it brought. */
export function runSummary(run: WorkflowRun, now: Date): string {
  const began = (run.startedAt ?? run.createdAt).getTime();
  if (isActiveRun(run)) return run.status === "QUEUED" ? "waiting for n8n" : `for ${durationLabel(now.getTime() - began)}`;
  const took = run.finishedAt ? `took ${durationLabel(run.finishedAt.getTime() - began)}` : "";
  const brought = run.status === "SUCCEEDED" ? `${run.resultsCount} ${run.resultsCount === 1 ? "result" : "results"}` : "";
  return [took, brought].filter(Boolean).join(" · ");
}
