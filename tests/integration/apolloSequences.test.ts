import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { workspaceIdOf } from "./support/workspaces";
import { createTeam, joinedMember, putOnPaidPlan, uniqueTeamName, type Session } from "./support/teams";
import { defineScenario, expectOk, freshApolloKey, listNamed, servedTo, syncSettled } from "./support/apolloStandIn";

/**
 * Enrolling synced contacts in Apollo sequences: the real client against the
 * stand-in, the daily cap per mailbox held on the server under a concurrent
 * burst, the queue for the next day, and Apollo's skips and refusals.
 */
type SequencesView = {
  dailySendCap: number;
  sequences: { id: string; name: string; delivered: number; openRatePercent: number; replyRatePercent: number }[];
  mailboxes: { id: string; email: string; usedToday: number; capToday: number }[];
};
type EnrolmentResult = { enrolled: number; queued: number; queuedFor: string | null; alreadyRequested: number; notEnrolled: { contactId: string; status: string; reason: string }[] };

const boss = useJobQueue();

describe("enrolling contacts in Apollo sequences", { timeout: 90_000 }, () => {
  let owner: Session;
  let workspaceId: string;
  let apiKey: string;
  let view: SequencesView;
  let founder: SequencesView["sequences"][number];
  let mailbox: SequencesView["mailboxes"][number];

  /** Contacts of the synced list, reachable (an email Apollo has not seen bounce) or not. */
  const contacts = async (kind: "reachable" | "no-email", count: number, offset = 0) =>
    (
      await queryRows<{ id: string }>(
        `SELECT id FROM "ApolloContact" WHERE "workspaceId" = $1 AND ${kind === "reachable" ? `email IS NOT NULL AND "emailStatus" <> 'bounced'` : "email IS NULL"} ORDER BY "apolloContactId" OFFSET $2 LIMIT $3`,
        [workspaceId, offset, count],
      )
    ).map((row) => row.id);

  const inApolloSequence = async () => {
    const [{ apolloSequenceId }] = await queryRows<{ apolloSequenceId: string }>(`SELECT "apolloSequenceId" FROM "ApolloSequence" WHERE id = $1`, [founder.id]);
    return (await servedTo(apiKey)).sequences.find((sequence) => sequence.id === apolloSequenceId)!.enrolledContactIds;
  };
  const apolloIdOf = async (contactId: string) =>
    (await queryRows<{ id: string }>(`SELECT "apolloContactId" AS id FROM "ApolloContact" WHERE id = $1`, [contactId]))[0].id;

  const enrol = (contactIds: string[], sequenceId = founder.id, mailboxId = mailbox.id, session = owner) =>
    callOperation<EnrolmentResult>("enrol-contacts-in-sequence", { sequenceId, mailboxId, contactIds }, session.sessionId);

  beforeAll(async () => {
    owner = await signUpVerifiedUser("enrol-owner");
    workspaceId = await workspaceIdOf(owner.email);
    await putOnPaidPlan(workspaceId, "PRO");
    apiKey = freshApolloKey("enrol");
    await defineScenario(apiKey, { lists: [{ name: "Prospects", modality: "contacts", size: 400 }], replaceDefaults: true });
    await expectOk(callOperation("save-apollo-api-key", { apiKey }, owner.sessionId));
    await expectOk(callOperation("refresh-apollo-lists", undefined, owner.sessionId));
    const list = await listNamed(owner.sessionId, "Prospects");
    await expectOk(callOperation("set-apollo-list-sync", { listId: list.id, enabled: true }, owner.sessionId));
    await syncSettled(owner.sessionId, "Prospects");
    await expectOk(callOperation("refresh-apollo-sequences", undefined, owner.sessionId));
    view = await expectOk(callOperation<SequencesView>("get-apollo-sequences", undefined, owner.sessionId));
    founder = view.sequences.find((sequence) => sequence.name.startsWith("Founder intro"))!;
    mailbox = view.mailboxes[0];
  }, 90_000);

  it("lists the sequences with their stats: one that delivered nothing shows 0 %, not NaN", () => {
    expect(view.sequences).toHaveLength(3);
    expect(view.mailboxes).toHaveLength(2);
    expect(founder.delivered).toBeGreaterThan(0);
    expect(founder.openRatePercent).toBeGreaterThan(0);
    const webinar = view.sequences.find((sequence) => sequence.name === "Q1 webinar invite")!;
    expect(webinar).toMatchObject({ delivered: 0, openRatePercent: 0, replyRatePercent: 0 });
    expect(view.dailySendCap).toBe(20);
  });

  it("a burst of concurrent requests against one mailbox: the daily cap holds exactly, the rest wait for the next day", async () => {
    await expectOk(callOperation("set-apollo-daily-send-cap", { dailySendCap: 12 }, owner.sessionId));
    const picked = await contacts("reachable", 60);
    const batches = Array.from({ length: 20 }, (_, index) => picked.slice(index * 3, index * 3 + 3));
    const results = await Promise.all(batches.map((batch) => expectOk(enrol(batch))));
    expect(results.reduce((sum, result) => sum + result.enrolled, 0)).toBe(12);
    expect(results.reduce((sum, result) => sum + result.queued, 0)).toBe(48);
    const [counts] = await queryRows<{ enrolled: number; queued: number; used: number }>(
      `SELECT (SELECT count(*)::int FROM "ApolloEnrolment" WHERE "mailboxId" = $1 AND status = 'ENROLLED') AS enrolled,
              (SELECT count(*)::int FROM "ApolloEnrolment" WHERE "mailboxId" = $1 AND status = 'QUEUED' AND "sendDay" = (now() AT TIME ZONE 'UTC')::date + 1) AS queued,
              (SELECT used FROM "ApolloMailboxDay" WHERE "mailboxId" = $1 AND day = (now() AT TIME ZONE 'UTC')::date) AS used`,
      [mailbox.id],
    );
    expect(counts).toEqual({ enrolled: 12, queued: 48, used: 12 });
    expect(await inApolloSequence()).toHaveLength(12);
    const after = await expectOk(callOperation<SequencesView>("get-apollo-sequences", undefined, owner.sessionId));
    expect(after.mailboxes.find((candidate) => candidate.id === mailbox.id)).toMatchObject({ usedToday: 12, capToday: 12 });
  });

  it("enrolling the same contacts again enrols them once", async () => {
    const [first] = await queryRows<{ id: string }>(`SELECT "contactId" AS id FROM "ApolloEnrolment" WHERE "mailboxId" = $1 AND status = 'ENROLLED' LIMIT 1`, [mailbox.id]);
    const again = await expectOk(enrol([first.id]));
    expect(again).toMatchObject({ enrolled: 0, queued: 0, alreadyRequested: 1 });
    const inApollo = await inApolloSequence();
    expect(inApollo).toContain(await apolloIdOf(first.id));
    expect(inApollo).toHaveLength(12);
  });

  it("shows contacts without an email as skipped with the reason, without spending the cap", async () => {
    const [other] = view.mailboxes.slice(1);
    const withoutEmail = await contacts("no-email", 2);
    const result = await expectOk(enrol(withoutEmail, founder.id, other.id));
    expect(result.enrolled).toBe(0);
    expect(result.notEnrolled.map((row) => [row.status, row.reason])).toEqual(withoutEmail.map(() => ["SKIPPED", expect.stringMatching(/No email/)]));
    const [day] = await queryRows<{ used: number }>(`SELECT coalesce(sum(used), 0)::int AS used FROM "ApolloMailboxDay" WHERE "mailboxId" = $1`, [other.id]);
    expect(day.used).toBe(0);
  });

  it("shows the contacts Apollo refuses (a bounced email) with its reason, and gives their places back", async () => {
    const [other] = view.mailboxes.slice(1);
    const bounced = (await queryRows<{ id: string }>(`SELECT id FROM "ApolloContact" WHERE "workspaceId" = $1 AND "emailStatus" = 'bounced' LIMIT 1`, [workspaceId])).map((row) => row.id);
    expect(bounced).toHaveLength(1);
    const fine = await contacts("reachable", 1, 200);
    const result = await expectOk(enrol([...bounced, ...fine], founder.id, other.id));
    expect(result.enrolled).toBe(1);
    expect(result.notEnrolled).toEqual([{ contactId: bounced[0], name: expect.anything(), status: "REJECTED", reason: expect.stringMatching(/bounced/) }]);
    const [day] = await queryRows<{ used: number }>(`SELECT used FROM "ApolloMailboxDay" WHERE "mailboxId" = $1`, [other.id]);
    expect(day.used).toBe(1);
  });

  it("the queue job enrols the waiting contacts on their day, as far as that day's cap goes", async () => {
    // The day has passed: yesterday's use stays yesterday's, the queue's day is today.
    await queryRows(`UPDATE "ApolloMailboxDay" SET day = day - 1 WHERE "mailboxId" = $1`, [mailbox.id]);
    await queryRows(`UPDATE "ApolloEnrolment" SET "sendDay" = "sendDay" - 1 WHERE "mailboxId" = $1 AND status = 'QUEUED'`, [mailbox.id]);
    const job = await runJob(boss, "enrolQueuedContacts", {});
    expect(job.state).toBe("completed");
    const [counts] = await queryRows<{ enrolled: number; queued: number }>(
      `SELECT (SELECT count(*)::int FROM "ApolloEnrolment" WHERE "mailboxId" = $1 AND status = 'ENROLLED') AS enrolled,
              (SELECT count(*)::int FROM "ApolloEnrolment" WHERE "mailboxId" = $1 AND status = 'QUEUED') AS queued`,
      [mailbox.id],
    );
    expect(counts).toEqual({ enrolled: 24, queued: 36 });
    const activity = await expectOk(callOperation<{ message: string }[]>("get-apollo-activity", undefined, owner.sessionId));
    expect(activity.some((entry) => entry.message.startsWith("From the queue: enrolled 12"))).toBe(true);
    expect(activity.some((entry) => entry.message.startsWith("Enrolled "))).toBe(true);
  });

  it("a plain member sees the sequences but cannot enrol or change the cap", async () => {
    const teamOwner = await signUpVerifiedUser("enrol-team-owner");
    const teamName = uniqueTeamName("Enrol team");
    const teamId = await createTeam(teamOwner, teamName);
    const member = await joinedMember(teamOwner, teamId, teamName, "enrol-team-member");
    await expectOk(callOperation("save-apollo-api-key", { apiKey: freshApolloKey("enrol-team") }, teamOwner.sessionId));
    await expectOk(callOperation("refresh-apollo-sequences", undefined, member.sessionId));
    const memberView = await expectOk(callOperation<SequencesView & { canManage: boolean }>("get-apollo-sequences", undefined, member.sessionId));
    expect(memberView.canManage).toBe(false);
    expect((await callOperation("set-apollo-daily-send-cap", { dailySendCap: 100 }, member.sessionId)).status).toBe(403);
    const refused = await callOperation("enrol-contacts-in-sequence", { sequenceId: memberView.sequences[0].id, mailboxId: memberView.mailboxes[0].id, contactIds: [memberView.mailboxes[0].id] }, member.sessionId);
    expect(refused.status).toBe(403);
  });
});
