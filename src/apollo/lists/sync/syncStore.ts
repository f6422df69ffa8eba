import type { Sql } from "../../../server/db/sql";
import { utcTimestamp } from "../../../server/db/sql";
import type { ListModality } from "../../client/apolloClient";
import { listTables, type ListTables } from "./listTables";
import type { PassState, PassVerdict } from "./syncPassPlan";

/** Timestamps are stored as UTC without a zone (Prisma's DateTime), whatever the session's zone. */
const NOW = `(now() AT TIME ZONE 'UTC')`;

export class SyncLeaseLost extends Error {
  constructor() {
    super("another run took this sync over");
    this.name = "SyncLeaseLost";
  }
}

export type ClaimedSync = PassState & {
  id: string;
  listId: string;
  workspaceId: string;
  apolloLabelId: string;
  modality: ListModality;
  listName: string;
  attempts: number;
  startedAt: Date;
  syncIntervalMinutes: number | null;
};

/** Takes the sync for this run unless a live run holds it: one run per sync, across server machines. */
export async function claimSync(sql: Sql, syncId: string, token: string, leaseSeconds: number): Promise<ClaimedSync | undefined> {
  const [row] = await sql<Omit<ClaimedSync, "modality"> & { modality: "CONTACTS" | "ACCOUNTS" }>(
    `UPDATE "ApolloListSync" s SET "leaseToken" = $2, "leaseExpiresAt" = ${NOW} + make_interval(secs => $3), "updatedAt" = ${NOW}
       FROM "ApolloSmartList" l
      WHERE s.id = $1 AND l.id = s."listId" AND s.status = 'RUNNING'
        AND (s."leaseToken" IS NULL OR s."leaseExpiresAt" < ${NOW})
      RETURNING s.id, s."listId", s."workspaceId", s.pass, s."nextPage", s."passTotal", s."totalChanged", s."headIds", s.attempts, s."startedAt",
                l."apolloLabelId", l.modality, l.name AS "listName", l."syncIntervalMinutes"`,
    [syncId, token, leaseSeconds],
  );
  return row ? { ...row, modality: row.modality === "CONTACTS" ? "contacts" : "accounts" } : undefined;
}

type Row = { apolloId: string };

function upsertStatement(tables: ListTables): string {
  const names = tables.columns.map(([name]) => `"${name}"`);
  const arrays = tables.columns.map(([, type], index) => `$${index + 3}::${type}[]`);
  const aliases = tables.columns.map((_, index) => `c${index}`);
  return `INSERT INTO "${tables.records}" (id, "workspaceId", "${tables.apolloIdColumn}", ${names.join(", ")}, "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, $1, r.apollo_id, ${aliases.map((alias) => `r.${alias}`).join(", ")}, ${NOW}, ${NOW}
      FROM unnest($2::text[], ${arrays.join(", ")}) AS r(apollo_id, ${aliases.join(", ")})
    ON CONFLICT ("workspaceId", "${tables.apolloIdColumn}") DO UPDATE SET ${names.map((name) => `${name} = EXCLUDED.${name}`).join(", ")}, "updatedAt" = ${NOW}
      WHERE (${names.map((name) => `"${tables.records}".${name}`).join(", ")}) IS DISTINCT FROM (${names.map((name) => `EXCLUDED.${name}`).join(", ")})
    RETURNING (xmax = 0) AS inserted`;
}

const statements = new Map<ListModality, { upsert: string; link: string; unlinkUnseen: string; count: string }>();
function statementsFor(modality: ListModality) {
  let found = statements.get(modality);
  if (!found) {
    const tables = listTables(modality);
    found = {
      upsert: upsertStatement(tables),
      link: `INSERT INTO "${tables.listings}" ("listId", "${tables.listingMemberColumn}", "createdAt")
               SELECT $1, r.id, ${NOW} FROM "${tables.records}" r WHERE r."workspaceId" = $2 AND r."${tables.apolloIdColumn}" = ANY($3::text[])
             ON CONFLICT DO NOTHING RETURNING 1`,
      unlinkUnseen: `WITH seen AS (SELECT DISTINCT unnest("memberIds") AS id FROM "ApolloListSyncPage" WHERE "syncId" = $2 AND pass = $3)
             DELETE FROM "${tables.listings}" l USING "${tables.records}" r
              WHERE l."listId" = $1 AND r.id = l."${tables.listingMemberColumn}"
                AND NOT EXISTS (SELECT 1 FROM seen WHERE seen.id = r."${tables.apolloIdColumn}")
             RETURNING 1`,
      count: `SELECT count(*)::int AS count FROM "${tables.listings}" WHERE "listId" = $1`,
    };
    statements.set(modality, found);
  }
  return found;
}

