import { hexId, sha, type Contact } from "./people.ts";

/**
 * Sequences (Apollo's emailer campaigns), the key's mailboxes (email accounts)
 * and who is enrolled where. Stats are static: enrolling does not move them.
 * Rates are fractions (0.465 = 46.5%) rounded to 3 places, null while a
 * sequence has delivered nothing, as Apollo answers.
 */
export interface Sequence {
  id: string;
  name: string;
  active: boolean;
  num_steps: number;
  unique_delivered: number;
  unique_opened: number;
  unique_replied: number;
  unique_bounced: number;
  unique_clicked: number;
  created_at: string;
}
export interface Mailbox {
  id: string;
  email: string;
  type: "gmail";
  active: true;
  default: boolean;
  user_id: string;
}
export interface Outreach {
  sequences: Sequence[];
  mailboxes: Mailbox[];
  /** Sequence id -> pool indices of its contacts, in the order they were enrolled. */
  enrolled: Map<string, number[]>;
  addRequests: Map<string, number>;
}
export interface SequenceSpec {
  name: string;
  active?: boolean;
  num_steps?: number;
}
export type Answer = { status: number; body: unknown };

type Stats = Pick<Sequence, "active" | "num_steps" | "unique_delivered" | "unique_opened" | "unique_replied" | "unique_bounced" | "unique_clicked">;
const quiet = (active: boolean, steps: number): Stats => ({
  active, num_steps: steps, unique_delivered: 0, unique_opened: 0, unique_replied: 0, unique_bounced: 0, unique_clicked: 0,
});
export const DEFAULT_SEQUENCES: [string, Stats][] = [
  ["Founder intro (3 steps)", { active: true, num_steps: 3, unique_delivered: 1284, unique_opened: 597, unique_replied: 116, unique_bounced: 31, unique_clicked: 64 }],
  ["Logistics follow-up", { active: true, num_steps: 4, unique_delivered: 356, unique_opened: 141, unique_replied: 22, unique_bounced: 12, unique_clicked: 9 }],
  ["Q1 webinar invite", quiet(false, 2)],
];
const senders = ["brightwave", "northstar", "pipeline", "meridian", "foundry", "copperleaf"];

export function createOutreach(key: string, extra: SequenceSpec[] = []): Outreach {
  const sequences = DEFAULT_SEQUENCES.map(([name, stats], at) => sequence(key, name, stats, at));
  for (const spec of extra) {
    const made = sequence(key, spec.name, quiet(spec.active ?? true, spec.num_steps ?? 3), sequences.length);
    const same = sequences.findIndex((existing) => existing.name === spec.name);
    if (same >= 0) sequences[same] = { ...made, created_at: sequences[same].created_at };
    else sequences.push(made);
  }
  const domain = `${senders[sha(`sender:${key}`)[0] % senders.length]}-growth.example`;
  const userId = hexId(`user:${key}`);
  const mailboxes = ["sales", "founder"].map((local, at): Mailbox => {
    const email = `${local}@${domain}`;
    return { id: hexId(`mailbox:${key}:${email}`), email, type: "gmail", active: true, default: at === 0, user_id: userId };
  });
  return { sequences, mailboxes, enrolled: new Map(), addRequests: new Map() };
}

function sequence(key: string, name: string, stats: Stats, at: number): Sequence {
  return { id: hexId(`sequence:${key}:${name}`), name, ...stats, created_at: new Date(Date.UTC(2024, 10, 4) + at * 17 * 86_400_000).toISOString() };
}

const rate = (count: number, delivered: number) => (delivered === 0 ? null : Math.round((count / delivered) * 1000) / 1000);

export function campaignOf(sequence: Sequence) {
  const { unique_clicked: clicked, ...shown } = sequence;
  const delivered = sequence.unique_delivered;
  return {
    ...shown,
    open_rate: rate(sequence.unique_opened, delivered),
    reply_rate: rate(sequence.unique_replied, delivered),
    click_rate: rate(clicked, delivered),
    bounce_rate: rate(sequence.unique_bounced, delivered),
  };
}

