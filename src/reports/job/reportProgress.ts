import type { ReportStatus } from "../reportKinds";

/** Where the progress bar stands when each stage starts. */
export const stageProgress: Record<ReportStatus, number> = {
  QUEUED: 0,
  GATHERING: 10,
  ANALYSING: 35,
  RENDERING: 90,
  COMPLETED: 100,
  FAILED: 100,
};

/**
 * While the narrative is being written (the long, unmeasurable part), the bar
 * keeps moving from the start of analysing towards rendering, ever slower, so
 * it never claims to be done before it is.
 */
export function analysingProgress(elapsedMs: number, halfwayMs = 15_000): number {
  const from = stageProgress.ANALYSING;
  const to = stageProgress.RENDERING - 2;
  const share = 1 - Math.pow(0.5, Math.max(0, elapsedMs) / halfwayMs);
  return Math.floor(from + (to - from) * share);
}
