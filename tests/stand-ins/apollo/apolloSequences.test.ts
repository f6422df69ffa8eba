import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApolloStandIn, type ApolloStandIn } from "./apolloStandIn.ts";
import { apolloApi, control, freshKey, type ContactRecord, type Pagination } from "./standInHttp.ts";

/** Sequences, mailboxes and enrolment over real HTTP. */
let standIn: ApolloStandIn;
beforeAll(async () => {
  standIn = await startApolloStandIn();
});
afterAll(() => standIn.close());

interface Campaign {
  id: string;
  name: string;
  active: boolean;
  num_steps: number;
  unique_delivered: number;
  open_rate: number | null;
  reply_rate: number | null;
  click_rate: number | null;
  bounce_rate: number | null;
}
interface Enrolment {
  contacts: ContactRecord[];
  emailer_campaign: { id: string; name: string };
  skipped_contact_ids: Record<string, string>;
  error?: string;
}

function outreach(key: string) {
  const api = apolloApi(standIn.url, key);
  return {
    ...api,
    campaigns: (body: Record<string, unknown> = {}) => api.call<{ emailer_campaigns: Campaign[]; pagination: Pagination }>("POST", "/emailer_campaigns/search", body),
    mailboxes: async () => (await api.call<{ email_accounts: { id: string; email: string; default: boolean }[] }>("GET", "/email_accounts")).body.email_accounts,
    enrol: (sequenceId: string, body: Record<string, unknown>) => api.call<Enrolment>("POST", `/emailer_campaigns/${sequenceId}/add_contact_ids`, body),
  };
}

/** The key's first sequence, its default mailbox and every founder, sorted by what enrolling them should do. */
async function setUp(name: string) {
  const key = freshKey(name);
  const apollo = outreach(key);
  const [sequence] = (await apollo.campaigns()).body.emailer_campaigns;
  const mailbox = (await apollo.mailboxes()).find((candidate) => candidate.default)!;
  const founders = await apollo.allContacts((await apollo.label("Series A SaaS founders")).id);
  const reachable = founders.filter((contact) => contact.email !== null && contact.email_status !== "bounced");
  const withoutEmail = founders.find((contact) => contact.email === null)!;
  const bounced = founders.find((contact) => contact.email_status === "bounced")!;
  const enrol = (contact_ids: unknown[], extra: Record<string, unknown> = {}) =>
    apollo.enrol(sequence.id, { emailer_campaign_id: sequence.id, contact_ids, send_email_from_email_account_id: mailbox.id, ...extra });
  return { key, apollo, sequence, mailbox, reachable, withoutEmail, bounced, enrol };
}

describe("sequences and mailboxes", () => {
  it("lists three sequences with Apollo's stats, rates null where nothing was delivered", async () => {
    const { status, headers, body } = await outreach(freshKey("campaigns")).campaigns();
    expect(status).toBe(200);
    expect(headers.get("x-rate-limit-minute")).toMatch(/^\d+$/);
    expect(body.pagination).toEqual({ page: 1, per_page: 10, total_entries: 3, total_pages: 1 });
    const [founder, logistics, webinar] = body.emailer_campaigns;
    expect(founder).toMatchObject({ name: "Founder intro (3 steps)", active: true, num_steps: 3, id: expect.stringMatching(/^[0-9a-f]{24}$/) });
    expect(founder.unique_delivered).toBeGreaterThan(0);
    expect(founder.open_rate).toBeGreaterThan(0);
    expect(founder.open_rate).toBeLessThan(1);
    expect(Object.keys(founder).sort()).toEqual(
      ["active", "bounce_rate", "click_rate", "created_at", "id", "name", "num_steps", "open_rate", "reply_rate", "unique_bounced", "unique_delivered", "unique_opened", "unique_replied"],
    );
    expect(logistics.name).toBe("Logistics follow-up");
    expect(webinar).toMatchObject({ name: "Q1 webinar invite", unique_delivered: 0, open_rate: null, reply_rate: null, click_rate: null, bounce_rate: null });
  });

  it("searches sequences by name and pages them", async () => {
    const apollo = outreach(freshKey("campaign-search"));
    expect((await apollo.campaigns({ q_name: "webinar" })).body.emailer_campaigns.map((campaign) => campaign.name)).toEqual(["Q1 webinar invite"]);
    const second = await apollo.campaigns({ page: 2, per_page: 2 });
    expect(second.body.emailer_campaigns).toHaveLength(1);
    expect(second.body.pagination).toEqual({ page: 2, per_page: 2, total_entries: 3, total_pages: 2 });
    expect((await apollo.campaigns({ page: "x" })).status).toBe(422);
  });

  it("adds a scenario's sequences after the defaults", async () => {
    const key = freshKey("more-campaigns");
    await control(standIn.url).scenario({ apiKey: key, sequences: [{ name: "Renewal nudge", num_steps: 2 }] });
    const names = (await outreach(key).campaigns()).body.emailer_campaigns.map((campaign) => campaign.name);
    expect(names).toEqual(["Founder intro (3 steps)", "Logistics follow-up", "Q1 webinar invite", "Renewal nudge"]);
  });

  it("has two gmail mailboxes per key, one the default", async () => {
    const mailboxes = (await outreach(freshKey("mailboxes")).call<{ email_accounts: unknown[] }>("GET", "/email_accounts")).body.email_accounts;
    expect(mailboxes).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{24}$/), email: expect.stringMatching(/^sales@[a-z-]+\.example$/), type: "gmail", active: true, default: true, user_id: expect.any(String) },
      { id: expect.stringMatching(/^[0-9a-f]{24}$/), email: expect.stringMatching(/^founder@[a-z-]+\.example$/), type: "gmail", active: true, default: false, user_id: expect.any(String) },
    ]);
  });
});

