import { z } from "zod";
import type { EnrolQueuedContacts } from "wasp/server/jobs";
import { prisma } from "wasp/server";
import { inPgTransaction } from "../../server/db/sql";
import { openSecret } from "../../server/crypto/sealedSecrets";
import { serverEncryptionKey } from "../../server/crypto/serverEncryptionKey";
import { logger } from "../../server/logging/logger";
import { configuredApolloClient } from "../client/configuredApolloClient";
import { writeActivity } from "../lists/sync/syncStore";
import { utcDay } from "./enrolmentPlan";
import { reserveQueued } from "./enrolmentStore";
import { enrolmentPool, enrolmentTargetOf, sendReserved } from "./sendEnrolments";

const jobArgs = z.object({}).strict();

/**
 * Every 15 minutes: contacts queued over a mailbox's daily cap are enrolled
 * once their day has come, as far as that day's cap goes (the rest wait a day
 * more), and contacts Apollo could not be asked for are asked again.
 */
export const enrolQueuedContacts: EnrolQueuedContacts<Record<string, never>, { enrolled: number; queued: number }> = async (rawArgs) => {
  jobArgs.parse(rawArgs ?? {});
  const now = new Date();
  const day = utcDay(now);
  const groups = await prisma.apolloEnrolment.groupBy({
    by: ["workspaceId", "sequenceId", "mailboxId"],
    where: { status: "QUEUED", sendDay: { lte: new Date(`${day}T00:00:00Z`) } },
    take: 200,
    orderBy: { workspaceId: "asc" },
  });
  let enrolled = 0;
  let queued = 0;
  for (const group of groups) {
    const [workspace, sequence, mailbox] = await Promise.all([
      prisma.workspace.findUnique({ where: { id: group.workspaceId }, select: { apolloApiKeyEncrypted: true } }),
      prisma.apolloSequence.findUnique({ where: { id: group.sequenceId } }),
      prisma.apolloMailbox.findUnique({ where: { id: group.mailboxId } }),
    ]);
    if (!workspace?.apolloApiKeyEncrypted || !sequence || !mailbox) continue;
    const target = await enrolmentTargetOf(prisma.billingSubscription, group.workspaceId, sequence, mailbox, now);
    const reservation = await inPgTransaction(enrolmentPool(), (sql) => reserveQueued(sql, target));
    if (reservation.plan.sendNow.length === 0) {
      queued += reservation.plan.queue.length;
      continue;
    }
    const client = configuredApolloClient(openSecret(workspace.apolloApiKeyEncrypted, serverEncryptionKey("enrol Apollo contacts")));
    const sent = await sendReserved(client, target, reservation.plan.sendNow);
    enrolled += sent.enrolled;
    queued += reservation.plan.queue.length + sent.requeued;
    await inPgTransaction(enrolmentPool(), (sql) =>
      writeActivity(sql, {
        workspaceId: group.workspaceId,
        level: "INFO",
        message: `From the queue: enrolled ${sent.enrolled} in "${sequence.name}" from ${mailbox.email}${reservation.plan.queue.length ? `; ${reservation.plan.queue.length} wait for ${target.nextDay}` : ""}${sent.skipped + sent.rejected ? `; ${sent.skipped + sent.rejected} not enrolled` : ""}.`,
        context: { kind: "enrolment_queue", sequenceId: sequence.id, mailboxId: mailbox.id, ...sent, waiting: reservation.plan.queue.length },
      }),
    );
  }
  if (enrolled + queued > 0) logger.info({ job: "enrolQueuedContacts", enrolled, queued }, "queued Apollo enrolments processed");
  return { enrolled, queued };
};
