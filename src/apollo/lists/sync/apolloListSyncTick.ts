import { randomUUID } from "node:crypto";
import { z } from "zod";
import { env } from "wasp/server";
import type { ApolloListSyncTick } from "wasp/server/jobs";
import { hotPathPool, inPgTransaction, pooledSql, type Sql } from "../../../server/db/sql";
import { logger } from "../../../server/logging/logger";
import { assertUnreachable } from "../../../shared/assertUnreachable";
import { startListSync, submitSyncRun } from "./startListSync";
import { planSyncRecovery, type StalledSync } from "./syncRecoveryPlan";
import { claimSync, finishSync } from "./syncStore";
import { syncIntervalMinutesOf } from "./syncSettings";

const jobArgs = z.object({}).strict();
const NOW = `(now() AT TIME ZONE 'UTC')`;
const QUEUED_GRACE_MS = 10 * 60_000;
const MAX_PER_TICK = 100;

const pool = () => hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (Apollo sync tick)"));
const direct: Sql = (text, params) => pooledSql(pool())(text, params);

/**
 * Every minute (and once at start-up): synced lists that are due get a sync
 * (each list's interval, or SystemConfig's, default 6 hours), and syncs whose
 * run died are resumed by a new run or, out of attempts, fail with the reason.
 */
export const apolloListSyncTick: ApolloListSyncTick<Record<string, never>, { started: number; resubmitted: number; failed: number }> = async (rawArgs) => {
  jobArgs.parse(rawArgs ?? {});
  const recovered = await recoverStalledSyncs();
  const started = await startDueSyncs();
  if (started + recovered.resubmitted + recovered.failed > 0) logger.info({ job: "apolloListSyncTick", started, ...recovered }, "Apollo list syncs scheduled");
  return { started, ...recovered };
};

async function startDueSyncs(): Promise<number> {
  const due = await direct<{ id: string; workspaceId: string }>(
    `SELECT l.id, l."workspaceId" FROM "ApolloSmartList" l JOIN "Workspace" w ON w.id = l."workspaceId"
      WHERE l."syncEnabled" AND w."apolloApiKeyEncrypted" IS NOT NULL AND (l."nextSyncAt" IS NULL OR l."nextSyncAt" <= ${NOW})
        AND NOT EXISTS (SELECT 1 FROM "ApolloListSync" s WHERE s."runningListId" = l.id)
      ORDER BY l."nextSyncAt" NULLS FIRST LIMIT ${MAX_PER_TICK}`,
  );
  let started = 0;
  for (const list of due) {
    const { syncId, joined } = await startListSync(direct, list, { trigger: "SCHEDULE" });
    if (!joined) {
      await submitSyncRun(syncId);
      started += 1;
    }
  }
  return started;
}

async function recoverStalledSyncs(): Promise<{ resubmitted: number; failed: number }> {
  const now = new Date();
  const stalled = await direct<StalledSync & { id: string }>(
    `SELECT id, attempts, "leaseToken", "leaseExpiresAt", "updatedAt" FROM "ApolloListSync"
      WHERE status = 'RUNNING' AND (("leaseToken" IS NOT NULL AND "leaseExpiresAt" < ${NOW}) OR ("leaseToken" IS NULL AND "updatedAt" < ${NOW} - make_interval(secs => $1)))
      ORDER BY "createdAt" LIMIT ${MAX_PER_TICK}`,
    [QUEUED_GRACE_MS / 1000],
  );
  let resubmitted = 0;
  let failed = 0;
  for (const sync of stalled) {
    const decision = planSyncRecovery(sync, now, { queuedGraceMs: QUEUED_GRACE_MS, maxAttempts: env.APOLLO_SYNC_MAX_ATTEMPTS });
    switch (decision.action) {
      case "leave":
        break;
      case "resubmit": {
        // Only if no run renewed it meanwhile.
        const [counted] = await direct(`UPDATE "ApolloListSync" SET attempts = $2, "updatedAt" = ${NOW} WHERE id = $1 AND attempts = $3 AND status = 'RUNNING' RETURNING id`, [
          sync.id,
          decision.attempt,
          sync.attempts,
        ]);
        if (counted) {
          await submitSyncRun(sync.id, decision.attempt);
          resubmitted += 1;
        }
        break;
      }
      case "fail": {
        const token = randomUUID();
        const claimed = await claimSync(direct, sync.id, token, 60);
        if (!claimed) break;
        const interval = await syncIntervalMinutesOf(direct, claimed.syncIntervalMinutes);
        await inPgTransaction(pool(), (sql) => finishSync(sql, claimed, token, { failure: decision.reason }, interval, 0));
        failed += 1;
        break;
      }
      default:
        assertUnreachable(decision);
    }
  }
  return { resubmitted, failed };
}
