import { beforeAll, describe, expect, it } from "vitest";
import { lexiconScore } from "../../src/sentiment/lexiconSentiment";
import { queryRows } from "./support/database";
import { callOperation, clientOrigin, corsPreflight, sendRaw, signUpVerifiedUser } from "./support/httpClient";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

interface ImportResult {
  totalRows: number;
  added: number;
  duplicates: number;
  rejected: number;
  rejectedRows: { line: number; reason: string }[];
}

interface ListedMention {
  id: string;
  text: string;
  sourceName: string | null;
  sourceUrl: string | null;
  author: string | null;
  publishedAt: Date;
  score: number;
}

interface CompanySentiment {
  months: number;
  mentionCount: number;
  averageScore: number | null;
  positiveShare: number;
  negativeShare: number;
  neutralShare: number;
  series: { month: string; averageScore: number | null; mentionCount: number }[];
  mostPositive: ListedMention[];
  mostNegative: ListedMention[];
}

type ErrorBody = { message: string; data?: { fieldErrors?: Record<string, string[]> } };

const IMPORT_PATH = "/api/sentiment/mentions/import";
const importCsv = (csv: string, sessionId?: string, query = "", contentType = "text/csv") =>
  sendRaw("POST", `${IMPORT_PATH}${query}`, csv, contentType, sessionId);

/** A day of the month `months` before the current one (UTC), as the CSV writes it. */
function dayMonthsAgo(months: number, day: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day)).toISOString().slice(0, 10);
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const csvOf = (header: string, rows: string[][]) => [header, ...rows.map((row) => row.map(csvCell).join(","))].join("\n") + "\n";
const HEADER = "text,source,url,author,published_at,company";

