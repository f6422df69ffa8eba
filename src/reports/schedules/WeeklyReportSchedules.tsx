import { useState } from "react";
import { useAuth } from "wasp/client/auth";
import { deleteReportSchedule, saveReportSchedule } from "wasp/client/operations";
import { Button } from "../../client/components/ui/Button";
import { errorMessageOf } from "../../client/operationErrors";
import type { CompanyReports } from "../operations";
import { reportKindLabel, type ReportKind } from "../reportKinds";

/** Weekly reports on this company, emailed on Monday mornings; add one for the chosen kind, or stop one. */
export function WeeklyReportSchedules({ companyId, kind, schedules, onChanged }: { companyId: string; kind: ReportKind; schedules: CompanyReports["schedules"]; onChanged: () => void }) {
  const { data: user } = useAuth();
  const [error, setError] = useState<string>();
  const hasKind = schedules.some((schedule) => schedule.kind === kind);

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      onChanged();
    } catch (failure) {
      setError(errorMessageOf(failure));
    }
  }

  return (
    <div className="mt-4 border-t border-slate-100 pt-3 text-sm" data-testid="weekly-schedules">
      {schedules.map((schedule) => (
        <p key={schedule.id} className="flex items-center justify-between gap-2">
          <span>
            Weekly {reportKindLabel(schedule.kind).toLowerCase()}, next {new Date(schedule.nextRunAt).toLocaleDateString("en-US", { weekday: "short", dateStyle: "medium" })}
            {schedule.lastError && <span className="block text-xs text-red-600">Last time: {schedule.lastError}</span>}
          </span>
          <Button variant="ghost" onClick={() => void run(() => deleteReportSchedule({ id: schedule.id }))}>Stop</Button>
        </p>
      ))}
      {!hasKind && user && (
        <Button variant="ghost" className="px-0" onClick={() => void run(() => saveReportSchedule({ companyId, kind, recipientUserIds: [user.id] }))}>
          Email me a {reportKindLabel(kind).toLowerCase()} every week
        </Button>
      )}
      {error && <p className="text-xs text-red-600">{error}</p>}
    </div>
  );
}
