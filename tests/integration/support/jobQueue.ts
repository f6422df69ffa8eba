import PgBoss from "pg-boss";
import { afterAll, beforeAll } from "vitest";
import { waitFor } from "./polling";
import { testEnvironment } from "./testEnvironment";

/**
 * A pg-boss client on the test database for one file's tests, to send jobs
 * straight to the server's queues as a buggy caller or a redelivery would.
 */
export function useJobQueue(): PgBoss {
  const boss = new PgBoss({ connectionString: testEnvironment.databaseUrl });
  boss.on("error", () => {});
  beforeAll(() => boss.start(), 60_000);
  afterAll(() => boss.stop({ graceful: false, destroy: true }).catch(() => {}));
  return boss;
}

/** Sends a job (no retries) and waits until the server has completed or failed it. */
export async function runJob(boss: PgBoss, queue: string, data: object) {
  const jobId = await boss.send(queue, data, { retryLimit: 0 });
  if (!jobId) throw new Error(`pg-boss did not take the ${queue} job`);
  return waitFor(`${queue} job ${jobId} to finish`, async () => {
    const job = await boss.getJobById(jobId);
    return job && ["completed", "failed"].includes(job.state) ? job : undefined;
  });
}