/**
 * One page, stored with its checkpoint in one transaction: the members
 * (written only where something changed), their links to the list, the
 * page's ids, and the sync's next page. A run that lost its lease writes nothing.
 */
export async function storePage(
  sql: Sql,
  page: { sync: ClaimedSync; token: string; leaseSeconds: number; state: PassState; pageNumber: number; total: number; rows: Row[]; requests: number },
): Promise<{ added: number; updated: number }> {
  const { sync, token, state, rows } = page;
  const tables = listTables(sync.modality);
  const { upsert, link } = statementsFor(sync.modality);
  const [held] = await sql(
    `UPDATE "ApolloListSync" SET pass = $3, "nextPage" = $4, "passTotal" = $5, "totalChanged" = $6, "headIds" = $7::text[],
            "pagesDone" = CASE WHEN pass = $3 THEN "pagesDone" + 1 ELSE 1 END, "totalPages" = $8, "requestsMade" = "requestsMade" + $9,
            "leaseExpiresAt" = ${NOW} + make_interval(secs => $10), "updatedAt" = ${NOW}
      WHERE id = $1 AND "leaseToken" = $2 AND status = 'RUNNING' RETURNING id`,
    [sync.id, token, state.pass, state.nextPage, state.passTotal, state.totalChanged, state.headIds, Math.min(500, Math.max(1, Math.ceil(page.total / 100))), page.requests, page.leaseSeconds],
  );
  if (!held) throw new SyncLeaseLost();

  let added = 0;
  let updated = 0;
  if (rows.length > 0) {
    const columnArrays = tables.columns.map(([name]) => rows.map((row) => {
      const value = (row as Record<string, string | Date | null>)[name];
      return value instanceof Date ? utcTimestamp(value) : value;
    }));
    const written = await sql<{ inserted: boolean }>(upsert, [sync.workspaceId, rows.map((row) => row.apolloId), ...columnArrays]);
    updated = written.filter((row) => !row.inserted).length;
    added = (await sql(link, [sync.listId, sync.workspaceId, rows.map((row) => row.apolloId)])).length;
  }
  await sql(
    `INSERT INTO "ApolloListSyncPage" ("syncId", pass, page, "memberIds", total) VALUES ($1, $2, $3, $4::text[], $5)
     ON CONFLICT ("syncId", pass, page) DO UPDATE SET "memberIds" = EXCLUDED."memberIds", total = EXCLUDED.total`,
    [sync.id, state.pass, page.pageNumber, rows.map((row) => row.apolloId), page.total],
  );
  if (added + updated > 0) {
    await sql(`UPDATE "ApolloListSync" SET "rowsAdded" = "rowsAdded" + $2, "rowsUpdated" = "rowsUpdated" + $3 WHERE id = $1`, [sync.id, added, updated]);
  }
  return { added, updated };
}

export async function distinctMembersSeen(sql: Sql, syncId: string, pass: number): Promise<number> {
  const [row] = await sql<{ count: number }>(
    `SELECT count(DISTINCT id)::int AS count FROM "ApolloListSyncPage", unnest("memberIds") AS id WHERE "syncId" = $1 AND pass = $2`,
    [syncId, pass],
  );
  return row?.count ?? 0;
}

export type SyncEnd =
  | { verdict: Extract<PassVerdict, { kind: "complete" | "capped" }> }
  | { failure: string };

