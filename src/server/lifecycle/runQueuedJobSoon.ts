import { randomInt } from "node:crypto";
// Wasp's private pg-boss module, as in jobRunner.ts (which says why).
import { pgBossStarted } from "wasp/server/jobs/core/pgBoss/pgBoss";
import { logger } from "../logging/logger";

type JsonObject = Record<string, unknown>;

/**
 * Wasp registers each job's pg-boss worker with pg-boss's defaults: it polls
 * every 2 s and takes one job per poll, so a burst of signups would wait
 * seconds each for their mails. A request that has queued such a job calls
 * this after answering: it takes one waiting job of that queue with pg-boss's
 * own fetch (a job goes to exactly one taker, worker or this) and runs it here.
 * Retries and expiry stay pg-boss's: a failure goes back to the queue, and a
 * job of a process killed meanwhile expires and runs again.
 *
 * It starts after a random delay of up to maxDelayMs: a job's work (heavier
 * for a new account than for a taken address) must not land right on the
 * caller's next request, where its timing would tell the two apart.
 */
export function runQueuedJobSoon<Args extends object>(
  queue: string,
  run: (args: Args) => Promise<JsonObject>,
  { maxDelayMs = 1_000 }: { maxDelayMs?: number } = {},
): void {
  void (async () => {
    await new Promise((resolve) => setTimeout(resolve, randomInt(maxDelayMs + 1)));
    const boss = await pgBossStarted;
    const job = await boss.fetch<Args>(queue);
    if (!job) return;
    try {
      await boss.complete(job.id, await run(job.data));
    } catch (error) {
      logger.warn({ queue, jobId: job.id, err: error }, "a queued job failed; pg-boss retries it");
      await boss.fail(job.id, error instanceof Error ? { message: error.message } : { message: String(error) });
    }
  })().catch((error) => logger.error({ queue, err: error }, "could not run a queued job right away; its worker will"));
}
