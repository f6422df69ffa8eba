import type { Sql } from "../../../server/db/sql";
import { utcTimestamp } from "../../../server/db/sql";
import type { ListModality } from "../../client/apolloClient";
import { listTables, type ListTables } from "./listTables";
import { freshPass, type PassState, type PassVerdict } from "./syncPassPlan";

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

/**
 * Takes the sync for this run unless a live run holds it: one run per sync,
 * across server machines. Where it stands comes from the pages stored so far
 * (the last pass's page 1 and its last page), so a resumed run carries on
 * after the last stored page.
 */
export async function claimSync(sql: Sql, syncId: string, token: string, leaseSeconds: number): Promise<ClaimedSync | undefined> {
  const [row] = await sql<Omit<ClaimedSync, "modality" | keyof PassState> & { modality: "CONTACTS" | "ACCOUNTS" }>(
    `UPDATE "ApolloListSync" s SET "leaseToken" = $2, "leaseExpiresAt" = ${NOW} + make_interval(secs => $3), "updatedAt" = ${NOW}
       FROM "ApolloSmartList" l
      WHERE s.id = $1 AND l.id = s."listId" AND s.status = 'RUNNING'
        AND (s."leaseToken" IS NULL OR s."leaseExpiresAt" < ${NOW})
      RETURNING s.id, s."listId", s."workspaceId", s.attempts, s."startedAt",
                l."apolloLabelId", l.modality, l.name AS "listName", l."syncIntervalMinutes"`,
    [syncId, token, leaseSeconds],
  );
  if (!row) return undefined;
  const [stored] = await sql<{ pass: number; passTotal: number; headIds: string[]; lastPage: number; totalChanged: boolean }>(
    `SELECT f.pass, f.total AS "passTotal", f."memberIds" AS "headIds",
            (SELECT max(p.page) FROM "ApolloListSyncPage" p WHERE p."syncId" = f."syncId" AND p.pass = f.pass)::int AS "lastPage",
            EXISTS (SELECT 1 FROM "ApolloListSyncPage" p WHERE p."syncId" = f."syncId" AND p.pass = f.pass AND p.total <> f.total) AS "totalChanged"
       FROM "ApolloListSyncPage" f WHERE f."syncId" = $1 AND f.page = 1 ORDER BY f.pass DESC LIMIT 1`,
    [syncId],
  );
  const state: PassState = stored
    ? { pass: stored.pass, nextPage: stored.lastPage + 1, passTotal: stored.passTotal, totalChanged: stored.totalChanged, headIds: stored.headIds }
    : freshPass(1);
  return { ...row, ...state, modality: row.modality === "CONTACTS" ? "contacts" : "accounts" };
}

/**
 * Renews the run's lease and shows its progress (the pass, pages done, pages
 * in all, requests made): every second or so, not every page, because the
 * page's own statement already proves the lease.
 */
export async function renewSync(sql: Sql, syncId: string, token: string, leaseSeconds: number, progress: { pass: number; pagesDone: number; totalPages: number; requests: number }) {
  const [held] = await sql(
    `UPDATE "ApolloListSync" SET "leaseExpiresAt" = ${NOW} + make_interval(secs => $3), pass = $4, "pagesDone" = $5, "totalPages" = $6,
            "requestsMade" = "requestsMade" + $7, "updatedAt" = ${NOW}
      WHERE id = $1 AND "leaseToken" = $2 AND status = 'RUNNING' RETURNING id`,
    [syncId, token, leaseSeconds, progress.pass, progress.pagesDone, progress.totalPages, progress.requests],
  );
  if (!held) throw new SyncLeaseLost();
}

type Row = { apolloId: string };

/**
 * One page as one statement, so it is atomic without a transaction's round
 * trips: the lease is checked and the checkpoint moved first (held), and
 * everything else selects from it, so a run that lost its lease writes
 * nothing. Members are written only where something changed; the page's ids
 * (and how many stored members it changed) are the checkpoint a resumed run
 * continues after. Members are linked to the list when the sync ends, in one
 * set-based statement over the pass's pages (see finishSync).
 */