/** A body field that must be a positive integer when present (numbers or digit strings). */
export function positiveInteger(body: Record<string, unknown>, field: string, fallback: number): number | string {
  const value = body[field];
  if (value === undefined || value === null) return fallback;
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1) return `${field} must be a positive integer`;
  return number;
}

export function searchSequences(outreach: Outreach, body: Record<string, unknown>): Answer {
  const page = positiveInteger(body, "page", 1);
  const perPage = positiveInteger(body, "per_page", 10);
  if (typeof page === "string") return { status: 422, body: { error: page } };
  if (typeof perPage === "string") return { status: 422, body: { error: perPage } };
  if (body.q_name !== undefined && body.q_name !== null && typeof body.q_name !== "string") return { status: 422, body: { error: "q_name must be a string" } };
  const query = typeof body.q_name === "string" ? body.q_name.trim().toLowerCase() : "";
  const matching = outreach.sequences.filter((sequence) => sequence.name.toLowerCase().includes(query));
  const size = Math.min(perPage, 100);
  return {
    status: 200,
    body: {
      emailer_campaigns: matching.slice((page - 1) * size, page * size).map(campaignOf),
      pagination: { page, per_page: size, total_entries: matching.length, total_pages: Math.ceil(matching.length / size) },
    },
  };
}

export type SkipReason = "contacts_not_found" | "contacts_without_email" | "contacts_with_bounced_email" | "contacts_already_exists_in_current_campaign";

/**
 * POST /emailer_campaigns/{id}/add_contact_ids. `contactOf` finds a contact of
 * the key's pool by id (null when it is not one). Duplicate ids in one request
 * count once.
 */
export function addContactIds(outreach: Outreach, sequenceId: string, body: Record<string, unknown>, contactOf: (id: string) => { index: number; contact: Contact } | null): Answer {
  const sequence = outreach.sequences.find((candidate) => candidate.id === sequenceId);
  if (!sequence) return { status: 404, body: { error: `Emailer campaign ${sequenceId} not found` } };
  outreach.addRequests.set(sequence.id, (outreach.addRequests.get(sequence.id) ?? 0) + 1);
  if (body.emailer_campaign_id !== sequenceId) {
    return { status: 422, body: { error: "emailer_campaign_id is required and must be the id in the path" } };
  }
  const mailboxId = body.send_email_from_email_account_id;
  if (typeof mailboxId !== "string" || mailboxId === "") return { status: 422, body: { error: "send_email_from_email_account_id is required" } };
  if (!outreach.mailboxes.some((mailbox) => mailbox.id === mailboxId)) {
    return { status: 422, body: { error: `Email account ${mailboxId} not found` } };
  }
  const ids = body.contact_ids;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === "string")) {
    return { status: 422, body: { error: "contact_ids must be a non-empty array of contact ids" } };
  }
  let enrolled = outreach.enrolled.get(sequence.id);
  if (!enrolled) {
    enrolled = [];
    outreach.enrolled.set(sequence.id, enrolled);
  }
  const already = new Set(enrolled);
  const added: Contact[] = [];
  const skipped: Record<string, SkipReason> = {};
  for (const id of new Set(ids as string[])) {
    const found = contactOf(id);
    if (!found) skipped[id] = "contacts_not_found";
    else if (found.contact.email === null) skipped[id] = "contacts_without_email";
    else if (found.contact.email_status === "bounced") skipped[id] = "contacts_with_bounced_email";
    else if (already.has(found.index)) skipped[id] = "contacts_already_exists_in_current_campaign";
    else {
      already.add(found.index);
      enrolled.push(found.index);
      added.push(found.contact);
    }
  }
  return { status: 200, body: { contacts: added, emailer_campaign: { id: sequence.id, name: sequence.name }, skipped_contact_ids: skipped } };
}
