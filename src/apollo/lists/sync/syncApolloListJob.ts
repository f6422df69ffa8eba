import { randomUUID } from "node:crypto";
import { z } from "zod";
import { env } from "wasp/server";
import type { SyncApolloList } from "wasp/server/jobs";
import { linkApolloProspects } from "wasp/server/jobs";
import { configuredApolloClient } from "../../client/configuredApolloClient";
import { isApolloError, type ApolloError } from "../../client/apolloErrors";
import type { ApolloClient, ListMembersPage } from "../../client/apolloClient";
import { accountRow, contactRow, uniqueById } from "../listMemberRows";
import { afterPage, freshPass, judgePass, needsHeadCheck, pagesFor, type PassState } from "./syncPassPlan";
import { claimSync, distinctMembersSeen, finishSync, renewSync, storePage, SyncLeaseLost, type ClaimedSync } from "./syncStore";
import { syncIntervalMinutesOf } from "./syncSettings";
import { refreshSequencesAndMailboxes } from "../../sequences/sequenceRefresh";
import { hotPathPool, inPgTransaction, pooledSql, type Sql } from "../../../server/db/sql";
import { openSecret } from "../../../server/crypto/sealedSecrets";
import { serverEncryptionKey } from "../../../server/crypto/serverEncryptionKey";
import { logger } from "../../../server/logging/logger";

const jobArgs = z.object({ syncId: z.string().uuid(), attempt: z.number().int().positive().optional() }).strict();

/** Nobody waits on a background sync: each request gets a few more tries than a page's request does. */
const SYNC_REQUEST_ATTEMPTS = 6;

const pool = () => hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (Apollo sync)"));
const direct: Sql = (text, params) => pooledSql(pool())(text, params);

/** When the run last renewed its lease (and showed its progress), and in which pass. */
type Progress = { renewedAt: number; renewedPass: number };

type Outcome = { syncId: string; status: string } | { syncId: string; skipped: string };

/**
 * Syncs one Apollo list: pages through it, storing each page with its
 * checkpoint, in passes until a pass proves the list held still; then
 * unlinks members that left. A run killed half-way is taken over by the
 * recovery sweep (apolloListSyncTick) and resumes after the last stored page.
 */
export const syncApolloList: SyncApolloList<{ syncId: string; attempt?: number }, Outcome> = async (rawArgs) => {
  const { syncId } = jobArgs.parse(rawArgs);
  const token = randomUUID();
  const leaseSeconds = env.APOLLO_SYNC_LEASE_SECONDS;
  const sync = await claimSync(direct, syncId, token, leaseSeconds);
  if (!sync) return { syncId, skipped: "finished, or held by a live run" };

  const requests = { count: 0, writeMs: 0 };
  try {
    const client = await clientFor(sync.workspaceId);
    if (!client) {
      return await end(sync, token, { failure: "No Apollo key is saved: save a master key on the Apollo page, then sync again." }, requests.count);
    }
    const outcome = await pageThrough(client, sync, token, leaseSeconds, requests);
    if ("status" in outcome && outcome.status !== "FAILED") {
      // The sync refreshes the sequences' stats too; a failure here costs the list nothing.
      await refreshSequencesAndMailboxes(client, sync.workspaceId).catch((error: unknown) =>
        logger.warn({ err: error, syncId, workspaceId: sync.workspaceId }, "Apollo sequences not refreshed after the sync"),
      );
    }
    return outcome;
  } catch (error) {
    if (error instanceof SyncLeaseLost) return { syncId, skipped: "taken over by another run" };
    const failure = isApolloError(error) ? apolloFailure(error) : "The sync stopped on an error of ours; it is logged, and the next sync tries again.";
    if (!isApolloError(error)) logger.error({ err: error, syncId, job: "syncApolloList" }, "Apollo list sync failed");
    return await end(sync, token, { failure }, requests.count).catch((endError: unknown) => {
      if (endError instanceof SyncLeaseLost) return { syncId, skipped: "taken over by another run" };
      throw endError;
    });
  }
};

async function pageThrough(client: ApolloClient, sync: ClaimedSync, token: string, leaseSeconds: number, requests: { count: number; writeMs: number }): Promise<Outcome> {
  let state: PassState = { pass: sync.pass, nextPage: sync.nextPage, passTotal: sync.passTotal, totalChanged: sync.totalChanged, headIds: sync.headIds };
  const progress: Progress = { renewedAt: Date.now(), renewedPass: state.pass };
  let read = await readPage(client, sync, state.nextPage, requests);
  let pageNumber = state.nextPage;
  for (;;) {
    const ids = read.members.map((member) => member.id);
    const next = afterPage(state, { page: pageNumber, total: read.pagination.total_entries, memberIds: ids });
    await store(sync, token, leaseSeconds, next.state, pageNumber, read, requests, progress);
    state = next.state;
    if (next.passHasMorePages) {
      pageNumber = state.nextPage;
      read = await readPage(client, sync, pageNumber, requests);
      continue;
    }
    const head = needsHeadCheck(state) ? await readPage(client, sync, 1, requests) : read;
    const seen = await distinctMembersSeen(direct, sync.id, state.pass);
    const verdict = judgePass(state, { total: head.pagination.total_entries, memberIds: head.members.map((member) => member.id) }, seen);
    switch (verdict.kind) {
      case "complete":
      case "capped":
        return end(sync, token, { verdict }, requests.count, requests.writeMs);
      case "kept_changing":
        return end(sync, token, { failure: `${verdict.reason} It changed during each of ${state.pass} passes, so no member was unlinked; the next sync tries again.` }, requests.count);
      case "another_pass":
        logger.info({ syncId: sync.id, pass: state.pass, reason: verdict.reason }, "Apollo list changed while it was read: another pass");
        // Page 1 just read again is the new pass's first page.
        state = freshPass(state.pass + 1);
        pageNumber = 1;
        read = head;
        break;
    }
  }
}

