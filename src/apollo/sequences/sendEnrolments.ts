import type { ApolloClient } from "../client/apolloClient";
import { isApolloError } from "../client/apolloErrors";
import { hotPathPool, inPgTransaction, type Sql } from "../../server/db/sql";
import { logger } from "../../server/logging/logger";
import { planOfWorkspace } from "../../payment/quotas/workspacePlan";
import { plans } from "../../payment/plans";
import { nextUtcDay, utcDay, verdictsOfApolloAnswer, type ApolloVerdict } from "./enrolmentPlan";
import { recordVerdicts, requeueAfterFailure, type EnrolmentTarget } from "./enrolmentStore";

const BATCH = 100;

export const enrolmentPool = () => hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (Apollo enrolments)"));

export type SendTarget = { sequenceId: string; apolloSequenceId: string; mailboxId: string; apolloEmailAccountId: string; day: string };

/**
 * Where an enrolment goes today: the sequence and mailbox (ours and Apollo's
 * ids), today's and the next UTC day, and the plan's enrolments a day.
 */
export async function enrolmentTargetOf(
  subscriptions: Parameters<typeof planOfWorkspace>[0],
  workspaceId: string,
  sequence: { id: string; apolloSequenceId: string },
  mailbox: { id: string; apolloEmailAccountId: string },
  now: Date,
): Promise<EnrolmentTarget & SendTarget> {
  const plan = await planOfWorkspace(subscriptions, workspaceId);
  return {
    workspaceId,
    sequenceId: sequence.id,
    apolloSequenceId: sequence.apolloSequenceId,
    mailboxId: mailbox.id,
    apolloEmailAccountId: mailbox.apolloEmailAccountId,
    day: utcDay(now),
    nextDay: nextUtcDay(now),
    planLimit: plans[plan].quotas.sequenceEnrolmentsPerDay,
  };
}
export type SendOutcome = { enrolled: number; skipped: number; rejected: number; requeued: number };

/**
 * Asks Apollo to add the reserved contacts (SENDING) and records its answer
 * per contact. A refusal of the whole request (a bad key, an unknown
 * sequence or mailbox) rejects them with its reason; Apollo unreachable puts
 * them back in the queue. Either way their places under the cap are given back.
 */
export async function sendReserved(client: Pick<ApolloClient, "addContactsToSequence">, target: SendTarget, contactIds: string[]): Promise<SendOutcome> {
  const outcome: SendOutcome = { enrolled: 0, skipped: 0, rejected: 0, requeued: 0 };
  if (contactIds.length === 0) return outcome;
  const pool = enrolmentPool();
  const rows = (await pool.query<{ id: string; apolloContactId: string }>(`SELECT id, "apolloContactId" FROM "ApolloContact" WHERE id = ANY($1::text[])`, [contactIds])).rows;
  const ourIdOf = new Map(rows.map((row) => [row.apolloContactId, row.id]));
  const apolloIdOf = new Map(rows.map((row) => [row.id, row.apolloContactId]));
  for (let start = 0; start < contactIds.length; start += BATCH) {
    const batch = contactIds.slice(start, start + BATCH);
    const apolloIds = batch.map((id) => apolloIdOf.get(id)).filter((id): id is string => id !== undefined);
    let verdicts: Map<string, ApolloVerdict>;
    try {
      const answer = await client.addContactsToSequence(target.apolloSequenceId, apolloIds, target.apolloEmailAccountId);
      const byApolloId = verdictsOfApolloAnswer(apolloIds, new Set(answer.contacts.map((contact) => contact.id)), answer.skipped_contact_ids ?? {});
      verdicts = new Map([...byApolloId].map(([apolloId, verdict]) => [ourIdOf.get(apolloId)!, verdict]));
    } catch (error) {
      if (!isApolloError(error)) throw error;
      const transient = error.kind === "rate_limited" || error.kind === "timeout" || error.kind === "network" || error.kind === "server_error";
      if (transient) {
        await inPgTransaction(pool, (sql: Sql) => requeueAfterFailure(sql, target.sequenceId, target.mailboxId, target.day, batch, `Apollo could not be reached: ${error.message}`));
        outcome.requeued += batch.length;
        continue;
      }
      verdicts = new Map(batch.map((id) => [id, { status: "REJECTED" as const, reason: error.message }]));
    }
    await inPgTransaction(pool, (sql) => recordVerdicts(sql, target.sequenceId, target.mailboxId, target.day, verdicts));
    for (const verdict of verdicts.values()) {
      if (verdict.status === "ENROLLED") outcome.enrolled += 1;
      else if (verdict.status === "SKIPPED") outcome.skipped += 1;
      else outcome.rejected += 1;
    }
  }
  return outcome;
}
