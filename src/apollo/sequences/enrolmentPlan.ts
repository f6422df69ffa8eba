/**
 * Who of the contacts picked for a sequence is enrolled now, who waits for a
 * later day, and who is not enrolled at all. Pure.
 *
 * The daily sending cap is per mailbox (the deliverability guard), and the
 * plan's enrolments a day are per workspace: today's room is the smaller of
 * what each leaves.
 */
export type EnrolmentCandidate = { contactId: string; hasEmail: boolean };

export type EnrolmentPlan = {
  /** Counted against today's cap; Apollo is asked now. */
  sendNow: string[];
  /** Over today's cap: queued for the next day. */
  queue: string[];
  /** Not sent to Apollo: no email address. */
  noEmail: string[];
  /** Already asked for in this sequence: nothing changes. */
  alreadyRequested: string[];
};

export function planEnrolment(
  candidates: readonly EnrolmentCandidate[],
  alreadyRequested: ReadonlySet<string>,
  room: { mailboxCap: number; mailboxUsed: number; planLimit: number; workspaceUsed: number },
): EnrolmentPlan {
  const plan: EnrolmentPlan = { sendNow: [], queue: [], noEmail: [], alreadyRequested: [] };
  let left = roomToday(room);
  const seen = new Set<string>();
  for (const { contactId, hasEmail } of candidates) {
    if (seen.has(contactId)) continue;
    seen.add(contactId);
    if (alreadyRequested.has(contactId)) plan.alreadyRequested.push(contactId);
    else if (!hasEmail) plan.noEmail.push(contactId);
    else if (left > 0) {
      plan.sendNow.push(contactId);
      left -= 1;
    } else plan.queue.push(contactId);
  }
  return plan;
}

export function roomToday(room: { mailboxCap: number; mailboxUsed: number; planLimit: number; workspaceUsed: number }): number {
  return Math.max(0, Math.min(room.mailboxCap - room.mailboxUsed, room.planLimit - room.workspaceUsed));
}

/** The UTC day a moment falls on, and the next one, as YYYY-MM-DD. */
export const utcDay = (moment: Date) => moment.toISOString().slice(0, 10);
export const nextUtcDay = (moment: Date) => utcDay(new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate() + 1)));

export type ApolloVerdict = { status: "ENROLLED" } | { status: "SKIPPED" | "REJECTED"; reason: string };

/** Apollo's skip reasons (skipped_contact_ids), in words; a reason Apollo has not documented is a rejection with its code. */
export function verdictOfApolloReason(code: string): ApolloVerdict {
  switch (code) {
    case "contacts_without_email":
      return { status: "SKIPPED", reason: "Apollo has no email address for this contact." };
    case "contacts_already_exists_in_current_campaign":
      return { status: "SKIPPED", reason: "Already in this sequence in Apollo." };
    case "contacts_not_found":
      return { status: "REJECTED", reason: "Apollo does not know this contact (deleted in Apollo?)." };
    case "contacts_with_bounced_email":
      return { status: "REJECTED", reason: "Apollo refused it: its email address has bounced." };
    default:
      return { status: "REJECTED", reason: `Apollo refused it (${code.slice(0, 80)}).` };
  }
}

/** Every contact sent to Apollo, with what its answer says; one it neither added nor skipped is a rejection. */
export function verdictsOfApolloAnswer(sent: readonly string[], added: ReadonlySet<string>, skipped: Readonly<Record<string, string>>): Map<string, ApolloVerdict> {
  const verdicts = new Map<string, ApolloVerdict>();
  for (const id of sent) {
    if (skipped[id] !== undefined) verdicts.set(id, verdictOfApolloReason(skipped[id]));
    else if (added.has(id)) verdicts.set(id, { status: "ENROLLED" });
    else verdicts.set(id, { status: "REJECTED", reason: "Apollo did not confirm adding this contact." });
  }
  return verdicts;
}
