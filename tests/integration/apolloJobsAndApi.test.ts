import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, get, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { waitFor } from "./support/polling";
import { workspaceIdOf } from "./support/workspaces";
import { putOnPaidPlan } from "./support/teams";
import { defineScenario, expectOk, freshApolloKey, listNamed, syncSettled } from "./support/apolloStandIn";

/**
 * The Apollo jobs sent straight to the queue, as a buggy caller or a
 * redelivery would (bad arguments fail the job and write nothing; a replayed
 * sync of a finished list changes nothing), and the members CSV api called
 * signed out, for another workspace's list, and with a bad id.
 */
const boss = useJobQueue();
const SOME_ID = "00000000-0000-4000-8000-000000000001";

describe("Apollo jobs on the real queue, and the members CSV api", { timeout: 60_000 }, () => {
  let owner: { email: string; sessionId: string };
  let outsider: { email: string; sessionId: string };
  let listId: string;
  let workspaceId: string;

  beforeAll(async () => {
    [owner, outsider] = await Promise.all([signUpVerifiedUser("apollo-jobs-owner"), signUpVerifiedUser("apollo-jobs-outsider")]);
    workspaceId = await workspaceIdOf(owner.email);
    await putOnPaidPlan(workspaceId, "PRO");
    const apiKey = freshApolloKey("jobs");
    await defineScenario(apiKey, { lists: [{ name: "Job list", modality: "contacts", size: 120 }], replaceDefaults: true });
    await expectOk(callOperation("save-apollo-api-key", { apiKey }, owner.sessionId));
    await expectOk(callOperation("refresh-apollo-lists", undefined, owner.sessionId));
    listId = (await listNamed(owner.sessionId, "Job list")).id;
    await expectOk(callOperation("set-apollo-list-sync", { listId, enabled: true }, owner.sessionId));
    await syncSettled(owner.sessionId, "Job list");
    // The prospects job the sync submitted has linked every contact it can.
    await waitFor("contacts to be linked to companies", async () => {
      const [row] = await queryRows<{ unlinked: number }>(
        `SELECT count(*)::int AS unlinked FROM "ApolloContact" WHERE "workspaceId" = $1 AND "companyDomain" IS NOT NULL AND "companyId" IS NULL`,
        [workspaceId],
      );
      return row.unlinked === 0 ? true : undefined;
    });
  }, 90_000);

  // This file's workspace: other files sync lists of their own at the same time.
  const counts = async () =>
    (
      await queryRows<{ contacts: number; syncs: number; enrolments: number; companies: number; links: number }>(
        `SELECT (SELECT count(*)::int FROM "ApolloContact" WHERE "workspaceId" = $1) AS contacts,
                (SELECT count(*)::int FROM "ApolloListSync" WHERE "workspaceId" = $1) AS syncs,
                (SELECT count(*)::int FROM "ApolloEnrolment" WHERE "workspaceId" = $1) AS enrolments,
                (SELECT count(*)::int FROM "Company" WHERE "workspaceId" = $1) AS companies,
                (SELECT count(*)::int FROM "ApolloContact" WHERE "workspaceId" = $1 AND "companyId" IS NOT NULL) AS links`,
        [workspaceId],
      )
    )[0];

  it.each([
    ["syncApolloList", { syncId: "not-a-uuid" }],
    ["syncApolloList", {}],
    ["syncApolloList", { syncId: SOME_ID, listId: SOME_ID }],
    ["apolloListSyncTick", { everything: true }],
    ["enrolQueuedContacts", { workspaceId: SOME_ID }],
    ["linkApolloProspects", { workspaceId: "someone" }],
    ["linkApolloProspects", {}],
  ])("%s fails on bad arguments %j and writes nothing", async (queue, data) => {
    const before = await counts();
    const job = await runJob(boss, queue, data);
    expect(job.state).toBe("failed");
    expect(await counts()).toEqual(before);
  });

  it("a replayed sync job of a finished sync changes nothing", async () => {
    const [sync] = await queryRows<{ id: string }>(`SELECT id FROM "ApolloListSync" WHERE "listId" = $1`, [listId]);
    const snapshot = () =>
      Promise.all([
        queryRows(`SELECT * FROM "ApolloListSync" WHERE "listId" = $1 ORDER BY id`, [listId]),
        queryRows(`SELECT "listId", "contactId" FROM "ApolloContactListing" WHERE "listId" = $1 ORDER BY "contactId"`, [listId]),
        queryRows(`SELECT id, "updatedAt" FROM "ApolloContact" WHERE "workspaceId" = $1 ORDER BY id`, [workspaceId]),
      ]);
    const before = await snapshot();
    const replay = await runJob(boss, "syncApolloList", { syncId: sync.id });
    expect(replay.state).toBe("completed");
    expect(replay.output).toMatchObject({ syncId: sync.id, skipped: expect.any(String) });
    expect(await snapshot()).toEqual(before);
  });

  it("the members CSV: 401 signed out, 404 for another workspace's list, 400 for an id that is not one", async () => {
    expect((await get(`/api/apollo/lists/${listId}/members.csv`)).status).toBe(401);
    const other = await get(`/api/apollo/lists/${listId}/members.csv`, outsider.sessionId);
    expect(other.status).toBe(404);
    expect(String(other.body)).not.toContain("Job list");
    const bad = await get(`/api/apollo/lists/not-an-id/members.csv`, owner.sessionId);
    expect(bad.status).toBe(400);
    expect((bad.body as { data?: { fieldErrors?: Record<string, string[]> } }).data?.fieldErrors?.listId?.length).toBeGreaterThan(0);
    const mine = await get(`/api/apollo/lists/${listId}/members.csv`, owner.sessionId);
    expect(String(mine.body).trim().split("\n")).toHaveLength(121);
  });
});
