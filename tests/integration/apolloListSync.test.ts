import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, get, signUpVerifiedUser } from "./support/httpClient";
import { waitFor } from "./support/polling";
import { workspaceIdOf } from "./support/workspaces";
import { createTeam, joinedMember, putOnPaidPlan, uniqueTeamName, type Session } from "./support/teams";
import {
  changeList,
  defineScenario,
  expectOk,
  freshApolloKey,
  listNamed,
  listsOf,
  membersInApollo,
  servedTo,
  storedMemberIds,
  syncSettled,
  touchMembers,
} from "./support/apolloStandIn";

/**
 * Apollo list syncs run by pg-boss in the built server: the real client
 * against the stand-in, which generates the lists, changes them while they
 * are paged and plays Apollo's faults. Every check compares what is stored
 * with what the stand-in says the list holds.
 */
async function connect(label: string, lists: Parameters<typeof defineScenario>[1]["lists"]) {
  const owner = await signUpVerifiedUser(label);
  const workspaceId = await workspaceIdOf(owner.email);
  await putOnPaidPlan(workspaceId, "PRO");
  const apiKey = freshApolloKey(label);
  await defineScenario(apiKey, { lists, replaceDefaults: true });
  await expectOk(callOperation("save-apollo-api-key", { apiKey }, owner.sessionId));
  await expectOk(callOperation("refresh-apollo-lists", undefined, owner.sessionId));
  return { owner, workspaceId, apiKey };
}

async function syncList(session: Session, name: string, timeoutMs?: number) {
  const list = await listNamed(session.sessionId, name);
  if (list.syncEnabled) await expectOk(callOperation("sync-apollo-list-now", { listId: list.id }, session.sessionId));
  else await expectOk(callOperation("set-apollo-list-sync", { listId: list.id, enabled: true }, session.sessionId));
  return syncSettled(session.sessionId, name, timeoutMs);
}

async function expectExact(apiKey: string, list: { id: string; name: string; memberCount: number }) {
  const inApollo = await membersInApollo(apiKey, list.name);
  const stored = await storedMemberIds(list.id);
  expect(stored).toEqual([...inApollo].sort());
  expect(list.memberCount).toBe(inApollo.length);
}