/** Ends the sync in one transaction: a complete pass unlinks the members it did not see; the list shows the result; the activity log says it. */
export async function finishSync(sql: Sql, sync: ClaimedSync, token: string, end: SyncEnd, intervalMinutes: number, requests: number) {
  const { unlinkUnseen, count } = statementsFor(sync.modality);
  const [held] = await sql(`SELECT id FROM "ApolloListSync" WHERE id = $1 AND "leaseToken" = $2 AND status = 'RUNNING' FOR UPDATE`, [sync.id, token]);
  if (!held) throw new SyncLeaseLost();
  const removed = "verdict" in end && end.verdict.kind === "complete" ? (await sql(unlinkUnseen, [sync.listId, sync.id, sync.pass])).length : 0;
  const [{ count: memberCount }] = await sql<{ count: number }>(count, [sync.listId]);
  const status = "failure" in end ? "FAILED" : end.verdict.kind === "capped" ? "PARTIAL" : "SUCCEEDED";
  const notSynced = "verdict" in end && end.verdict.kind === "capped" ? end.verdict.notSynced : null;
  const error =
    "failure" in end
      ? end.failure
      : end.verdict.kind === "capped"
        ? `Apollo serves at most 50,000 members of one list: ${memberCount.toLocaleString("en-US")} are stored and ${end.verdict.notSynced.toLocaleString("en-US")} of its ${end.verdict.total.toLocaleString("en-US")} were not synced, and no member was unlinked. Split the list in Apollo (by title or country, for example) to sync all of it.`
        : null;
  const [finished] = await sql<{ rowsAdded: number; rowsUpdated: number; durationMs: number }>(
    `UPDATE "ApolloListSync" SET status = $2::"SyncStatus", "finishedAt" = ${NOW}, "runningListId" = NULL, "leaseToken" = NULL, "leaseExpiresAt" = NULL,
            "rowsRemoved" = $3, "notSynced" = $4, error = $5, "requestsMade" = "requestsMade" + $6, "updatedAt" = ${NOW}
      WHERE id = $1
      RETURNING "rowsAdded", "rowsUpdated", (extract(epoch FROM ("finishedAt" - "startedAt")) * 1000)::int AS "durationMs"`,
    [sync.id, status, removed, notSynced, error, requests],
  );
  await sql(
    `UPDATE "ApolloSmartList" SET "lastSyncStatus" = $2::"SyncStatus", "lastSyncedAt" = ${NOW}, "lastSyncError" = $3, "lastSyncDurationMs" = $4,
            "lastRowsAdded" = $5, "lastRowsUpdated" = $6, "lastRowsRemoved" = $7, "memberCount" = $8,
            "nextSyncAt" = ${NOW} + make_interval(mins => $9), "updatedAt" = ${NOW}
      WHERE id = $1`,
    [sync.listId, status, error, finished.durationMs, finished.rowsAdded, finished.rowsUpdated, removed, memberCount, intervalMinutes],
  );
  await sql(`DELETE FROM "ApolloListSyncPage" WHERE "syncId" = $1`, [sync.id]);
  const summary =
    status === "FAILED"
      ? `Sync of "${sync.listName}" failed: ${error}`
      : `Synced "${sync.listName}": ${finished.rowsAdded} added, ${finished.rowsUpdated} updated, ${removed} removed, ${memberCount} members${status === "PARTIAL" ? ` (${notSynced} not synced: past Apollo's 50,000)` : ""}.`;
  await writeActivity(sql, {
    workspaceId: sync.workspaceId,
    level: status === "FAILED" ? "WARN" : "INFO",
    message: summary,
    context: { kind: "list_sync", syncId: sync.id, listId: sync.listId, status, added: finished.rowsAdded, updated: finished.rowsUpdated, removed, memberCount, notSynced, durationMs: finished.durationMs, requests },
  });
  return { status, removed, memberCount, ...finished };
}

/** A Log entry of the Apollo feature, shown as the workspace's Apollo activity. */
export async function writeActivity(sql: Sql, entry: { workspaceId: string; level: "INFO" | "WARN" | "ERROR"; message: string; context: Record<string, unknown> }) {
  await sql(
    `INSERT INTO "Log" (id, "createdAt", level, message, source, "workspaceId", context) VALUES (gen_random_uuid()::text, ${NOW}, $1::"LogLevel", $2, 'apollo', $3, $4::jsonb)`,
    [entry.level, entry.message, entry.workspaceId, JSON.stringify(entry.context)],
  );
}
