import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApolloStandIn, type ApolloStandIn } from "./apolloStandIn.ts";
import { apolloApi, control, freshKey } from "./standInHttp.ts";

/** Lists that change while being paged, their faults, and the control channel that steers and reports them. */
let standIn: ApolloStandIn;
beforeAll(async () => {
  standIn = await startApolloStandIn();
});
afterAll(() => standIn.close());

const api = (key: string) => apolloApi(standIn.url, key);
const channel = () => control(standIn.url);

/** A key with one contact list "L" of `size` and the given faults or changes; returns the key, the list id and a pager. */
async function listWith(name: string, size: number, extra: Record<string, unknown> = {}) {
  const key = freshKey(name);
  const [list] = await channel().scenario({ apiKey: key, replaceDefaults: true, lists: [{ name: "L", modality: "contacts", size, ...extra }] });
  const page = (page: number, per_page = 10, signal?: AbortSignal) => api(key).contacts({ contact_label_ids: [list.id], page, per_page }, signal);
  return { key, id: list.id, page };
}

describe("changes while paging", () => {
  it("removes members before and after the pager and adds new ones at the head, right after page k, once", async () => {
    const { key, page } = await listWith("changes", 40, { changes: [{ afterPage: 2, addAtHead: 3, remove: 4 }] });
    const before = await channel().members(key, "L");
    await page(1);
    expect(await channel().members(key, "L")).toEqual(before);
    const second = await page(2);
    expect(second.body.contacts.map((contact) => contact.id)).toEqual(before.slice(10, 20));
    const after = await channel().members(key, "L");
    expect(after).toHaveLength(39);
    const removed = before.filter((id) => !after.includes(id));
    expect(removed).toHaveLength(4);
    expect(removed.filter((id) => before.indexOf(id) < 20)).toHaveLength(2);
    const added = after.slice(0, 3);
    expect(added.every((id) => !before.includes(id))).toBe(true);
    expect(after.slice(3)).toEqual(before.filter((id) => !removed.includes(id)));
    expect((await api(key).labels())[0].cached_count).toBe(39);
    // The next page now starts with what was at position 20 shifted by the change: +3 at the head, -2 before it.
    expect((await page(3)).body.contacts[0].id).toBe(after[20]);
    await page(2);
    expect(await channel().members(key, "L")).toEqual(after);
    expect((await channel().served(key)).lists[0].pagesServed).toEqual({ "1": 1, "2": 2, "3": 1 });
  });

  it("changes a list on request through the control channel", async () => {
    const key = freshKey("change-now");
    const before = await channel().members(key, "Churn-risk champions");
    const { status, body } = await channel().post<{ added: string[]; removed: string[] }>("/lists/change", { apiKey: key, listName: "Churn-risk champions", addAtHead: 2, remove: 5 });
    expect(status).toBe(200);
    expect(body.added).toHaveLength(2);
    expect(body.removed).toHaveLength(5);
    const after = await channel().members(key, "Churn-risk champions");
    expect(after).toEqual([...body.added, ...before.filter((id) => !body.removed.includes(id))]);
    expect(before.indexOf(body.removed[0])).toBeLessThan(10);
    expect(before.indexOf(body.removed[4])).toBeGreaterThan(25);
    expect((await api(key).label("Churn-risk champions")).cached_count).toBe(32);
  });

  it("touches the first members: a new title and a later updated_at, the rest unchanged", async () => {
    const key = freshKey("touch");
    const founders = await api(key).label("Series A SaaS founders");
    const before = (await api(key).contacts({ contact_label_ids: [founders.id], per_page: 5 })).body.contacts;
    const { body } = await channel().post<{ ids: string[] }>("/records/touch", { apiKey: key, listName: founders.name, count: 3 });
    expect(body.ids).toEqual(before.slice(0, 3).map((contact) => contact.id));
    const after = (await api(key).contacts({ contact_label_ids: [founders.id], per_page: 5 })).body.contacts;
    for (const at of [0, 1, 2]) {
      expect(after[at].title).not.toBe(before[at].title);
      expect(after[at].updated_at > before[at].updated_at).toBe(true);
      expect({ ...after[at], title: "", updated_at: "" }).toEqual({ ...before[at], title: "", updated_at: "" });
    }
    expect(after.slice(3)).toEqual(before.slice(3));
    // A touch changes the records, not the list.
    expect((await api(key).labels())[0].updated_at).toBe(founders.updated_at);
  });

  it("answers 404 for a list the key does not have, 422 without a key", async () => {
    expect((await channel().get("/lists/members", { apiKey: freshKey("none"), listName: "Nope" })).status).toBe(404);
    expect((await channel().get("/lists/members", { listName: "Nope" })).status).toBe(422);
    expect((await channel().post("/records/touch", { apiKey: "k", listName: "Series A SaaS founders" })).status).toBe(422);
  });
});

