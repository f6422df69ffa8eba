import { HttpError, prisma } from "wasp/server";
import type { EnrolContactsInSequence, GetApolloEnrolments, GetApolloSequences, RefreshApolloSequences, SetApolloDailySendCap } from "wasp/server/operations";
import { parseInput } from "../../server/operations/guards";
import { inPgTransaction } from "../../server/db/sql";
import { requireWorkspaceManager, requireWorkspaceMember, assertFoundInWorkspace } from "../../workspaces/workspaceAccess";
import { planOfWorkspace } from "../../payment/quotas/workspacePlan";
import { plans } from "../../payment/plans";
import { isApolloError } from "../client/apolloErrors";
import { httpErrorOfApollo } from "../lists/apolloAccessErrors";
import { workspaceApolloClient } from "../lists/workspaceApolloClient";
import { writeActivity } from "../lists/sync/syncStore";
import { utcDay } from "./enrolmentPlan";
import { reserveRequested } from "./enrolmentStore";
import { enrolmentPool, enrolmentTargetOf, sendReserved } from "./sendEnrolments";
import { rateOf, refreshSequencesAndMailboxes } from "./sequenceRefresh";
import {
  enrolContactsInput,
  getApolloEnrolmentsInput,
  setApolloDailySendCapInput,
  type EnrolContactsInput,
  type GetApolloEnrolmentsInput,
  type SetApolloDailySendCapInput,
} from "./sequenceInputs";

export type ApolloSequenceView = {
  id: string;
  name: string;
  active: boolean;
  stepCount: number | null;
  delivered: number;
  openRatePercent: number;
  replyRatePercent: number;
  bounceRatePercent: number;
  enrolledHere: number;
  lastSyncedAt: Date | null;
};
export type ApolloMailboxView = { id: string; email: string; active: boolean; usedToday: number; capToday: number };
export type ApolloSequencesView = { canManage: boolean; dailySendCap: number; plan: string; planEnrolmentsPerDay: number; sequences: ApolloSequenceView[]; mailboxes: ApolloMailboxView[] };