describe("syncing Apollo lists", () => {
  let owner: Session;
  let workspaceId: string;
  let apiKey: string;

  beforeAll(async () => {
    ({ owner, workspaceId, apiKey } = await connect("sync-owner", [
      { name: "Founders", modality: "contacts", size: 1_250, changes: [{ afterPage: 5, addAtHead: 7, remove: 5 }] },
      { name: "Buyers", modality: "contacts", size: 300, overlapWith: { listName: "Founders", count: 80 } },
      { name: "DACH accounts", modality: "accounts", size: 130 },
    ]));
  }, 60_000);

  it("lists the workspace's Apollo lists with their sizes", async () => {
    const view = await listsOf(owner.sessionId);
    expect(view.lists.map((list) => list.name).sort()).toEqual(["Buyers", "DACH accounts", "Founders"]);
    expect(view).toMatchObject({ canManage: true, syncedLimit: 10, syncedCount: 0 });
  });

  it("a list that changes while it is paged ends with exactly its members, after a second pass", async () => {
    const founders = await syncList(owner, "Founders");
    expect(founders.lastSyncStatus).toBe("SUCCEEDED");
    expect(founders.lastSyncError).toBeNull();
    await expectExact(apiKey, founders);
    expect(founders.memberCount).toBe(1_250 + 7 - 5);
    const served = (await servedTo(apiKey)).lists.find((list) => list.name === "Founders")!;
    // 13 pages, page 1 again (the head had changed), then the second pass and its head check.
    expect(served.pagesServed["1"]).toBeGreaterThanOrEqual(3);
    const [sync] = await queryRows<{ pass: number; rowsAdded: number; rowsRemoved: number; status: string; runningListId: string | null }>(
      `SELECT pass, "rowsAdded", "rowsRemoved", status, "runningListId" FROM "ApolloListSync" WHERE "listId" = $1`,
      [founders.id],
    );
    expect(sync).toMatchObject({ pass: 2, status: "SUCCEEDED", runningListId: null });
    expect(sync.rowsAdded - sync.rowsRemoved).toBe(founders.memberCount);
    expect(await queryRows(`SELECT 1 FROM "ApolloListSyncPage" p JOIN "ApolloListSync" s ON s.id = p."syncId" WHERE s."listId" = $1`, [founders.id])).toHaveLength(0);
  });

  it("a person in two lists is one contact with two links", async () => {
    const buyers = await syncList(owner, "Buyers");
    await expectExact(apiKey, buyers);
    const founders = await listNamed(owner.sessionId, "Founders");
    const [counts] = await queryRows<{ contacts: number; shared: number }>(
      `SELECT (SELECT count(*)::int FROM "ApolloContact" WHERE "workspaceId" = $1) AS contacts,
              (SELECT count(*)::int FROM "ApolloContactListing" a JOIN "ApolloContactListing" b ON a."contactId" = b."contactId" WHERE a."listId" = $2 AND b."listId" = $3) AS shared`,
      [workspaceId, founders.id, buyers.id],
    );
    const inFounders = new Set(await membersInApollo(apiKey, "Founders"));
    const inBuyers = await membersInApollo(apiKey, "Buyers");
    const inBoth = inBuyers.filter((id) => inFounders.has(id)).length;
    expect(inBoth).toBeGreaterThan(70);
    expect(counts.shared).toBe(inBoth);
    expect(counts.contacts).toBeGreaterThanOrEqual(inFounders.size + inBuyers.length - inBoth);
  });

  it("links members to tracked companies by domain: a new domain becomes a prospect, a personal email none", async () => {
    await waitFor("contacts to be linked to companies", async () => {
      const [row] = await queryRows<{ unlinked: number }>(
        `SELECT count(*)::int AS unlinked FROM "ApolloContact" WHERE "workspaceId" = $1 AND "companyDomain" IS NOT NULL AND "companyId" IS NULL`,
        [workspaceId],
      );
      return row.unlinked === 0 ? true : undefined;
    });
    const [companies] = await queryRows<{ prospects: number; noEmail: number; linked: number }>(
      `SELECT (SELECT count(*)::int FROM "Company" WHERE "workspaceId" = $1 AND role = 'PROSPECT' AND 'apollo' = ANY(tags)) AS prospects,
              (SELECT count(*)::int FROM "ApolloContact" WHERE "workspaceId" = $1 AND email IS NULL) AS "noEmail",
              (SELECT count(*)::int FROM "ApolloContact" c JOIN "Company" co ON co.id = c."companyId" WHERE c."workspaceId" = $1 AND co.domain = c."companyDomain") AS linked`,
      [workspaceId],
    );
    expect(companies.prospects).toBeGreaterThan(10);
    expect(companies.noEmail).toBeGreaterThan(0);
    expect(companies.linked).toBeGreaterThan(1_000);
  });

  it("the contacts page: searchable, reachable counted without the contacts that have no email, and a CSV of every member", async () => {
    const founders = await listNamed(owner.sessionId, "Founders");
    const page = await expectOk(
      callOperation<{ total: number; reachable: number; rows: { name: string; email: string | null; company: { domain: string } | null }[] }>(
        "get-apollo-list-members",
        { listId: founders.id, pageSize: 100 },
        owner.sessionId,
      ),
    );
    expect(page.total).toBe(founders.memberCount);
    expect(page.reachable).toBeLessThan(page.total);
    expect(page.rows).toHaveLength(100);
    const someone = page.rows.find((row) => row.email !== null)!;
    const found = await expectOk(callOperation<{ rows: { name: string }[] }>("get-apollo-list-members", { listId: founders.id, search: someone.email!.toUpperCase() }, owner.sessionId));
    expect(found.rows.map((row) => row.name)).toEqual([someone.name]);

    const csv = await get(`/api/apollo/lists/${founders.id}/members.csv`, owner.sessionId);
    expect(csv.status).toBe(200);
    const lines = String(csv.body).trim().split("\n");
    expect(lines[0]).toBe("apollo_id,name,title,email,email_status,reachable,organization,company_domain,tracked_company");
    expect(lines).toHaveLength(founders.memberCount + 1);
  });

  it("a re-sync with nothing changed rewrites no row", async () => {
    const before = await queryRows<{ id: string; updatedAt: Date }>(`SELECT id, "updatedAt" FROM "ApolloContact" WHERE "workspaceId" = $1 ORDER BY id`, [workspaceId]);
    const founders = await syncList(owner, "Founders");
    expect(founders).toMatchObject({ lastSyncStatus: "SUCCEEDED", lastRowsAdded: 0, lastRowsUpdated: 0, lastRowsRemoved: 0 });
    const after = await queryRows<{ id: string; updatedAt: Date }>(`SELECT id, "updatedAt" FROM "ApolloContact" WHERE "workspaceId" = $1 ORDER BY id`, [workspaceId]);
    expect(after).toEqual(before);
  });

  it("counts members added, updated and removed since the last sync, and unlinks those that left", async () => {
    const touched = await touchMembers(apiKey, "Founders", 3);
    const { added, removed } = await changeList(apiKey, "Founders", { addAtHead: 4, remove: 2 });
    expect([touched.ids.length, added.length, removed.length]).toEqual([3, 4, 2]);
    const founders = await syncList(owner, "Founders");
    expect(founders).toMatchObject({ lastSyncStatus: "SUCCEEDED", lastRowsAdded: 4, lastRowsRemoved: 2 });
    // A touched member that was also removed is not updated.
    expect(founders.lastRowsUpdated).toBe(touched.ids.filter((id) => !removed.includes(id)).length);
    await expectExact(apiKey, founders);
    const [titles] = await queryRows<{ count: number }>(
      `SELECT count(*)::int AS count FROM "ApolloContact" WHERE "workspaceId" = $1 AND "apolloContactId" = ANY($2) AND title IS NOT NULL`,
      [workspaceId, touched.ids],
    );
    expect(titles.count).toBe(3);
  });

  it("two requests at once share one sync", async () => {
    const founders = await listNamed(owner.sessionId, "Founders");
    const [first, second] = await Promise.all([
      expectOk(callOperation<{ syncId: string; joined: boolean }>("sync-apollo-list-now", { listId: founders.id }, owner.sessionId)),
      expectOk(callOperation<{ syncId: string; joined: boolean }>("sync-apollo-list-now", { listId: founders.id }, owner.sessionId)),
    ]);
    expect(first.syncId).toBe(second.syncId);
    expect([first.joined, second.joined].sort()).toEqual([false, true]);
    await syncSettled(owner.sessionId, "Founders");
  });

  it("syncs an account list", async () => {
    const accounts = await syncList(owner, "DACH accounts");
    expect(accounts.lastSyncStatus).toBe("SUCCEEDED");
    await expectExact(apiKey, accounts);
  });

  it("writes each sync to the Apollo activity", async () => {
    const activity = await expectOk(callOperation<{ message: string }[]>("get-apollo-activity", undefined, owner.sessionId));
    expect(activity.filter((entry) => entry.message.startsWith('Synced "Founders"')).length).toBeGreaterThanOrEqual(4);
  });

  it("refuses a list over the plan's synced-lists quota with a 402", async () => {
    const free = await connect("sync-free", [
      { name: "One", modality: "contacts", size: 5 },
      { name: "Two", modality: "contacts", size: 5 },
    ]);
    await queryRows(`DELETE FROM "BillingSubscription" WHERE "workspaceId" = $1`, [free.workspaceId]);
    await syncList(free.owner, "One");
    const two = await listNamed(free.owner.sessionId, "Two");
    const refused = await callOperation<{ message: string }>("set-apollo-list-sync", { listId: two.id, enabled: true }, free.owner.sessionId);
    expect(refused.status).toBe(402);
    expect(refused.body.message).toMatch(/Synced Apollo lists: your Free plan allows 1/);
    expect((await listNamed(free.owner.sessionId, "Two")).syncEnabled).toBe(false);
  });
});