function pageStatement(tables: ListTables): string {
  const names = tables.columns.map(([name]) => `"${name}"`);
  const arrays = tables.columns.map(([, type], index) => `$${index + 8}::${type}[]`);
  const aliases = tables.columns.map((_, index) => `c${index}`);
  return `WITH held AS (
      SELECT id FROM "ApolloListSync" WHERE id = $2 AND "leaseToken" = $3 AND status = 'RUNNING' FOR NO KEY UPDATE),
    input AS MATERIALIZED (
      SELECT r.* FROM held, unnest($7::text[], ${arrays.join(", ")}) AS r(apollo_id, ${aliases.join(", ")})),
    written AS (
      INSERT INTO "${tables.records}" (id, "workspaceId", "${tables.apolloIdColumn}", ${names.join(", ")}, "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, $1, i.apollo_id, ${aliases.map((alias) => `i.${alias}`).join(", ")}, ${NOW}, ${NOW} FROM input i
      ON CONFLICT ("workspaceId", "${tables.apolloIdColumn}") DO UPDATE SET ${names.map((name) => `${name} = EXCLUDED.${name}`).join(", ")}, "updatedAt" = ${NOW}
        WHERE (${names.map((name) => `"${tables.records}".${name}`).join(", ")}) IS DISTINCT FROM (${names.map((name) => `EXCLUDED.${name}`).join(", ")})
      RETURNING id, "${tables.apolloIdColumn}" AS apollo_id, (xmax = 0) AS inserted),
    counts AS (SELECT count(*)::int AS updated FROM written WHERE NOT inserted),
    paged AS (
      INSERT INTO "ApolloListSyncPage" ("syncId", pass, page, "memberIds", total, updated)
      SELECT held.id, $4, $5, $7::text[], $6, counts.updated FROM held, counts
      ON CONFLICT ("syncId", pass, page) DO UPDATE SET "memberIds" = EXCLUDED."memberIds", total = EXCLUDED.total, updated = EXCLUDED.updated
      RETURNING 1)
    SELECT (SELECT count(*)::int FROM held) AS held, counts.updated, (SELECT count(*)::int FROM paged) AS paged FROM counts`;
}

const statements = new Map<ListModality, { page: string; linkSeen: string; unlinkUnseen: string; count: string }>();
function statementsFor(modality: ListModality) {
  let found = statements.get(modality);
  if (!found) {
    const tables = listTables(modality);
    found = {
      page: pageStatement(tables),
      // Every member the pass saw, linked in one statement; an existing link stays as it is.
      linkSeen: `WITH seen AS (SELECT DISTINCT unnest("memberIds") AS apollo_id FROM "ApolloListSyncPage" WHERE "syncId" = $2 AND pass = $3)
             INSERT INTO "${tables.listings}" ("listId", "${tables.listingMemberColumn}", "createdAt")
             SELECT $1, r.id, ${NOW} FROM seen JOIN "${tables.records}" r ON r."workspaceId" = $4 AND r."${tables.apolloIdColumn}" = seen.apollo_id
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
 * One page, stored with its checkpoint in one statement (see pageStatement).
 * A run that lost its lease writes nothing and learns it here.
 */
export async function storePage(
  sql: Sql,
  page: { sync: ClaimedSync; token: string; pass: number; pageNumber: number; total: number; rows: Row[] },
): Promise<{ updated: number }> {
  const { sync, token, rows } = page;
  const tables = listTables(sync.modality);
  const columnArrays = tables.columns.map(([name]) =>
    rows.map((row) => {
      const value = (row as Record<string, string | Date | null>)[name];
      return value instanceof Date ? utcTimestamp(value) : value;
    }),
  );
  const [result] = await sql<{ held: number; updated: number }>(statementsFor(sync.modality).page, [
    sync.workspaceId,
    sync.id,
    token,
    page.pass,
    page.pageNumber,
    page.total,
    rows.map((row) => row.apolloId),
    ...columnArrays,
  ]);
  if (!result || result.held === 0) throw new SyncLeaseLost();
  return { updated: result.updated };
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
  const { linkSeen, unlinkUnseen, count } = statementsFor(sync.modality);
  const [held] = await sql(`SELECT id FROM "ApolloListSync" WHERE id = $1 AND "leaseToken" = $2 AND status = 'RUNNING' FOR UPDATE`, [sync.id, token]);
  if (!held) throw new SyncLeaseLost();
  // The last pass read is the one that counts, whichever run read it.
  const [{ pass }] = await sql<{ pass: number }>(`SELECT coalesce(max(pass), 1)::int AS pass FROM "ApolloListSyncPage" WHERE "syncId" = $1`, [sync.id]);
  // What the pass read is linked whatever the end (a failed sync keeps what it read); only a trusted pass unlinks.
  const added = (await sql(linkSeen, [sync.listId, sync.id, pass, sync.workspaceId])).length;
  const removed = "verdict" in end && end.verdict.kind === "complete" ? (await sql(unlinkUnseen, [sync.listId, sync.id, pass])).length : 0;
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
    `UPDATE "ApolloListSync" s SET status = $2::"SyncStatus", "finishedAt" = ${NOW}, "runningListId" = NULL, "leaseToken" = NULL, "leaseExpiresAt" = NULL,
            "rowsAdded" = $8, "rowsUpdated" = totals.updated,
            "rowsRemoved" = $3, "notSynced" = $4, error = $5, "requestsMade" = "requestsMade" + $6, pass = $7, "updatedAt" = ${NOW}
       FROM (SELECT coalesce(sum(updated), 0)::int AS updated FROM "ApolloListSyncPage" WHERE "syncId" = $1) totals
      WHERE s.id = $1
      RETURNING s."rowsAdded", s."rowsUpdated", (extract(epoch FROM (s."finishedAt" - s."startedAt")) * 1000)::int AS "durationMs"`,
    [sync.id, status, removed, notSynced, error, requests, pass, added],
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
