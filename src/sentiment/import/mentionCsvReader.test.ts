import { describe, expect, it } from "vitest";
import { MAX_MENTION_CHARACTERS } from "../mentions/mentionFields";
import { MentionCsvFormatError, readMentionCsv, type MentionCompanies, type MentionCsvRecord } from "./mentionCsvReader";

const ACME = "11111111-1111-4111-8111-111111111111";
const BETA = "22222222-2222-4222-8222-222222222222";
const now = new Date("2026-11-23T12:00:00Z");
const workspaceCompanies: MentionCompanies = {
  kind: "byDomain",
  companyIdByDomain: new Map([
    ["acme.com", ACME],
    ["beta.io", BETA],
  ]),
};

async function readAll(text: string | string[], companies: MentionCompanies = workspaceCompanies, maxRows = 100): Promise<MentionCsvRecord[]> {
  const chunks = Array.isArray(text) ? text : [text];
  const records: MentionCsvRecord[] = [];
  for await (const record of readMentionCsv((async function* () { yield* chunks; })(), { maxRows, companies, now })) records.push(record);
  return records;
}

const header = "text,source,url,author,published_at,company";
const reasons = (records: MentionCsvRecord[]) => records.map((record) => (record.ok ? "ok" : record.reason));

describe("readMentionCsv", () => {
  it("reads each column, normalising the company domain, the source name and the URL", async () => {
    const records = await readAll(
      `${header}\n"Great tool, love it",g2,https://www.g2.com/products/acme/reviews/1,Dana K.,2026-03-31,https://www.Acme.com/pricing\n` +
        `Slow support,TWITTER,,,2026-04-01T09:30:00+02:00,beta.io\n`,
    );
    expect(records).toEqual([
      {
        line: 2,
        ok: true,
        mention: {
          companyId: ACME,
          text: "Great tool, love it",
          sourceName: "G2",
          sourceUrl: "https://www.g2.com/products/acme/reviews/1",
          author: "Dana K.",
          publishedAt: new Date("2026-03-31T00:00:00Z"),
        },
      },
      {
        line: 3,
        ok: true,
        mention: { companyId: BETA, text: "Slow support", sourceName: "X", sourceUrl: null, author: null, publishedAt: new Date("2026-04-01T07:30:00Z") },
      },
    ]);
  });

  it("accepts other header spellings in any order and case", async () => {
    const records = await readAll("Company Domain;Published At;Review;Platform\nacme.com;2026-01-02 10:00;Solid product;Capterra\n");
    expect(records).toMatchObject([{ ok: true, mention: { companyId: ACME, text: "Solid product", sourceName: "Capterra", publishedAt: new Date("2026-01-02T10:00:00Z") } }]);
  });

  it("rejects a mention of a company the workspace does not track, saying how to fix it", async () => {
    expect(reasons(await readAll(`${header}\nNice,,,,2026-01-01,unknown.example.com\n`))).toEqual([
      "No company with the domain unknown.example.com in your workspace: add it on the Companies page first.",
    ]);
  });

  it("rejects a company that is not a domain, and an empty one", async () => {
    expect(reasons(await readAll(`${header}\nNice,,,,2026-01-01,Acme Inc\nNice,,,,2026-01-01,\n`))).toEqual([
      '"Acme Inc" is not a company domain: A domain cannot contain spaces.',
      expect.stringMatching(/^The company is empty/),
    ]);
  });

  it("rejects empty text", async () => {
    expect(reasons(await readAll(`${header}\n,G2,,,2026-01-01,acme.com\n"   ",G2,,,2026-01-01,acme.com\n`))).toEqual([
      expect.stringMatching(/^The text is empty/),
      expect.stringMatching(/^The text is empty/),
    ]);
  });

  it("rejects text that is too long, giving its length", async () => {
    const long = "a".repeat(MAX_MENTION_CHARACTERS + 1);
    expect(reasons(await readAll(`${header}\n${long},G2,,,2026-01-01,acme.com\n${"b".repeat(MAX_MENTION_CHARACTERS)},G2,,,2026-01-01,acme.com\n`))).toEqual([
      "The text is 10,001 characters long; keep a mention under 10,000.",
      "ok",
    ]);
  });

  it.each([
    ["31/01/2026", /is not a date: use YYYY-MM-DD/],
    ["yesterday", /is not a date/],
    ["2026-02-30", /is not a real date/],
    ["2026-01-01T25:00", /is not a real date/],
    ["1989-12-31", /before 1990/],
    ["2026-11-25", /in the future/],
    ["", /published_at date is empty/],
  ])("rejects the published_at %j", async (date, reason) => {
    expect(reasons(await readAll(`${header}\nNice,,,,${date},acme.com\n`))).toEqual([expect.stringMatching(reason)]);
  });

  it.each([
    ["not a url", /is not a URL/],
    ["javascript:alert(1)", /only http and https/],
    ["ftp://files.acme.com/x", /only http and https/],
    ["https://localhost/x", /no domain name/],
    [`https://acme.com/${"x".repeat(2_100)}`, /longer than 2,048/],
  ])("rejects the url %j", async (url, reason) => {
    expect(reasons(await readAll(`${header}\nNice,,${url},,2026-01-01,acme.com\n`))).toEqual([expect.stringMatching(reason)]);
  });

  it("rejects an author or source that is too long", async () => {
    expect(reasons(await readAll(`${header}\nNice,${"s".repeat(81)},,,2026-01-01,acme.com\nNice,,,${"a".repeat(201)},2026-01-01,acme.com\n`))).toEqual([
      "The source is longer than 80 characters.",
      "The author is longer than 200 characters.",
    ]);
  });

  it("reports bad rows with their line among good ones, across quoted line breaks", async () => {
    const records = await readAll(`${header}\n"Two\nlines, good",,,,2026-01-01,acme.com\n,,,,2026-01-01,acme.com\nFine,,,,2026-01-01,acme.com\nBroken,"bad"quote,,,2026-01-01,acme.com\n`);
    expect(records.map((record) => [record.line, record.ok])).toEqual([[2, true], [4, false], [5, true], [6, false]]);
    expect(records[3]).toMatchObject({ reason: expect.stringMatching(/not valid CSV/) });
  });

  it("takes a file of one company's mentions without a company column, refusing rows about another", async () => {
    const acmeOnly: MentionCompanies = { kind: "one", id: ACME, domain: "acme.com" };
    const records = await readAll("text,published_at,company\nGood,2026-01-01,\nGood too,2026-01-02,www.acme.com\nOther,2026-01-03,beta.io\n", acmeOnly);
    expect(records.map((record) => (record.ok ? record.mention.companyId : record.reason))).toEqual([
      ACME,
      ACME,
      "This row is about beta.io, but the file is being imported for acme.com.",
    ]);
    expect(await readAll("text,published_at\nGood,2026-01-01\n", acmeOnly)).toMatchObject([{ ok: true, mention: { companyId: ACME } }]);
  });

  it("refuses a file without the needed columns, saying what it found", async () => {
    await expect(readAll("text,published_at\nGood,2026-01-01\n")).rejects.toThrow(MentionCsvFormatError);
    await expect(readAll("text,published_at\nGood,2026-01-01\n")).rejects.toThrow(/no company column \(found "text", "published_at"\)/);
    await expect(readAll("comment,when\nGood,2026-01-01\n", { kind: "one", id: ACME, domain: "acme.com" })).rejects.toThrow(/no text, published_at column/);
    await expect(readAll("")).rejects.toThrow(/empty/);
  });

  it("refuses a file with more rows than the limit", async () => {
    const rows = Array.from({ length: 4 }, (_, index) => `Row ${index},,,,2026-01-01,acme.com`);
    await expect(readAll([header, ...rows].join("\n"), workspaceCompanies, 3)).rejects.toThrow(/more than 3 rows/);
    expect(await readAll([header, ...rows.slice(0, 3)].join("\n"), workspaceCompanies, 3)).toHaveLength(3);
  });

  it("streams 20,000 rows in small chunks quickly", async () => {
    async function* generate() {
      yield `${header}\n`;
      for (let index = 0; index < 20_000; index += 1) yield `"Mention ${index}: great support",G2,https://g2.com/r/${index},User ${index},2026-01-01,acme.com\n`;
    }
    const startedAt = performance.now();
    let good = 0;
    for await (const record of readMentionCsv(generate(), { maxRows: 20_000, companies: workspaceCompanies, now })) if (record.ok) good += 1;
    expect(good).toBe(20_000);
    expect(performance.now() - startedAt).toBeLessThan(10_000);
  });
});
