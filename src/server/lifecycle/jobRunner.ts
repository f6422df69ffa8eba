// Wasp starts pg-boss but exposes the instance only through this private
// module; graceful shutdown and the readiness probe need it. If a Wasp update
// moves it, the server build fails here (and tests/ops catch the behaviour).
import { pgBossStarted } from "wasp/server/jobs/core/pgBoss/pgBoss";

/** Stops taking new jobs and waits for running ones (pg-boss hands back what does not finish). */
export async function stopJobRunner(timeoutMs: number): Promise<void> {
  const boss = await pgBossStarted;
  await boss.stop({ graceful: true, timeout: timeoutMs, destroy: false });
}
