import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApolloStandIn, type ApolloStandIn } from "./apolloStandIn.ts";
import { apolloApi, control, freshKey } from "./standInHttp.ts";

/** The stand-in's lists over real HTTP: defaults, record shapes, paging, Apollo's caps, scenarios and keys. */
let standIn: ApolloStandIn;
beforeAll(async () => {
  standIn = await startApolloStandIn();
});
afterAll(() => standIn.close());

const api = (key: string) => apolloApi(standIn.url, key);

describe("default lists", () => {
  it("gives every master key three contact lists and one account list, with Apollo's label shape", async () => {
    const { status, headers, body } = await api(freshKey("defaults")).call<unknown[]>("GET", "/labels");
    expect(status).toBe(200);
    expect(headers.get("x-minute-requests-left")).toMatch(/^\d+$/);
    expect(body).toEqual([
      expect.objectContaining({ name: "Series A SaaS founders", modality: "contacts", cached_count: 240 }),
      expect.objectContaining({ name: "EU logistics buyers", modality: "contacts", cached_count: 180 }),
      expect.objectContaining({ name: "Churn-risk champions", modality: "contacts", cached_count: 35 }),
      expect.objectContaining({ name: "Target accounts: DACH", modality: "accounts", cached_count: 60 }),
    ]);
    for (const label of body) {
      expect(Object.keys(label as object).sort()).toEqual(["cached_count", "created_at", "id", "modality", "name", "updated_at"]);
      expect((label as { id: string }).id).toMatch(/^[0-9a-f]{24}$/);
    }
  });

  it("shares 60 people (same ids) between the founders and the logistics buyers", async () => {
    const key = freshKey("overlap");
    const founders = new Set(await control(standIn.url).members(key, "Series A SaaS founders"));
    const buyers = await control(standIn.url).members(key, "EU logistics buyers");
    expect(buyers.filter((id) => founders.has(id))).toHaveLength(60);
    const both = buyers.find((id) => founders.has(id));
    const labels = await api(key).labels();
    const contacts = await api(key).allContacts(labels[1].id);
    expect(contacts.find((contact) => contact.id === both)?.label_ids.sort()).toEqual([labels[0].id, labels[1].id].sort());
  });

  it("makes plausible contacts at shared companies, with unique emails at the company's domain", async () => {
    const key = freshKey("contacts");
    const [founders] = await api(key).labels();
    const contacts = await api(key).allContacts(founders.id);
    expect(contacts).toHaveLength(240);
    expect(new Set(contacts.map((contact) => contact.id)).size).toBe(240);
    for (const contact of contacts) {
      expect(Object.keys(contact).sort()).toEqual(
        ["account_id", "email", "email_status", "first_name", "id", "label_ids", "last_name", "linkedin_url", "name", "organization_id", "organization_name", "title", "updated_at"],
      );
      expect(contact.id).toMatch(/^[0-9a-f]{24}$/);
      expect(contact.account_id).toMatch(/^[0-9a-f]{24}$/);
      expect(contact.name).toBe(`${contact.first_name} ${contact.last_name}`);
      expect(new Date(contact.updated_at).toISOString()).toBe(contact.updated_at);
      if (contact.email === null) expect(contact.email_status).toBe("unavailable");
      else expect(contact.email).toBe(`${contact.first_name}.${contact.last_name}@`.toLowerCase() + contact.email.split("@")[1]);
    }
    const emails = contacts.flatMap((contact) => (contact.email ? [contact.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    const withoutEmail = contacts.length - emails.length;
    expect(withoutEmail).toBeGreaterThan(15);
    expect(withoutEmail).toBeLessThan(60);
    const companies = new Map(contacts.map((contact) => [contact.organization_id, contact.email?.split("@")[1]]));
    expect(companies.size).toBeLessThan(150);
    expect(companies.size).toBeGreaterThan(50);
    const perCompany = Map.groupBy(contacts, (contact) => contact.organization_id);
    expect(Math.max(...[...perCompany.values()].map((people) => people.length))).toBeGreaterThanOrEqual(5);
    for (const contact of contacts) expect(contact.account_id).toBe(contacts.find((other) => other.organization_id === contact.organization_id)?.account_id);
  });

  it("pages an account list with Apollo's account shape", async () => {
    const key = freshKey("accounts");
    const dach = await api(key).label("Target accounts: DACH");
    const { status, body } = await api(key).accounts({ account_label_ids: [dach.id], page: 2, per_page: 25 });
    expect(status).toBe(200);
    expect(body.pagination).toEqual({ page: 2, per_page: 25, total_entries: 60, total_pages: 3 });
    expect(body.accounts).toHaveLength(25);
    expect(body.accounts[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/), name: expect.any(String), domain: expect.stringMatching(/^[a-z0-9-]+\.[a-z]+$/),
      organization_id: expect.stringMatching(/^[0-9a-f]{24}$/), label_ids: [dach.id], updated_at: expect.any(String),
    });
  });

  it("answers the same ids and records from a fresh stand-in (stable across restarts)", async () => {
    const key = freshKey("stable");
    const other = await startApolloStandIn();
    try {
      const first = await api(key).contacts({ contact_label_ids: [(await api(key).labels())[2].id], per_page: 35 });
      const again = await apolloApi(other.url, key).contacts({ contact_label_ids: [(await apolloApi(other.url, key).labels())[2].id], per_page: 35 });
      expect(again.body).toEqual(first.body);
    } finally {
      await other.close();
    }
  });
});

describe("paging a list", () => {
  it("defaults to page 1 of 10, serves at most 100 a page, and reports the true total", async () => {
    const key = freshKey("paging");
    const founders = await api(key).label("Series A SaaS founders");
    const byDefault = await api(key).contacts({ contact_label_ids: [founders.id] });
    expect(byDefault.body.pagination).toEqual({ page: 1, per_page: 10, total_entries: 240, total_pages: 24 });
    expect(byDefault.body.contacts).toHaveLength(10);
    const clamped = await api(key).contacts({ contact_label_ids: [founders.id], per_page: 250, page: 3 });
    expect(clamped.body.pagination).toEqual({ page: 3, per_page: 100, total_entries: 240, total_pages: 3 });
    expect(clamped.body.contacts).toHaveLength(40);
    const past = await api(key).contacts({ contact_label_ids: [founders.id], per_page: 100, page: 4 });
    expect(past.body.contacts).toEqual([]);
    const paged = (await api(key).allContacts(founders.id)).map((contact) => contact.id);
    expect(paged).toEqual(await control(standIn.url).members(key, founders.name));
  });

  it("filters by q_keywords", async () => {
    const key = freshKey("keywords");
    const founders = await api(key).label("Series A SaaS founders");
    const { body } = await api(key).contacts({ contact_label_ids: [founders.id], q_keywords: "founder", per_page: 100 });
    expect(body.contacts.length).toBeGreaterThan(0);
    expect(body.contacts.every((contact) => /founder/i.test(`${contact.title} ${contact.name} ${contact.organization_name}`))).toBe(true);
  });

  it("answers an empty page for a list id the key does not have, or of the other kind", async () => {
    const key = freshKey("unknown-list");
    const dach = await api(key).label("Target accounts: DACH");
    for (const id of ["0123456789abcdef01234567", dach.id]) {
      const { status, body } = await api(key).contacts({ contact_label_ids: [id], page: 1 });
      expect(status).toBe(200);
      expect(body).toEqual({ contacts: [], pagination: { page: 1, per_page: 10, total_entries: 0, total_pages: 0 } });
    }
  });

  it("refuses missing or invalid fields with a 422 and a message", async () => {
    const key = freshKey("invalid");
    const founders = await api(key).label("Series A SaaS founders");
    const bodies: unknown[] = [{}, { contact_label_ids: [] }, { contact_label_ids: founders.id }, { contact_label_ids: [founders.id], page: 0 },
      { contact_label_ids: [founders.id], per_page: "many" }, { contact_label_ids: [founders.id], page: 1.5 }, "{not json"];
    for (const body of bodies) {
      const answer = await api(key).call<{ error: string }>("POST", "/contacts/search", body);
      expect(answer.status).toBe(422);
      expect(answer.body.error).toEqual(expect.any(String));
    }
    expect((await control(standIn.url).served(key)).lists[0].statuses["422"]).toBe(3);
  });

  it("caps a search at 500 pages: page 500 of a 50,001-member list is served, page 501 is a 422", async () => {
    const key = freshKey("cap");
    const [big] = await control(standIn.url).scenario({ apiKey: key, lists: [{ name: "Everyone", modality: "contacts", size: 50_001 }] });
    const last = await api(key).contacts({ contact_label_ids: [big.id], page: 500, per_page: 100 });
    expect(last.status).toBe(200);
    expect(last.body.contacts).toHaveLength(100);
    expect(last.body.pagination).toEqual({ page: 500, per_page: 100, total_entries: 50_001, total_pages: 501 });
    const over = await api(key).contacts({ contact_label_ids: [big.id], page: 501, per_page: 100 });
    expect(over.status).toBe(422);
    expect(over.body.error).toMatch(/500/);
  });

  it("holds a list of 120,000 without building it up front", async () => {
    const key = freshKey("huge");
    const startedAt = Date.now();
    const [huge] = await control(standIn.url).scenario({ apiKey: key, replaceDefaults: true, lists: [{ name: "Huge", modality: "contacts", size: 120_000 }] });
    expect(huge.size).toBe(120_000);
    expect((await api(key).labels()).map((label) => [label.name, label.cached_count])).toEqual([["Huge", 120_000]]);
    const page = await api(key).contacts({ contact_label_ids: [huge.id], page: 321, per_page: 100 });
    expect(page.body.contacts).toHaveLength(100);
    expect(page.body.pagination.total_pages).toBe(1200);
    expect(Date.now() - startedAt).toBeLessThan(3000);
  });
});

describe("scenarios and keys", () => {
  it("keeps each key's lists to itself: same names, different ids, a scenario changes only its key", async () => {
    const [one, two] = [freshKey("ns-one"), freshKey("ns-two")];
    await control(standIn.url).scenario({ apiKey: one, lists: [{ name: "Only mine", modality: "contacts", size: 12 }] });
    const mine = await api(one).labels();
    const theirs = await api(two).labels();
    expect(mine.map((label) => label.name)).toEqual([...theirs.map((label) => label.name), "Only mine"]);
    expect(mine[0].id).not.toBe(theirs[0].id);
    expect((await control(standIn.url).members(one, "Series A SaaS founders"))[0]).not.toBe((await control(standIn.url).members(two, "Series A SaaS founders"))[0]);
  });

  it("hides the defaults on request, lets a scenario list replace a default of its name, and overlaps lists", async () => {
    const key = freshKey("replace");
    const lists = await control(standIn.url).scenario({
      apiKey: key,
      lists: [
        { name: "Series A SaaS founders", modality: "contacts", size: 30 },
        { name: "Mirror", modality: "contacts", size: 20, overlapWith: { listName: "Series A SaaS founders", count: 15 } },
      ],
    });
    expect(lists.map((list) => [list.name, list.size])).toEqual([["Series A SaaS founders", 30], ["Mirror", 20]]);
    expect((await api(key).labels()).map((label) => label.name)).toEqual(["EU logistics buyers", "Churn-risk champions", "Target accounts: DACH", "Series A SaaS founders", "Mirror"]);
    const founders = new Set(await control(standIn.url).members(key, "Series A SaaS founders"));
    expect((await control(standIn.url).members(key, "Mirror")).filter((id) => founders.has(id))).toHaveLength(15);

    await control(standIn.url).scenario({ apiKey: key, lists: [{ name: "Alone", modality: "accounts", size: 3, replaceDefaults: true }] });
    expect((await api(key).labels()).map((label) => label.name)).toEqual(["Alone"]);
    await control(standIn.url).scenario({ apiKey: key, replaceDefaults: true });
    expect(await api(key).labels()).toEqual([]);
  });

  it("refuses a scenario it cannot play, saying why", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ lists: [] }, /apiKey/],
      [{ apiKey: "k", lists: [{ name: "A", modality: "people", size: 1 }] }, /modality/],
      [{ apiKey: "k", lists: [{ name: "A", modality: "contacts", size: 1, faults: { rateLimitEvery: 2 } }] }, /rateLimitEvery/],
      [{ apiKey: "k", lists: [{ name: "A", modality: "contacts", size: 5, overlapWith: { listName: "Nope", count: 1 } }] }, /Nope/],
      [{ apiKey: "k", lists: [{ name: "A", modality: "contacts", size: 5 }, { name: "A", modality: "contacts", size: 5 }] }, /two lists/],
    ];
    for (const [scenario, message] of cases) {
      const { status, body } = await control(standIn.url).post<{ error: string }>("/scenarios", scenario);
      expect(status).toBe(422);
      expect(body.error).toMatch(message);
    }
    expect(() => standIn.defineScenario({ apiKey: "k", lists: [{ name: "A", modality: "contacts", size: -1 }] })).toThrow(/size/);
  });

  it("refuses standard keys on every master endpoint, and bad keys everywhere", async () => {
    const calls: [string, string, unknown?][] = [["GET", "/labels"], ["POST", "/contacts/search", {}], ["POST", "/accounts/search", {}], ["POST", "/emailer_campaigns/search", {}],
      ["GET", "/email_accounts"], ["POST", "/emailer_campaigns/0123456789abcdef01234567/add_contact_ids", {}]];
    for (const [method, path, body] of calls) {
      expect((await apolloApi(standIn.url, "apollo-standard-key-7").call(method, path, body)).status).toBe(403);
      expect((await apolloApi(standIn.url, "apollo-forbidden-key").call(method, path, body)).status).toBe(403);
      expect((await apolloApi(standIn.url, "apollo-invalid-key").call(method, path, body)).status).toBe(401);
      expect((await apolloApi(standIn.url, "").call(method, path, body)).status).toBe(401);
    }
  });
});
