import { describe, expect, it } from "vitest";
import { lexiconScore } from "../lexiconSentiment";
import { MAX_REPORTED_REJECTED_ROWS, planMentionImport } from "./mentionImportPlan";
import type { MentionCompanies } from "./mentionCsvReader";

const ACME = "11111111-1111-4111-8111-111111111111";
const companies: MentionCompanies = { kind: "byDomain", companyIdByDomain: new Map([["acme.com", ACME]]) };
const now = new Date("2026-11-23T12:00:00Z");

async function* chunksOf(text: string) {
  yield text;
}

describe("planMentionImport", () => {
  it("scores and keys the good rows, counting repeats within the file once", async () => {
    const plan = await planMentionImport(
      chunksOf("text,published_at,company\nGreat support!,2026-01-01,acme.com\nAwful exports.,2026-01-02,acme.com\nGreat   support!,2026-01-01,acme.com\n,2026-01-01,acme.com\n"),
      { maxRows: 100, companies, now },
    );
    expect(plan).toMatchObject({ totalRows: 4, duplicatesInFile: 1, rejected: 1, rejectedRows: [{ line: 5, reason: expect.stringMatching(/text is empty/) }] });
    expect(plan.records.map((record) => [record.content, record.sentimentScore])).toEqual([
      ["Great support!", lexiconScore("Great support!")],
      ["Awful exports.", lexiconScore("Awful exports.")],
    ]);
    expect(new Set(plan.records.map((record) => record.dedupeKey)).size).toBe(2);
  });

  it("lists the first rejected rows and counts them all", async () => {
    const rows = Array.from({ length: MAX_REPORTED_REJECTED_ROWS + 5 }, () => ",2026-01-01,acme.com").join("\n");
    const plan = await planMentionImport(chunksOf(`text,published_at,company\n${rows}\n`), { maxRows: 1_000, companies, now });
    expect(plan.rejected).toBe(MAX_REPORTED_REJECTED_ROWS + 5);
    expect(plan.rejectedRows).toHaveLength(MAX_REPORTED_REJECTED_ROWS);
    expect(plan.records).toHaveLength(0);
  });
});
