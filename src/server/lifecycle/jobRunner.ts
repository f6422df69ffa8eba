// Wasp starts pg-boss but exposes the instance only through this private
// module; graceful shutdown, the readiness probe and extra job workers need it.
// If a Wasp update moves it, the server build fails here (and tests/ops catch
// the behaviour).
import { pgBossStarted } from "wasp/server/jobs/core/pgBoss/pgBoss";

/** Stops taking new jobs and waits for running ones (pg-boss hands back what does not finish). */
export async function stopJobRunner(timeoutMs: number): Promise<void> {
  const boss = await pgBossStarted;
  await boss.stop({ graceful: true, timeout: timeoutMs, destroy: false });
}

/**
 * Wasp's worker for a job takes one job at a time. This adds a team beside it
 * so `concurrency` jobs of the queue run at once in this process.
 */
export async function addJobWorkers(jobName: string, concurrency: number, handle: (data: unknown) => Promise<unknown>): Promise<void> {
  const extra = concurrency - 1;
  if (extra < 1) return;
  const boss = await pgBossStarted;
  await boss.work(jobName, { teamSize: extra, teamConcurrency: extra, teamRefill: true, newJobCheckInterval: 1000 }, (job) => handle(job.data));
}