/** The workspace's sequences with their stats, and its mailboxes with today's use of the cap. */
export const getApolloSequences: GetApolloSequences<void, ApolloSequencesView> = async (_args, context) => {
  const { workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const today = new Date(`${utcDay(new Date())}T00:00:00Z`);
  const [sequences, mailboxes, plan] = await Promise.all([
    context.entities.ApolloSequence.findMany({
      where: { workspaceId: workspace.id },
      orderBy: [{ active: "desc" }, { name: "asc" }],
      include: { _count: { select: { enrolments: { where: { status: "ENROLLED" } } } } },
    }),
    context.entities.ApolloMailbox.findMany({ where: { workspaceId: workspace.id }, orderBy: { email: "asc" }, include: { days: { where: { day: today } } } }),
    planOfWorkspace(context.entities.BillingSubscription, workspace.id),
  ]);
  return {
    canManage: role !== "MEMBER",
    dailySendCap: workspace.apolloDailySendCap,
    plan: plans[plan].name,
    planEnrolmentsPerDay: plans[plan].quotas.sequenceEnrolmentsPerDay,
    sequences: sequences.map((sequence) => ({
      id: sequence.id,
      name: sequence.name,
      active: sequence.active,
      stepCount: sequence.stepCount,
      delivered: sequence.delivered,
      openRatePercent: rateOf(sequence.opened, sequence.delivered),
      replyRatePercent: rateOf(sequence.replied, sequence.delivered),
      bounceRatePercent: rateOf(sequence.bounced, sequence.delivered),
      enrolledHere: sequence._count.enrolments,
      lastSyncedAt: sequence.lastSyncedAt,
    })),
    mailboxes: mailboxes.map((mailbox) => ({ id: mailbox.id, email: mailbox.email, active: mailbox.active, usedToday: mailbox.days[0]?.used ?? 0, capToday: workspace.apolloDailySendCap })),
  };
};

/** Asks Apollo for the sequences (with fresh stats) and the sending mailboxes. */
export const refreshApolloSequences: RefreshApolloSequences<void, { sequences: number; mailboxes: number }> = async (_args, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  try {
    return await refreshSequencesAndMailboxes(workspaceApolloClient(workspace), workspace.id);
  } catch (error) {
    if (isApolloError(error)) throw httpErrorOfApollo(error);
    throw error;
  }
};

/** Owners and admins: how many enrolments each mailbox starts a day (the deliverability guard). */
export const setApolloDailySendCap: SetApolloDailySendCap<SetApolloDailySendCapInput, { dailySendCap: number }> = async (rawArgs, context) => {
  const { workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  requireWorkspaceManager(role);
  const { dailySendCap } = parseInput(setApolloDailySendCapInput, rawArgs);
  await context.entities.Workspace.update({ where: { id: workspace.id }, data: { apolloDailySendCap: dailySendCap } });
  return { dailySendCap };
};

export type EnrolmentResult = {
  enrolled: number;
  queued: number;
  queuedFor: string | null;
  alreadyRequested: number;
  requeued: number;
  notEnrolled: { contactId: string; name: string | null; status: "SKIPPED" | "REJECTED"; reason: string }[];
};

/**
 * Owners and admins: enrols contacts of synced lists in a sequence from one
 * mailbox. Today's room under the mailbox's cap (and the plan's enrolments a
 * day) is taken under the workspace's lock, so concurrent requests together
 * cannot pass it; the rest wait in the queue for the next day.
 */
export const enrolContactsInSequence: EnrolContactsInSequence<EnrolContactsInput, EnrolmentResult> = async (rawArgs, context) => {
  const { user, workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  requireWorkspaceManager(role);
  const input = parseInput(enrolContactsInput, rawArgs);
  const [sequence, mailbox, found] = await Promise.all([
    context.entities.ApolloSequence.findFirst({ where: { id: input.sequenceId, workspaceId: workspace.id } }),
    context.entities.ApolloMailbox.findFirst({ where: { id: input.mailboxId, workspaceId: workspace.id } }),
    context.entities.ApolloContact.count({ where: { id: { in: input.contactIds }, workspaceId: workspace.id } }),
  ]);
  assertFoundInWorkspace(sequence, "sequence");
  assertFoundInWorkspace(mailbox, "mailbox");
  if (found !== new Set(input.contactIds).size) throw new HttpError(404, "Some of those contacts are not in this workspace's synced lists.");
  if (!mailbox.active) throw new HttpError(409, `Apollo says ${mailbox.email} is not active: pick another mailbox.`);
  const client = workspaceApolloClient(workspace);
  const target = await enrolmentTargetOf(context.entities.BillingSubscription, workspace.id, sequence, mailbox, new Date());
  const reservation = await inPgTransaction(enrolmentPool(), (sql) => reserveRequested(sql, target, input.contactIds, user.id));
  const sent = await sendReserved(client, target, reservation.plan.sendNow);

  const notEnrolled = await context.entities.ApolloEnrolment.findMany({
    where: { sequenceId: sequence.id, contactId: { in: [...reservation.plan.sendNow, ...reservation.plan.noEmail] }, status: { in: ["SKIPPED", "REJECTED"] } },
    include: { contact: { select: { name: true } } },
  });
  const result: EnrolmentResult = {
    enrolled: sent.enrolled,
    queued: reservation.plan.queue.length,
    queuedFor: reservation.plan.queue.length > 0 ? target.nextDay : null,
    alreadyRequested: reservation.plan.alreadyRequested.length,
    requeued: sent.requeued,
    notEnrolled: notEnrolled.map((row) => ({ contactId: row.contactId, name: row.contact.name, status: row.status as "SKIPPED" | "REJECTED", reason: row.reason ?? "" })),
  };
  await inPgTransaction(enrolmentPool(), (sql) =>
    writeActivity(sql, {
      workspaceId: workspace.id,
      level: "INFO",
      message: `Enrolled ${result.enrolled} in "${sequence.name}" from ${mailbox.email}${result.queued ? `; ${result.queued} queued for ${result.queuedFor}` : ""}${result.notEnrolled.length ? `; ${result.notEnrolled.length} not enrolled` : ""}${result.alreadyRequested ? `; ${result.alreadyRequested} already asked for` : ""}.`,
      context: { kind: "enrolment", sequenceId: sequence.id, mailboxId: mailbox.id, requestedById: user.id, ...result, notEnrolled: result.notEnrolled.length },
    }),
  );
  return result;
};

export type ApolloEnrolmentRow = { id: string; contactName: string | null; contactEmail: string | null; sequenceName: string; mailbox: string; status: "QUEUED" | "SENDING" | "ENROLLED" | "SKIPPED" | "REJECTED"; reason: string | null; sendDay: Date; enrolledAt: Date | null };

/** The latest enrolments, with their status and reason. */
export const getApolloEnrolments: GetApolloEnrolments<GetApolloEnrolmentsInput, ApolloEnrolmentRow[]> = async (rawArgs, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { sequenceId, status } = parseInput(getApolloEnrolmentsInput, rawArgs);
  const rows = await context.entities.ApolloEnrolment.findMany({
    where: { workspaceId: workspace.id, ...(sequenceId ? { sequenceId } : {}), ...(status ? { status } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 100,
    include: { contact: { select: { name: true, email: true } }, sequence: { select: { name: true } }, mailbox: { select: { email: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    contactName: row.contact.name,
    contactEmail: row.contact.email,
    sequenceName: row.sequence.name,
    mailbox: row.mailbox.email,
    status: row.status,
    reason: row.reason,
    sendDay: row.sendDay,
    enrolledAt: row.enrolledAt,
  }));
};