describe("enrolling contacts", () => {
  it("adds reachable contacts and says why it skipped each of the others", async () => {
    const { sequence, reachable, withoutEmail, bounced, enrol, key } = await setUp("enrol");
    const stranger = outreach(freshKey("stranger"));
    const strangerId = (await stranger.contacts({ contact_label_ids: [(await stranger.labels())[0].id], per_page: 1 })).body.contacts[0].id;
    const { status, body } = await enrol([reachable[0].id, reachable[1].id, reachable[1].id, withoutEmail.id, bounced.id, "ffffffffffffffffffffffff", strangerId]);
    expect(status).toBe(200);
    expect(body.contacts.map((contact) => contact.id)).toEqual([reachable[0].id, reachable[1].id]);
    expect(body.contacts[0]).toEqual(reachable[0]);
    expect(body.emailer_campaign).toEqual({ id: sequence.id, name: sequence.name });
    expect(body.skipped_contact_ids).toEqual({
      [withoutEmail.id]: "contacts_without_email",
      [bounced.id]: "contacts_with_bounced_email",
      ffffffffffffffffffffffff: "contacts_not_found",
      [strangerId]: "contacts_not_found",
    });
    const served = (await control(standIn.url).served(key)).sequences.find((entry) => entry.id === sequence.id);
    expect(served).toMatchObject({ enrolled: 2, enrolledContactIds: [reachable[0].id, reachable[1].id], addContactIdsRequests: 1 });
  });

  it("is idempotent: enrolling again adds nobody and says they are already in the sequence", async () => {
    const { reachable, enrol } = await setUp("again");
    await enrol([reachable[0].id]);
    const { status, body } = await enrol([reachable[0].id, reachable[2].id]);
    expect(status).toBe(200);
    expect(body.contacts.map((contact) => contact.id)).toEqual([reachable[2].id]);
    expect(body.skipped_contact_ids).toEqual({ [reachable[0].id]: "contacts_already_exists_in_current_campaign" });
  });

  it("keeps enrolments per sequence and per key", async () => {
    const { key, apollo, reachable, mailbox, enrol } = await setUp("per-sequence");
    await enrol([reachable[0].id]);
    const other = (await apollo.campaigns()).body.emailer_campaigns[1];
    const elsewhere = await apollo.enrol(other.id, { emailer_campaign_id: other.id, contact_ids: [reachable[0].id], send_email_from_email_account_id: mailbox.id });
    expect(elsewhere.body.contacts).toHaveLength(1);
    const fresh = await setUp("per-key");
    expect((await control(standIn.url).served(fresh.key)).sequences.every((sequence) => sequence.enrolled === 0)).toBe(true);
    expect((await control(standIn.url).served(key)).sequences.map((sequence) => sequence.enrolled)).toEqual([1, 1, 0]);
  });

  it("refuses an unknown sequence (404), and a bad campaign id, mailbox or contact list (422)", async () => {
    const { apollo, sequence, mailbox, reachable, enrol } = await setUp("refusals");
    const unknown = await apollo.enrol("0123456789abcdef01234567", { emailer_campaign_id: "0123456789abcdef01234567", contact_ids: [reachable[0].id], send_email_from_email_account_id: mailbox.id });
    expect(unknown.status).toBe(404);
    const refusals = [
      enrol([reachable[0].id], { emailer_campaign_id: "0123456789abcdef01234567" }),
      enrol([reachable[0].id], { emailer_campaign_id: undefined }),
      enrol([reachable[0].id], { send_email_from_email_account_id: "0123456789abcdef01234567" }),
      enrol([reachable[0].id], { send_email_from_email_account_id: undefined }),
      enrol([]),
      apollo.enrol(sequence.id, { emailer_campaign_id: sequence.id, send_email_from_email_account_id: mailbox.id }),
    ];
    for (const refusal of await Promise.all(refusals)) {
      expect(refusal.status).toBe(422);
      expect(refusal.body.error).toEqual(expect.any(String));
    }
    expect((await enrol([reachable[0].id])).body.contacts).toHaveLength(1);
  });

  it("forgets enrolments on reset", async () => {
    const own = await startApolloStandIn();
    try {
      const key = freshKey("enrol-reset");
      const apollo = apolloApi(own.url, key);
      const sequence = (await apollo.call<{ emailer_campaigns: Campaign[] }>("POST", "/emailer_campaigns/search", {})).body.emailer_campaigns[0];
      const mailbox = (await apollo.call<{ email_accounts: { id: string }[] }>("GET", "/email_accounts")).body.email_accounts[0];
      const contact = (await apollo.allContacts((await apollo.labels())[0].id)).find((candidate) => candidate.email_status === "verified")!;
      const body = { emailer_campaign_id: sequence.id, contact_ids: [contact.id], send_email_from_email_account_id: mailbox.id };
      await apollo.call("POST", `/emailer_campaigns/${sequence.id}/add_contact_ids`, body);
      await control(own.url).reset();
      const again = await apollo.call<Enrolment>("POST", `/emailer_campaigns/${sequence.id}/add_contact_ids`, body);
      expect(again.body.contacts).toHaveLength(1);
    } finally {
      await own.close();
    }
  });
});
