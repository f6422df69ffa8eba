import type { Sql } from "../../server/db/sql";
import { planEnrolment, roomToday, type ApolloVerdict, type EnrolmentPlan } from "./enrolmentPlan";

const NOW = `(now() AT TIME ZONE 'UTC')`;

export type Reservation = { plan: EnrolmentPlan; day: string; cap: number; usedBefore: number };

export type EnrolmentTarget = { workspaceId: string; sequenceId: string; mailboxId: string; day: string; nextDay: string; planLimit: number };
type Target = EnrolmentTarget;

/** Locks the workspace (every enrolment of it runs one after another) and reads the day's use of the mailbox and of the workspace. */
async function lockedRoom(sql: Sql, target: Target) {
  const [workspace] = await sql<{ cap: number }>(`SELECT "apolloDailySendCap" AS cap FROM "Workspace" WHERE id = $1 FOR UPDATE`, [target.workspaceId]);
  await sql(`INSERT INTO "ApolloMailboxDay" ("mailboxId", day, used) VALUES ($1, $2::date, 0) ON CONFLICT DO NOTHING`, [target.mailboxId, target.day]);
  const [{ used: mailboxUsed }] = await sql<{ used: number }>(`SELECT used FROM "ApolloMailboxDay" WHERE "mailboxId" = $1 AND day = $2::date`, [target.mailboxId, target.day]);
  const [{ used: workspaceUsed }] = await sql<{ used: number }>(
    `SELECT coalesce(sum(d.used), 0)::int AS used FROM "ApolloMailboxDay" d JOIN "ApolloMailbox" m ON m.id = d."mailboxId" WHERE m."workspaceId" = $1 AND d.day = $2::date`,
    [target.workspaceId, target.day],
  );
  return { mailboxCap: workspace.cap, mailboxUsed, planLimit: target.planLimit, workspaceUsed };
}

async function countAgainstCap(sql: Sql, mailboxId: string, day: string, change: number) {
  if (change !== 0) await sql(`UPDATE "ApolloMailboxDay" SET used = greatest(0, used + $3) WHERE "mailboxId" = $1 AND day = $2::date`, [mailboxId, day, change]);
}

/**
 * A request's contacts, in one transaction under the workspace's lock: those
 * that fit today's room are counted and marked SENDING, the rest QUEUED for
 * the next day, those without an email SKIPPED; a contact already asked for
 * in this sequence is left as it is. Concurrent requests together cannot pass the cap.
 */
export async function reserveRequested(sql: Sql, target: Target, contactIds: string[], requestedById: string): Promise<Reservation> {
  const room = await lockedRoom(sql, target);
  const contacts = await sql<{ id: string; hasEmail: boolean }>(
    `SELECT id, email IS NOT NULL AS "hasEmail" FROM "ApolloContact" WHERE "workspaceId" = $1 AND id = ANY($2::text[])`,
    [target.workspaceId, contactIds],
  );
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const existing = await sql<{ contactId: string }>(`SELECT "contactId" FROM "ApolloEnrolment" WHERE "sequenceId" = $1 AND "contactId" = ANY($2::text[])`, [
    target.sequenceId,
    contactIds,
  ]);
  const plan = planEnrolment(
    contactIds.flatMap((id) => (byId.has(id) ? [{ contactId: id, hasEmail: byId.get(id)!.hasEmail }] : [])),
    new Set(existing.map((row) => row.contactId)),
    room,
  );
  const insert = async (ids: string[], status: string, day: string, reason: string | null) => {
    if (ids.length === 0) return;
    await sql(
      `INSERT INTO "ApolloEnrolment" (id, "workspaceId", "sequenceId", "contactId", "mailboxId", "requestedById", status, reason, "sendDay", "createdAt", "updatedAt")
       SELECT gen_random_uuid()::text, $1, $2, c, $3, $4, $5::"ApolloEnrolmentStatus", $6, $7::date, ${NOW}, ${NOW} FROM unnest($8::text[]) AS c
       ON CONFLICT ("sequenceId", "contactId") DO NOTHING`,
      [target.workspaceId, target.sequenceId, target.mailboxId, requestedById, status, reason, day, ids],
    );
  };
  await insert(plan.sendNow, "SENDING", target.day, null);
  await insert(plan.queue, "QUEUED", target.nextDay, null);
  await insert(plan.noEmail, "SKIPPED", target.day, "No email address in Apollo: kept, but not reachable.");
  await countAgainstCap(sql, target.mailboxId, target.day, plan.sendNow.length);
  return { plan, day: target.day, cap: room.mailboxCap, usedBefore: room.mailboxUsed };
}