async function readPage(client: ApolloClient, sync: ClaimedSync, page: number, requests: { count: number; writeMs: number }): Promise<ListMembersPage> {
  requests.count += 1;
  return client.listMembersPage(sync.modality, sync.apolloLabelId, page);
}

async function store(
  sync: ClaimedSync,
  token: string,
  leaseSeconds: number,
  state: PassState,
  pageNumber: number,
  read: ListMembersPage,
  requests: { count: number; writeMs: number },
  progress: Progress,
) {
  const rows: { apolloId: string }[] = read.modality === "contacts" ? uniqueById(read.members.map(contactRow)) : uniqueById(read.members.map(accountRow));
  // Rows are written in one order everywhere (by Apollo id), so concurrent writers of the same contacts queue instead of deadlocking.
  rows.sort((left, right) => (left.apolloId < right.apolloId ? -1 : left.apolloId > right.apolloId ? 1 : 0));
  const started = performance.now();
  // One statement: atomic on its own (see storePage).
  await withDeadlockRetry(() => storePage(direct, { sync, token, pass: state.pass, pageNumber, total: read.pagination.total_entries, rows }));
  requests.writeMs += performance.now() - started;
  const renewEveryMs = Math.min(RENEW_EVERY_MS, (leaseSeconds * 1000) / 3);
  if (Date.now() - progress.renewedAt >= renewEveryMs || progress.renewedPass !== state.pass) {
    await renewSync(direct, sync.id, token, leaseSeconds, { pass: state.pass, pagesDone: pageNumber, totalPages: pagesFor(read.pagination.total_entries), requests: requests.count });
    requests.count = 0;
    progress.renewedAt = Date.now();
    progress.renewedPass = state.pass;
  }
}

/** How often a run renews its lease and shows its progress (at most a third of the lease). */
const RENEW_EVERY_MS = 1_000;

const RETRYABLE_PG_CODES = new Set(["40P01", "40001"]);
/** A transaction PostgreSQL gave up on (a deadlock, a serialization failure) is run again, a few times. */
async function withDeadlockRetry<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || !code || !RETRYABLE_PG_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}

async function end(sync: ClaimedSync, token: string, how: Parameters<typeof finishSync>[3], requests: number, writeMs?: number): Promise<Outcome> {
  const interval = await syncIntervalMinutesOf(direct, sync.syncIntervalMinutes);
  const finishStarted = performance.now();
  const result = await withDeadlockRetry(() => inPgTransaction(pool(), (sql) => finishSync(sql, sync, token, how, interval, requests)));
  const finishMs = performance.now() - finishStarted;
  // writeMs: this run's time in its page statements and the ending transaction (the benchmark compares it with COPY's).
  logger.info({ job: "syncApolloList", syncId: sync.id, ...result, ...(writeMs === undefined ? {} : { writeMs: Math.round(writeMs + finishMs), pageWriteMs: Math.round(writeMs), finishMs: Math.round(finishMs) }) }, "Apollo list sync finished");
  if (result.status !== "FAILED") {
    // Contacts and accounts meet the tracked companies (a new domain becomes a prospect) in the companies feature.
    await linkApolloProspects.submit({ workspaceId: sync.workspaceId }, { singletonKey: `link-prospects-${sync.workspaceId}`, useSingletonQueue: true });
  }
  return { syncId: sync.id, status: result.status };
}

async function clientFor(workspaceId: string): Promise<ApolloClient | undefined> {
  const [workspace] = await direct<{ apolloApiKeyEncrypted: string | null }>(`SELECT "apolloApiKeyEncrypted" FROM "Workspace" WHERE id = $1`, [workspaceId]);
  const sealed = workspace?.apolloApiKeyEncrypted;
  if (!sealed) return undefined;
  const apiKey = openSecret(sealed, serverEncryptionKey("sync Apollo lists"));
  return configuredApolloClient(apiKey, { maxAttempts: Math.max(env.APOLLO_MAX_ATTEMPTS, SYNC_REQUEST_ATTEMPTS), maxRetryWaitMs: 2 * 60_000 });
}

function apolloFailure(error: ApolloError): string {
  switch (error.kind) {
    case "unauthorized":
      return "Apollo rejected the saved key: save a valid master key on the Apollo page.";
    case "forbidden":
      return "Apollo refused the list for this key: lists need a master key (Apollo: Settings, Integrations, API).";
    case "rate_limited":
      return "Apollo's rate limit stayed reached through every retry; the members read so far are stored, none was unlinked, and the next sync tries again.";
    case "timeout":
    case "network":
    case "server_error":
    case "bad_response":
      return `${error.message.replace(/;? ?it will be retried later\.?$/, "")}. The members read so far are stored; none was unlinked.`;
  }
}
