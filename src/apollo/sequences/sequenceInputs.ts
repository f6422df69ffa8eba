import { z } from "zod";

export const MAX_CONTACTS_PER_ENROLMENT = 500;

export const enrolContactsInput = z
  .object({
    sequenceId: z.string().uuid("Pick a sequence."),
    mailboxId: z.string().uuid("Pick the mailbox to send from."),
    contactIds: z
      .array(z.string().uuid("Pick contacts from a synced list."))
      .min(1, "Pick at least one contact.")
      .max(MAX_CONTACTS_PER_ENROLMENT, `Enrol at most ${MAX_CONTACTS_PER_ENROLMENT} contacts at a time.`),
  })
  .strict();
export type EnrolContactsInput = z.input<typeof enrolContactsInput>;

export const setApolloDailySendCapInput = z
  .object({ dailySendCap: z.number().int("A whole number of emails.").min(1, "At least 1 a day.").max(500, "At most 500 a day per mailbox: more harms deliverability.") })
  .strict();
export type SetApolloDailySendCapInput = z.input<typeof setApolloDailySendCapInput>;

export const getApolloEnrolmentsInput = z
  .object({
    sequenceId: z.string().uuid().optional(),
    status: z.enum(["QUEUED", "SENDING", "ENROLLED", "SKIPPED", "REJECTED"]).optional(),
  })
  .strict();
export type GetApolloEnrolmentsInput = z.input<typeof getApolloEnrolmentsInput>;