/** The queue's turn (the daily job): waiting contacts of one sequence and mailbox, oldest first, as far as today's room goes; the rest wait a day more. */
export async function reserveQueued(sql: Sql, target: Target): Promise<Reservation> {
  const room = await lockedRoom(sql, target);
  const waiting = await sql<{ contactId: string }>(
    `SELECT "contactId" FROM "ApolloEnrolment" WHERE "sequenceId" = $1 AND "mailboxId" = $2 AND status = 'QUEUED' AND "sendDay" <= $3::date ORDER BY "createdAt", id FOR UPDATE`,
    [target.sequenceId, target.mailboxId, target.day],
  );
  const fit = roomToday(room);
  const sendNow = waiting.slice(0, fit).map((row) => row.contactId);
  const later = waiting.slice(fit).map((row) => row.contactId);
  await sql(`UPDATE "ApolloEnrolment" SET status = 'SENDING', "sendDay" = $3::date, "updatedAt" = ${NOW} WHERE "sequenceId" = $1 AND "contactId" = ANY($2::text[])`, [
    target.sequenceId,
    sendNow,
    target.day,
  ]);
  if (later.length > 0) {
    await sql(`UPDATE "ApolloEnrolment" SET "sendDay" = $3::date, "updatedAt" = ${NOW} WHERE "sequenceId" = $1 AND "contactId" = ANY($2::text[])`, [target.sequenceId, later, target.nextDay]);
  }
  await countAgainstCap(sql, target.mailboxId, target.day, sendNow.length);
  return { plan: { sendNow, queue: later, noEmail: [], alreadyRequested: [] }, day: target.day, cap: room.mailboxCap, usedBefore: room.mailboxUsed };
}

/** What Apollo answered, per contact; contacts it did not add give their place under the cap back. */
export async function recordVerdicts(sql: Sql, sequenceId: string, mailboxId: string, day: string, verdicts: Map<string, ApolloVerdict>) {
  const ids = [...verdicts.keys()];
  if (ids.length === 0) return;
  const statuses = ids.map((id) => verdicts.get(id)!.status);
  const reasons = ids.map((id) => {
    const verdict = verdicts.get(id)!;
    return verdict.status === "ENROLLED" ? null : verdict.reason;
  });
  await sql(
    `UPDATE "ApolloEnrolment" e SET status = v.status::"ApolloEnrolmentStatus", reason = v.reason, attempts = e.attempts + 1,
            "enrolledAt" = CASE WHEN v.status = 'ENROLLED' THEN ${NOW} ELSE NULL END, "updatedAt" = ${NOW}
       FROM unnest($2::text[], $3::text[], $4::text[]) AS v(contact_id, status, reason)
      WHERE e."sequenceId" = $1 AND e."contactId" = v.contact_id AND e.status = 'SENDING'`,
    [sequenceId, ids, statuses, reasons],
  );
  await countAgainstCap(sql, mailboxId, day, -statuses.filter((status) => status !== "ENROLLED").length);
}

export const MAX_SEND_ATTEMPTS = 3;

/** Apollo could not be asked (unreachable, rate-limited): the contacts wait in the queue for the next round, or, out of attempts, are refused with the reason. */
export async function requeueAfterFailure(sql: Sql, sequenceId: string, mailboxId: string, day: string, contactIds: string[], reason: string) {
  if (contactIds.length === 0) return;
  await sql(
    `UPDATE "ApolloEnrolment" SET attempts = attempts + 1, "updatedAt" = ${NOW},
            status = CASE WHEN attempts + 1 >= $4 THEN 'REJECTED'::"ApolloEnrolmentStatus" ELSE 'QUEUED'::"ApolloEnrolmentStatus" END,
            reason = CASE WHEN attempts + 1 >= $4 THEN $3 ELSE NULL END
      WHERE "sequenceId" = $1 AND "contactId" = ANY($2::text[]) AND status = 'SENDING'`,
    [sequenceId, contactIds, reason, MAX_SEND_ATTEMPTS],
  );
  await countAgainstCap(sql, mailboxId, day, -contactIds.length);
}

/** A suspended user's queued enrolments are not sent: skipped with the reason. Returns how many. */
export async function skipQueuedEnrolmentsRequestedBy(sql: Sql, userId: string, reason: string): Promise<number> {
  const rows = await sql<{ n: number }>(
    `WITH skipped AS (UPDATE "ApolloEnrolment" SET status = 'SKIPPED', reason = $2, "updatedAt" = ${NOW} WHERE "requestedById" = $1 AND status = 'QUEUED' RETURNING 1)
     SELECT count(*)::int AS n FROM skipped`,
    [userId, reason],
  );
  return rows[0].n;
}