describe("syncing through Apollo's faults", () => {
  let owner: Session;
  let apiKey: string;

  beforeAll(async () => {
    ({ owner, apiKey } = await connect("sync-faults", [
      { name: "Flaky", modality: "contacts", size: 450, faults: { rateLimitRetryAfterEvery: 3, rateLimitNoHeaderEvery: 5, serverErrorHtmlEvery: 4 } },
      { name: "Hanging", modality: "contacts", size: 250, faults: { hangPages: [2] } },
      { name: "Refusing", modality: "contacts", size: 250, faults: { rateLimitRetryAfterEvery: 1 } },
      { name: "Huge", modality: "contacts", size: 50_250 },
    ]));
  }, 60_000);

  it("gets through 429s (with and without Retry-After) and 502s with HTML bodies, and ends exact", async () => {
    const flaky = await syncList(owner, "Flaky", 90_000);
    expect(flaky.lastSyncStatus).toBe("SUCCEEDED");
    await expectExact(apiKey, flaky);
    const served = (await servedTo(apiKey)).lists.find((list) => list.name === "Flaky")!;
    expect(served.statuses["429"]).toBeGreaterThan(0);
    expect(served.statuses["502"]).toBeGreaterThan(0);
  }, 120_000);

  it("times out a hung request and asks again", async () => {
    const hanging = await syncList(owner, "Hanging");
    expect(hanging.lastSyncStatus).toBe("SUCCEEDED");
    await expectExact(apiKey, hanging);
    expect((await servedTo(apiKey)).lists.find((list) => list.name === "Hanging")!.hung).toBe(1);
  });

  it("fails honestly when the rate limit never lifts: nothing reported as complete, nothing unlinked", async () => {
    const refusing = await syncList(owner, "Refusing", 60_000);
    expect(refusing.lastSyncStatus).toBe("FAILED");
    expect(refusing.lastSyncError).toMatch(/rate limit/);
    expect(refusing.memberCount).toBe(0);
  }, 90_000);

  it("past Apollo's 500 pages: stores the 50,000 it serves and says how many were not synced", async () => {
    const huge = await syncList(owner, "Huge", 240_000);
    expect(huge.lastSyncStatus).toBe("PARTIAL");
    expect(huge.memberCount).toBe(50_000);
    expect(huge.lastSyncError).toMatch(/250 of its 50,250 were not synced/);
  }, 300_000);
});

