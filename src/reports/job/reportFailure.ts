/** A report that cannot finish, with the reason the page shows (what happened and what to do). */
export class ReportFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "ReportFailure";
  }
}

/** The run lost its lease (the report was deleted, or another run took over): stop quietly. */
export class ReportLeaseLost extends Error {
  constructor() {
    super("The report's lease was lost");
    this.name = "ReportLeaseLost";
  }
}

export function timedOutReason(timeoutSeconds: number, stage: string): string {
  const minutes = timeoutSeconds >= 120 ? `${Math.round(timeoutSeconds / 60)} minutes` : `${timeoutSeconds} seconds`;
  return `This report took longer than ${minutes} and was stopped while ${stage}. No credit was spent: ask for it again; if it keeps happening, the AI provider may be slow (see REPORT_TIMEOUT_SECONDS and OPENAI_TIMEOUT_MS).`;
}

export function tooManyAttemptsReason(attempts: number): string {
  return `This report was interrupted ${attempts} times (the server restarted while it ran) and was given up. No credit was spent: ask for it again.`;
}

/** Why a report stops when the person who asked for it is suspended (src/admin/users). */
export const requesterSuspendedReason = "Stopped: the person who asked for it was suspended.";