describe("mentions CSV import", () => {
  let alice: { email: string; sessionId: string };
  let bob: { email: string; sessionId: string };
  let aliceWorkspaceId: string;
  let acmeId: string;
  let ownId: string;
  let bobCompanyId: string;

  const goodRows = () => [
    ["Fantastic onboarding, the team loves the weekly alerts.", "g2", "https://www.g2.com/products/acme/reviews/1", "Dana K.", dayMonthsAgo(2, 3), "https://www.acme-sentiment.example.com/"],
    ["Terrible support: we waited two weeks and the export is still broken.", "Capterra", "https://www.capterra.com/p/1/reviews/2", "Lee", dayMonthsAgo(1, 10), "acme-sentiment.example.com"],
    ["Acme announced a new office in Lisbon.", "news", "", "", `${dayMonthsAgo(0, 1)}T09:30:00Z`, "acme-sentiment.example.com"],
    ["Love the new pricing page, so much clearer.", "twitter", "https://x.com/someone/status/1", "@someone", dayMonthsAgo(1, 20), "own-sentiment.example.com"],
  ];

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signUpVerifiedUser("sentiment-alice"), signUpVerifiedUser("sentiment-bob")]);
    aliceWorkspaceId = await workspaceIdOf(alice.email);
    ({ "acme-sentiment.example.com": acmeId, "own-sentiment.example.com": ownId } = await insertCompanies(aliceWorkspaceId, [
      { name: "Acme", domain: "acme-sentiment.example.com", role: "COMPETITOR" },
      { name: "Us", domain: "own-sentiment.example.com", role: "OWN_COMPANY" },
    ]));
    ({ "bob-sentiment.example.com": bobCompanyId } = await insertCompanies(await workspaceIdOf(bob.email), [{ name: "Bob Co", domain: "bob-sentiment.example.com" }]));
  });

  const mentionsOf = (companyId: string) =>
    queryRows<{ id: string; content: string; title: string; sourceName: string | null; sourceUrl: string | null; author: string | null; observedAt: string; sentimentScore: number; lexiconScore: number; sentimentScoredBy: string; workspaceId: string; kind: string }>(
      `SELECT id, content, title, "sourceName", "sourceUrl", author, "observedAt"::text AS "observedAt", "sentimentScore", "lexiconScore", "sentimentScoredBy", "workspaceId", kind
         FROM "MarketIntelligence" WHERE "companyId" = $1 ORDER BY "observedAt"`,
      [companyId],
    );

  it("imports good rows for the workspace's companies, each scored by the lexicon", async () => {
    const response = await importCsv(csvOf(HEADER, goodRows()), alice.sessionId);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ totalRows: 4, added: 4, duplicates: 0, rejected: 0, rejectedRows: [] });

    const acme = await mentionsOf(acmeId);
    expect(acme.map((row) => row.content)).toEqual([goodRows()[0][0], goodRows()[1][0], goodRows()[2][0]]);
    for (const row of acme) {
      expect(row).toMatchObject({ kind: "SENTIMENT", workspaceId: aliceWorkspaceId, sentimentScoredBy: "lexicon" });
      expect(row.sentimentScore).toBeCloseTo(lexiconScore(row.content), 10);
      expect(row.lexiconScore).toBe(row.sentimentScore);
    }
    const [praise, complaint, news] = acme;
    expect(praise.sentimentScore).toBeGreaterThan(0.05);
    expect(complaint.sentimentScore).toBeLessThan(-0.05);
    expect(news.sentimentScore).toBe(0);
    expect(praise).toMatchObject({ sourceName: "G2", sourceUrl: "https://www.g2.com/products/acme/reviews/1", author: "Dana K.", title: goodRows()[0][0] });
    expect(news).toMatchObject({ sourceName: "news", sourceUrl: null, author: null });
    expect(news.observedAt).toBe(`${dayMonthsAgo(0, 1)} 09:30:00`);
    expect(await mentionsOf(ownId)).toMatchObject([{ sourceName: "X", author: "@someone" }]);
  });

  it("adds nothing when the same mentions are imported again, or twice in one file", async () => {
    const rows = goodRows();
    const response = await importCsv(csvOf(HEADER, [...rows, rows[0]]), alice.sessionId);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ totalRows: 5, added: 0, duplicates: 5, rejected: 0 });
    expect(await mentionsOf(acmeId)).toHaveLength(3);
    expect(await mentionsOf(ownId)).toHaveLength(1);
  });

  it("keeps good rows and reports every bad one with its line and reason", async () => {
    const date = dayMonthsAgo(0, 1);
    const csv = csvOf(HEADER, [
      ["Nice work", "G2", "", "", date, "unknown-sentiment.example.com"],
      ["", "G2", "", "", date, "acme-sentiment.example.com"],
      ["Nice work", "G2", "", "", "31/12/2026", "acme-sentiment.example.com"],
      ["Nice work", "G2", "not a url", "", date, "acme-sentiment.example.com"],
      ["x".repeat(10_001), "G2", "", "", date, "acme-sentiment.example.com"],
      ["Good value for the price.", "Reddit", "", "u/analyst", date, "acme-sentiment.example.com"],
    ]);
    const response = await importCsv(csv, alice.sessionId);
    expect(response.status).toBe(200);
    const result = response.body as ImportResult;
    expect(result).toMatchObject({ totalRows: 6, added: 1, duplicates: 0, rejected: 5 });
    expect(result.rejectedRows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
    expect(result.rejectedRows.map((row) => row.reason)).toEqual([
      expect.stringMatching(/No company with the domain unknown-sentiment\.example\.com/),
      expect.stringMatching(/text is empty/),
      expect.stringMatching(/"31\/12\/2026" is not a date/),
      expect.stringMatching(/"not a url" is not a URL/),
      expect.stringMatching(/10,001 characters/),
    ]);
    expect((await mentionsOf(acmeId)).map((row) => row.content)).toContain("Good value for the price.");
  });

  it("takes a file of one company's mentions without a company column (?companyId)", async () => {
    const csv = csvOf("text,published_at,source", [["Solid product, great support.", dayMonthsAgo(3, 5), "Capterra"]]);
    const response = await importCsv(csv, alice.sessionId, `?companyId=${ownId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ added: 1, rejected: 0 });
    expect((await mentionsOf(ownId)).map((row) => row.content)).toContain("Solid product, great support.");
  });

  it("answers 401 to a signed-out upload", async () => {
    expect((await importCsv(csvOf(HEADER, goodRows()))).status).toBe(401);
  });

  it("answers 404 for another workspace's company, writing nothing", async () => {
    const csv = csvOf("text,published_at", [["Sneaky mention", dayMonthsAgo(0, 1)]]);
    const response = await importCsv(csv, alice.sessionId, `?companyId=${bobCompanyId}`);
    expect(response.status).toBe(404);
    // Named by domain, another workspace's company is just unknown.
    const byDomain = await importCsv(csvOf(HEADER, [["Sneaky mention", "", "", "", dayMonthsAgo(0, 1), "bob-sentiment.example.com"]]), alice.sessionId);
    expect(byDomain.body).toMatchObject({ added: 0, rejected: 1 });
    expect(await mentionsOf(bobCompanyId)).toHaveLength(0);
  });

  it("answers 400 for a file it cannot import, saying what is wrong and writing nothing", async () => {
    const before = await queryRows(`SELECT 1 FROM "MarketIntelligence" WHERE "workspaceId" = $1`, [aliceWorkspaceId]);

    const noText = await importCsv("comment,published_at,company\nHi,2026-01-01,acme-sentiment.example.com\n", alice.sessionId);
    expect(noText.status).toBe(400);
    expect((noText.body as ErrorBody).message).toMatch(/no text column/);
    expect((noText.body as ErrorBody).data?.fieldErrors?.file?.[0]).toMatch(/no text column/);

    const empty = await importCsv("", alice.sessionId);
    expect(empty.status).toBe(400);

    const badCompanyId = await importCsv(csvOf(HEADER, goodRows()), alice.sessionId, "?companyId=42");
    expect(badCompanyId.status).toBe(400);
    expect((badCompanyId.body as ErrorBody).data?.fieldErrors?.companyId).toEqual(["Unknown company."]);

    // 20,001 rows, the first ones good: the whole file is refused, none of it kept.
    const tooMany = Array.from({ length: 20_001 }, (_, index) => [`Too many rows ${index}, great`, "", "", "", dayMonthsAgo(0, 1), "acme-sentiment.example.com"]);
    const tooLong = await importCsv(csvOf(HEADER, tooMany), alice.sessionId);
    expect(tooLong.status).toBe(400);
    expect((tooLong.body as ErrorBody).message).toMatch(/more than 20,000 rows/);

    expect((await importCsv(JSON.stringify({ text: "hi" }), alice.sessionId, "", "application/json")).status).toBe(415);
    const after = await queryRows(`SELECT 1 FROM "MarketIntelligence" WHERE "workspaceId" = $1`, [aliceWorkspaceId]);
    expect(after).toHaveLength(before.length);
  });

  it("answers 413 to a file over 10 MB", async () => {
    const row = `${"a".repeat(9_000)},,,,${dayMonthsAgo(0, 1)},acme-sentiment.example.com\n`;
    const response = await importCsv(HEADER + "\n" + row.repeat(1_200), alice.sessionId);
    expect(response.status).toBe(413);
  });

  it("lets the web client upload from its own origin (CORS preflight)", async () => {
    const preflight = await corsPreflight(IMPORT_PATH, "POST", "authorization,content-type");
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.allowedOrigin).toBe(clientOrigin());
  });
});

describe("company sentiment", () => {
  let carol: { email: string; sessionId: string };
  let dave: { email: string; sessionId: string };
  let companyId: string;
  let daveCompanyId: string;

  beforeAll(async () => {
    [carol, dave] = await Promise.all([signUpVerifiedUser("sentiment-carol"), signUpVerifiedUser("sentiment-dave")]);
    ({ "rival-sentiment.example.com": companyId } = await insertCompanies(await workspaceIdOf(carol.email), [
      { name: "Rival", domain: "rival-sentiment.example.com", role: "COMPETITOR" },
    ]));
    ({ "dave-sentiment.example.com": daveCompanyId } = await insertCompanies(await workspaceIdOf(dave.email), [{ name: "Dave Co", domain: "dave-sentiment.example.com" }]));
  });

  it("imports 10,000 mentions in a few seconds", async () => {
    const openings = ["Great dashboards and", "Terrible exports and", "The new release has", "Honestly, the support is", "Pricing feels"];
    const endings = ["we love it.", "it keeps crashing.", "nothing special.", "excellent and fast.", "a bit expensive but fair."];
    const rows = Array.from({ length: 10_000 }, (_, index) => [
      `${openings[index % 5]} ${endings[Math.floor(index / 5) % 5]} (#${index})`,
      ["G2", "Capterra", "Reddit", "X", "news"][index % 5],
      `https://reviews.example.com/rival/${index}`,
      `Reviewer ${index % 137}`,
      // 1 to 13 months back (never later this month, which may still be ahead): the oldest two fall outside the 12-month window.
      dayMonthsAgo(1 + (index % 13), 1 + (index % 27)),
      "rival-sentiment.example.com",
    ]);
    const startedAt = performance.now();
    const response = await importCsv(csvOf(HEADER, rows), carol.sessionId);
    const seconds = (performance.now() - startedAt) / 1000;
    console.log(`10,000-row mentions import: ${seconds.toFixed(2)} s`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ totalRows: 10_000, added: 10_000, rejected: 0 });
    // A few seconds on a quiet machine; the bound leaves room for CI's shared cores.
    expect(seconds).toBeLessThan(20);
  });

  it("gives the totals, monthly series and extremes that SQL computes from the stored mentions", async () => {
    const response = await callOperation<CompanySentiment>("get-company-sentiment", { companyId }, carol.sessionId);
    expect(response.status).toBe(200);
    const sentiment = response.body;

    const window = `"companyId" = $1 AND kind = 'SENTIMENT' AND "observedAt" >= date_trunc('month', now() AT TIME ZONE 'UTC') - interval '11 months'`;
    const [totals] = await queryRows<{ count: number; average: number; positive: number; negative: number }>(
      `SELECT count(*)::int AS count, avg("sentimentScore") AS average,
              (count(*) FILTER (WHERE "sentimentScore" > 0.05))::int AS positive,
              (count(*) FILTER (WHERE "sentimentScore" < -0.05))::int AS negative
         FROM "MarketIntelligence" WHERE ${window}`,
      [companyId],
    );
    expect(totals.count).toBeLessThan(10_000);
    expect(totals.count).toBeGreaterThan(8_000);
    expect(sentiment).toMatchObject({ months: 12, mentionCount: totals.count });
    expect(sentiment.averageScore).toBeCloseTo(totals.average, 4);
    expect(sentiment.positiveShare).toBeCloseTo(totals.positive / totals.count, 4);
    expect(sentiment.negativeShare).toBeCloseTo(totals.negative / totals.count, 4);
    expect(sentiment.positiveShare + sentiment.negativeShare + sentiment.neutralShare).toBeCloseTo(1, 6);

    const months = await queryRows<{ month: string; count: number; average: number }>(
      `SELECT to_char("observedAt", 'YYYY-MM') AS month, count(*)::int AS count, avg("sentimentScore") AS average
         FROM "MarketIntelligence" WHERE ${window} GROUP BY 1 ORDER BY 1`,
      [companyId],
    );
    expect(sentiment.series).toHaveLength(12);
    expect(sentiment.series.filter((month) => month.mentionCount > 0).map((month) => [month.month, month.mentionCount])).toEqual(
      months.map((month) => [month.month, month.count]),
    );
    for (const month of months) {
      expect(sentiment.series.find((item) => item.month === month.month)?.averageScore).toBeCloseTo(month.average, 4);
    }

    const [best] = await queryRows<{ score: number }>(`SELECT max("sentimentScore") AS score FROM "MarketIntelligence" WHERE ${window}`, [companyId]);
    const [worst] = await queryRows<{ score: number }>(`SELECT min("sentimentScore") AS score FROM "MarketIntelligence" WHERE ${window}`, [companyId]);
    expect(sentiment.mostPositive).toHaveLength(5);
    expect(sentiment.mostNegative).toHaveLength(5);
    expect(sentiment.mostPositive[0].score).toBeCloseTo(best.score, 10);
    expect(sentiment.mostNegative[0].score).toBeCloseTo(worst.score, 10);
    expect(sentiment.mostPositive.map((mention) => mention.score)).toEqual([...sentiment.mostPositive.map((mention) => mention.score)].sort((a, b) => b - a));
    expect(sentiment.mostPositive[0]).toMatchObject({ sourceUrl: expect.stringMatching(/^https:\/\/reviews\.example\.com\/rival\//), author: expect.stringMatching(/^Reviewer /) });
    expect(sentiment.mostPositive[0].publishedAt).toBeInstanceOf(Date);
  });

  it("narrows to fewer months on request", async () => {
    const response = await callOperation<CompanySentiment>("get-company-sentiment", { companyId, months: 3 }, carol.sessionId);
    const [{ count }] = await queryRows<{ count: number }>(
      `SELECT count(*)::int AS count FROM "MarketIntelligence"
        WHERE "companyId" = $1 AND "observedAt" >= date_trunc('month', now() AT TIME ZONE 'UTC') - interval '2 months'`,
      [companyId],
    );
    expect(response.body.series).toHaveLength(3);
    expect(response.body.mentionCount).toBe(count);
  });

  it("has an empty summary for a company without mentions", async () => {
    const response = await callOperation<CompanySentiment>("get-company-sentiment", { companyId: daveCompanyId }, dave.sessionId);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ mentionCount: 0, averageScore: null, mostPositive: [], mostNegative: [] });
  });

  it("keeps a company's sentiment and mentions to its workspace (404)", async () => {
    expect((await callOperation("get-company-sentiment", { companyId }, dave.sessionId)).status).toBe(404);
    const [mention] = await queryRows<{ id: string }>(`SELECT id FROM "MarketIntelligence" WHERE "companyId" = $1 LIMIT 1`, [companyId]);
    expect((await callOperation("delete-mention", { id: mention.id }, dave.sessionId)).status).toBe(404);
    expect(await queryRows(`SELECT 1 FROM "MarketIntelligence" WHERE id = $1`, [mention.id])).toHaveLength(1);
  });

  it("deletes a mention of the caller's workspace", async () => {
    const [mention] = await queryRows<{ id: string }>(`SELECT id FROM "MarketIntelligence" WHERE "companyId" = $1 LIMIT 1`, [companyId]);
    expect(await callOperation("delete-mention", { id: mention.id }, carol.sessionId)).toEqual({ status: 200, body: { deleted: true } });
    expect(await queryRows(`SELECT 1 FROM "MarketIntelligence" WHERE id = $1`, [mention.id])).toHaveLength(0);
    expect((await callOperation("delete-mention", { id: mention.id }, carol.sessionId)).status).toBe(404);
  });
});