describe("who may change Apollo lists", () => {
  it("a plain member sees the lists but cannot change which are synced or sync one", async () => {
    const owner = await signUpVerifiedUser("sync-team-owner");
    const teamName = uniqueTeamName("Apollo team");
    const teamId = await createTeam(owner, teamName);
    await putOnPaidPlan(teamId, "PRO");
    const member = await joinedMember(owner, teamId, teamName, "sync-team-member");
    const apiKey = freshApolloKey("team");
    await defineScenario(apiKey, { lists: [{ name: "Team list", modality: "contacts", size: 10 }], replaceDefaults: true });
    await expectOk(callOperation("save-apollo-api-key", { apiKey }, owner.sessionId));
    await expectOk(callOperation("refresh-apollo-lists", undefined, member.sessionId));
    const view = await listsOf(member.sessionId);
    expect(view.canManage).toBe(false);
    const list = view.lists[0];
    expect((await callOperation("set-apollo-list-sync", { listId: list.id, enabled: true }, member.sessionId)).status).toBe(403);
    expect((await callOperation("sync-apollo-list-now", { listId: list.id }, member.sessionId)).status).toBe(403);
    expect((await listNamed(member.sessionId, "Team list")).syncEnabled).toBe(false);
  });

  it("a standard key cannot sync lists: 409 saying a master key is needed", async () => {
    const owner = await signUpVerifiedUser("sync-standard");
    await expectOk(callOperation("save-apollo-api-key", { apiKey: freshApolloKey("x").replace("apollo-it", "apollo-standard-key") }, owner.sessionId));
    const refused = await callOperation<{ message: string }>("refresh-apollo-lists", undefined, owner.sessionId);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/master key/);
  });
});