describe("faults", () => {
  it("answers every n-th request with a 429 and Retry-After: 1", async () => {
    const { key, page } = await listWith("retry-after", 50, { faults: { rateLimitRetryAfterEvery: 3 } });
    const statuses = [];
    for (const number of [1, 2, 3, 3, 4, 5]) statuses.push(await page(number));
    expect(statuses.map((answer) => answer.status)).toEqual([200, 200, 429, 200, 200, 429]);
    expect(statuses[2].headers.get("retry-after")).toBe("1");
    expect(statuses[2].body).toEqual({ message: expect.stringMatching(/^The maximum number of api calls allowed for api\/v1\/contacts\/search is \d+ times per minute/) });
    expect((await channel().served(key)).lists[0]).toMatchObject({ requests: 6, statuses: { "200": 4, "429": 2, "502": 0 }, pagesServed: { "1": 1, "2": 1, "3": 1, "4": 1 } });
  });

  it("answers every n-th request with a 429 without Retry-After", async () => {
    const { page } = await listWith("no-header", 50, { faults: { rateLimitNoHeaderEvery: 2 } });
    expect((await page(1)).status).toBe(200);
    const limited = await page(2);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeNull();
    expect((await page(2)).status).toBe(200);
  });

  it("answers every n-th request with a 502 HTML page", async () => {
    const { key, page } = await listWith("html", 50, { faults: { serverErrorHtmlEvery: 2 } });
    await page(1);
    const broken = await page(2);
    expect(broken.status).toBe(502);
    expect(broken.headers.get("content-type")).toBe("text/html");
    expect(broken.body).toBe("<html><body><h1>502 Bad Gateway</h1></body></html>");
    expect((await channel().served(key)).lists[0].statuses["502"]).toBe(1);
  });

  it("never answers the first request for a hanging page, then answers it", async () => {
    const { key, page } = await listWith("hang", 50, { faults: { hangPages: [2] } });
    expect((await page(1)).status).toBe(200);
    await expect(page(2, 10, AbortSignal.timeout(300))).rejects.toThrow();
    expect((await page(2)).status).toBe(200);
    expect((await channel().served(key)).lists[0]).toMatchObject({ hung: 1, pagesServed: { "1": 1, "2": 1 } });
  });

  it("ends a hanging request on reset", async () => {
    const own = await startApolloStandIn();
    try {
      const key = freshKey("hang-reset");
      const [list] = await control(own.url).scenario({ apiKey: key, lists: [{ name: "H", modality: "contacts", size: 5, faults: { hangPages: [1] } }] });
      const hanging = apolloApi(own.url, key).contacts({ contact_label_ids: [list.id] });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await control(own.url).reset();
      await expect(hanging).rejects.toThrow();
      expect((await apolloApi(own.url, key).labels()).map((label) => label.name)).not.toContain("H");
    } finally {
      await own.close();
    }
  });

  it("delays every page by slowPagesMs", async () => {
    const { page } = await listWith("slow", 20, { faults: { slowPagesMs: 150 } });
    const startedAt = Date.now();
    expect((await page(1)).status).toBe(200);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  it("keeps a real minute window per list when it has a minuteLimit", async () => {
    const { page } = await listWith("minute", 50, { faults: { minuteLimit: 2 } });
    const first = await page(1);
    expect(first.headers.get("x-rate-limit-minute")).toBe("2");
    expect(first.headers.get("x-minute-requests-left")).toBe("1");
    expect((await page(2)).headers.get("x-minute-requests-left")).toBe("0");
    const over = await page(3);
    expect(over.status).toBe(429);
    expect(over.body).toEqual({ message: expect.stringContaining("is 2 times per minute") });
  });
});

describe("reports and reset", () => {
  it("reports what it served per list and keeps keys apart", async () => {
    const { key, page, id } = await listWith("served", 30);
    await page(1);
    await page(1);
    await page(501);
    const report = await channel().served(key);
    expect(report.lists).toEqual([{ name: "L", id, modality: "contacts", size: 30, requests: 3, pagesServed: { "1": 2 }, statuses: { "200": 2, "422": 1, "429": 0, "502": 0 }, hung: 0 }]);
    expect(report.sequences.map((sequence) => sequence.name)).toEqual(["Founder intro (3 steps)", "Logistics follow-up", "Q1 webinar invite"]);
    expect((await channel().served(freshKey("other"))).lists.every((list) => list.requests === 0)).toBe(true);
  });

  it("forgets scenarios, counters and the request log on reset", async () => {
    const own = await startApolloStandIn();
    try {
      const key = freshKey("reset");
      const [list] = await control(own.url).scenario({ apiKey: key, lists: [{ name: "Gone", modality: "contacts", size: 5 }] });
      await apolloApi(own.url, key).contacts({ contact_label_ids: [list.id] });
      await control(own.url).post("/records/touch", { apiKey: key, listName: "Series A SaaS founders", count: 1 });
      const touched = (await apolloApi(own.url, key).allContacts((await apolloApi(own.url, key).labels())[0].id))[0];
      expect((await control(own.url).reset()).status).toBe(200);
      expect(own.requests).toEqual([]);
      expect((await control(own.url).served(key)).lists.every((entry) => entry.requests === 0)).toBe(true);
      expect((await apolloApi(own.url, key).labels()).map((label) => label.name)).toEqual(["Series A SaaS founders", "EU logistics buyers", "Churn-risk champions", "Target accounts: DACH"]);
      const fresh = (await apolloApi(own.url, key).allContacts((await apolloApi(own.url, key).labels())[0].id))[0];
      expect(fresh.id).toBe(touched.id);
      expect(fresh.updated_at < touched.updated_at).toBe(true);
    } finally {
      await own.close();
    }
  });
});
