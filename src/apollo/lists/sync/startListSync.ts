import { syncApolloList } from "wasp/server/jobs";
import type { Sql } from "../../../server/db/sql";

const NOW = `(now() AT TIME ZONE 'UTC')`;

/**
 * Starts a sync of the list, or joins the one already running: the running
 * sync holds the list's id in a unique column, so two requests at once get
 * one sync between them.
 */
export async function startListSync(
  sql: Sql,
  list: { id: string; workspaceId: string },
  how: { trigger: "SCHEDULE" | "MANUAL"; requestedById?: string | null },
): Promise<{ syncId: string; joined: boolean }> {
  const [started] = await sql<{ id: string }>(
    `INSERT INTO "ApolloListSync" (id, "listId", "workspaceId", "runningListId", trigger, "requestedById", status, "startedAt", "createdAt", "updatedAt")
     VALUES (gen_random_uuid()::text, $1, $2, $1, $3::"ApolloSyncTrigger", $4, 'RUNNING', ${NOW}, ${NOW}, ${NOW})
     ON CONFLICT ("runningListId") DO NOTHING RETURNING id`,
    [list.id, list.workspaceId, how.trigger, how.requestedById ?? null],
  );
  if (started) {
    await sql(`UPDATE "ApolloSmartList" SET "lastSyncStatus" = 'RUNNING', "updatedAt" = ${NOW} WHERE id = $1`, [list.id]);
    return { syncId: started.id, joined: false };
  }
  const [running] = await sql<{ id: string }>(`SELECT id FROM "ApolloListSync" WHERE "runningListId" = $1`, [list.id]);
  if (running) return { syncId: running.id, joined: true };
  // It finished between the two statements: start another.
  return startListSync(sql, list, how);
}

/** Queues a run of the sync (a recovery's new attempt gets its own run). */
export async function submitSyncRun(syncId: string, attempt?: number) {
  await syncApolloList.submit(attempt ? { syncId, attempt } : { syncId }, {
    retryLimit: 0,
    singletonKey: `apollo-sync-${syncId}-attempt-${attempt ?? 1}`,
  });
}
