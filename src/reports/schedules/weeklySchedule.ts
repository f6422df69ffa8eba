const DAY_MS = 24 * 60 * 60 * 1000;
/** Scheduled reports are queued on Mondays from 07:00 UTC, ready for the week. */
export const WEEKLY_RUN_DAY = 1;
export const WEEKLY_RUN_HOUR_UTC = 7;

/** The first Monday 07:00 UTC strictly after `after`. */
export function nextWeeklyRun(after: Date): Date {
  const candidate = new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), WEEKLY_RUN_HOUR_UTC));
  const daysAhead = (WEEKLY_RUN_DAY - candidate.getUTCDay() + 7) % 7;
  let next = new Date(candidate.getTime() + daysAhead * DAY_MS);
  if (next.getTime() <= after.getTime()) next = new Date(next.getTime() + 7 * DAY_MS);
  return next;
}
