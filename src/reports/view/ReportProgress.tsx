import { cn } from "../../client/cn";
import { reportStatusLabel, type ReportStatus } from "../reportKinds";

const stages: ReportStatus[] = ["QUEUED", "GATHERING", "ANALYSING", "RENDERING", "COMPLETED"];

/** The stage a report is in and a bar that moves while it works. */
export function ReportProgress({ status, progressPercent }: { status: ReportStatus; progressPercent: number }) {
  const failed = status === "FAILED";
  const current = stages.indexOf(status);
  return (
    <div>
      <div
        role="progressbar"
        aria-label="Report progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progressPercent}
        aria-valuetext={`${reportStatusLabel(status)}, ${progressPercent}%`}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className={cn("h-full rounded-full transition-all duration-700", failed ? "bg-red-500" : "bg-indigo-600")} style={{ width: `${progressPercent}%` }} />
      </div>
      <ol className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Stages">
        {stages.map((stage, index) => (
          <li
            key={stage}
            aria-current={stage === status ? "step" : undefined}
            className={cn(
              index < current || status === "COMPLETED" ? "text-indigo-700" : "text-slate-400",
              stage === status && "font-semibold text-indigo-900",
            )}
          >
            {reportStatusLabel(stage)}
          </li>
        ))}
        {failed && <li aria-current="step" className="font-semibold text-red-700">Failed</li>}
      </ol>
    </div>
  );
}
