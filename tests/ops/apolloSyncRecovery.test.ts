import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptionKeyFrom, sealSecret } from "../../src/server/crypto/sealedSecrets";
import { createJobTestbed, type JobTestbed } from "./jobTestbed";
import { required, waitFor } from "./support";

/**
 * An Apollo list sync on servers of its own: the process paging the list is
 * killed mid-sync, and a second server resumes after the last stored page,
 * so the list ends with exactly its members, none stored twice, and the
 * counts are exact.
 */
const MEMBERS = 12_000;
const standIn = () => new URL(required("HF_TEST_APOLLO_URL")).origin;

async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${standIn()}/__stand-in/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`stand-in ${path}: ${response.status}`);
  return (await response.json()) as T;
}

describe("an Apollo list sync across server processes", () => {
  let testbed: JobTestbed;
  const query = <Row extends Record<string, unknown>>(text: string, params: unknown[] = []) => testbed.query<Row>(text, params);

  beforeAll(async () => {
    testbed = await createJobTestbed("apollo-sync");
  }, 120_000);

  afterAll(async () => {
    await testbed?.close();
  });

  const launch = () => testbed.launch({ APOLLO_SYNC_LEASE_SECONDS: "2" });
  const syncRow = async (id: string) =>
    (await query<{ status: string; attempts: number; pagesDone: number; pass: number; rowsAdded: number; rowsRemoved: number; error: string | null }>(
      `SELECT status, attempts, "pagesDone", pass, "rowsAdded", "rowsRemoved", error FROM "ApolloListSync" WHERE id = $1`,
      [id],
    ))[0];

  it("a server killed while paging: another resumes after the last stored page, with exact counts", async () => {
    const apiKey = `apollo-ops-${randomBytes(5).toString("hex")}`;
    // 120 pages, each answered after 100 ms: the kill lands mid-way.
    const { lists } = await control<{ lists: { id: string; name: string }[] }>("scenarios", {
      apiKey,
      replaceDefaults: true,
      lists: [{ name: "Big list", modality: "contacts", size: MEMBERS, faults: { slowPagesMs: 100 } }],
    });
    const sealed = sealSecret(apiKey, encryptionKeyFrom(required("HYPERFORMANT_ENCRYPTION_KEY")));
    const [{ id: workspaceId }] = await query<{ id: string }>(
      `INSERT INTO "Workspace" (id, name, "apolloApiKeyEncrypted", "apolloKeyIsMaster", "updatedAt") VALUES (gen_random_uuid(), 'Apollo ops', $1, true, now()) RETURNING id`,
      [sealed],
    );
    const [{ id: listId }] = await query<{ id: string }>(
      `INSERT INTO "ApolloSmartList" (id, "workspaceId", "apolloLabelId", name, modality, "cachedCount", "syncEnabled", "nextSyncAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, 'Big list', 'CONTACTS', $3, true, now() + interval '1 day', now()) RETURNING id`,
      [workspaceId, lists[0].id, MEMBERS],
    );
    const [{ id: syncId }] = await query<{ id: string }>(
      `INSERT INTO "ApolloListSync" (id, "listId", "workspaceId", "runningListId", trigger, status, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $1, 'MANUAL', 'RUNNING', now()) RETURNING id`,
      [listId, workspaceId],
    );

    const doomed = await launch();
    await testbed.boss.send("syncApolloList", { syncId }, { retryLimit: 0 });
    await waitFor(async () => ((await syncRow(syncId)).pagesDone >= 30 ? true : undefined), 60_000, "the sync to store its first pages");
    await doomed.kill();
    const cutOff = await syncRow(syncId);
    expect(cutOff.status).toBe("RUNNING");
    expect(cutOff.pagesDone).toBeLessThan(120);
    // What was stored is exactly the pages checkpointed: each page's members commit with its checkpoint.
    const [stored] = await query<{ members: number; pages: number }>(
      `SELECT (SELECT count(*)::int FROM "ApolloContact" WHERE "workspaceId" = $1) AS members, (SELECT count(*)::int FROM "ApolloListSyncPage" WHERE "syncId" = $2) AS pages`,
      [workspaceId, syncId],
    );
    expect(stored.members).toBe(stored.pages * 100);
    expect(stored.pages).toBeGreaterThanOrEqual(cutOff.pagesDone);
    expect(stored.pages).toBeLessThan(120);

    // Past the dead run's 2 s lease, the new server's start-up sweep hands the sync to a new run.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await launch();
    const finished = await waitFor(async () => {
      const row = await syncRow(syncId);
      return row.status === "RUNNING" ? undefined : row;
    }, 120_000, "the sync to finish");
    expect(finished).toMatchObject({ status: "SUCCEEDED", attempts: 2, pass: 1, rowsAdded: MEMBERS, rowsRemoved: 0, error: null });

    const inApollo = (await control<{ ids: string[] }>(`lists/members?apiKey=${apiKey}&listName=Big%20list`)).ids;
    const storedIds = await query<{ id: string }>(
      `SELECT c."apolloContactId" AS id FROM "ApolloContactListing" l JOIN "ApolloContact" c ON c.id = l."contactId" WHERE l."listId" = $1 ORDER BY 1`,
      [listId],
    );
    expect(storedIds.map((row) => row.id)).toEqual([...inApollo].sort());
    const [contacts] = await query<{ total: number; distinct: number }>(
      `SELECT count(*)::int AS total, count(DISTINCT "apolloContactId")::int AS distinct FROM "ApolloContact" WHERE "workspaceId" = $1`,
      [workspaceId],
    );
    expect(contacts).toEqual({ total: MEMBERS, distinct: MEMBERS });
    const [list] = await query<{ memberCount: number; lastSyncStatus: string; lastRowsAdded: number }>(
      `SELECT "memberCount", "lastSyncStatus", "lastRowsAdded" FROM "ApolloSmartList" WHERE id = $1`,
      [listId],
    );
    expect(list).toEqual({ memberCount: MEMBERS, lastSyncStatus: "SUCCEEDED", lastRowsAdded: MEMBERS });
    // Every page was asked for again at most once: the one in flight when the process died.
    const served = await control<{ lists: { name: string; pagesServed: Record<string, number> }[] }>(`served?apiKey=${apiKey}`);
    const repeats = Object.entries(served.lists[0].pagesServed).filter(([page, times]) => page !== "1" && times > 1);
    expect(repeats.length).toBeLessThanOrEqual(1);
  }, 240_000);
});
