import { randomBytes, randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { testEnvironment } from "./support/testEnvironment";

/**
 * The cookieless page-view api on the real server and database: what it
 * stores (nothing personal), what it drops (bots, bursts) and what it refuses.
 */
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

const uniqueIp = () => `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const uniquePage = (label: string) => `/pv-${label}-${randomBytes(4).toString("hex")}`;

async function reportView(body: unknown, { ip, userAgent = FIREFOX }: { ip: string; userAgent?: string }) {
  const response = await fetch(`${testEnvironment.serverUrl}/api/analytics/page-views`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip, ...(userAgent ? { "user-agent": userAgent } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, setCookie: response.headers.get("set-cookie"), body: text ? JSON.parse(text) : undefined };
}

const storedViews = (pathPrefix: string) =>
  queryRows<Record<string, unknown>>(`SELECT * FROM "PageViewEvent" WHERE path LIKE $1 || '%' ORDER BY "createdAt"`, [pathPrefix]);

describe("POST /api/analytics/page-views", { timeout: 60_000 }, () => {
  it("stores the view without a cookie, the IP or the user agent, and the source it came from", async () => {
    const page = uniquePage("stored");
    const ip = uniqueIp();
    const answer = await reportView({ path: `${page}/3f1c2a9e-1b2c-4d5e-8f90-123456789abc?token=secret`, referrer: "https://www.google.com/search?q=market" }, { ip });
    expect(answer.status).toBe(204);
    expect(answer.setCookie).toBeNull();

    const [row] = await storedViews(page);
    expect(row).toMatchObject({ path: `${page}/:id`, source: "google.com", referrerHost: "google.com" });
    expect(row.visitorHash).toMatch(/^[0-9a-f]{32}$/);
    const stored = JSON.stringify(row);
    for (const personal of [ip, FIREFOX, "Firefox", "secret", "q=market"]) expect(stored).not.toContain(personal);

    // Only today's salt is kept: yesterday's visitors cannot be recomputed.
    const salts = await queryRows<{ day: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM "PageViewSalt"`);
    expect(salts).toEqual([{ day: new Date().toISOString().slice(0, 10) }]);
  });

  it("counts one visitor per IP and browser within the day, and utm_source as the source", async () => {
    const page = uniquePage("visitors");
    const [ip, otherIp] = [uniqueIp(), uniqueIp()];
    for (const [body, from] of [
      [{ path: page, utmSource: "Newsletter" }, ip],
      [{ path: page }, ip],
      [{ path: page, referrer: "" }, otherIp],
    ] as const) {
      expect((await reportView(body, { ip: from })).status).toBe(204);
    }
    const rows = await storedViews(page);
    expect(rows.map((row) => row.source)).toEqual(["newsletter", "direct", "direct"]);
    expect(rows[0].visitorHash).toBe(rows[1].visitorHash);
    expect(rows[2].visitorHash).not.toBe(rows[0].visitorHash);
  });

  it("answers bots and clients without a user agent like anyone, and stores nothing", async () => {
    const page = uniquePage("bots");
    expect((await reportView({ path: page }, { ip: uniqueIp(), userAgent: GOOGLEBOT })).status).toBe(204);
    expect((await reportView({ path: page }, { ip: uniqueIp(), userAgent: "" })).status).toBe(204);
    expect((await reportView({ path: page }, { ip: uniqueIp(), userAgent: "curl/8.5.0" })).status).toBe(204);
    expect(await storedViews(page)).toEqual([]);
  });

  it("drops a burst from one address past its per-minute cap with 429", async () => {
    const cap = Number(process.env.PAGE_VIEWS_PER_MINUTE_PER_IP ?? 60);
    const page = uniquePage("burst");
    const ip = uniqueIp();
    const statuses: number[] = [];
    for (let view = 0; view < cap + 5; view += 1) statuses.push((await reportView({ path: page }, { ip })).status);
    expect(statuses.slice(0, cap).every((status) => status === 204)).toBe(true);
    expect(statuses.slice(cap)).toEqual([429, 429, 429, 429, 429]);
    expect(await storedViews(page)).toHaveLength(cap);
    // Another address is not held back by it.
    expect((await reportView({ path: page }, { ip: uniqueIp() })).status).toBe(204);
  });

  it("refuses bad input with 400 and what is wrong, storing nothing", async () => {
    const page = uniquePage("bad");
    const answer = await reportView({ path: page.slice(1), referrer: "not a url", utmSource: "x".repeat(101), extra: true }, { ip: uniqueIp() });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.data.fieldErrors)).toEqual(expect.arrayContaining(["path", "referrer", "utmSource", "_"]));
    expect((await reportView("just text", { ip: uniqueIp() })).status).toBe(400);
    expect(await storedViews(page)).toEqual([]);
  });
});
