import { describe, expect, it } from "vitest";
import { CompanyCsvFormatError, readCompanyCsv, type CompanyCsvRecord } from "./companyCsvReader";

async function readAll(text: string | string[], options?: { maxRows?: number }): Promise<CompanyCsvRecord[]> {
  const chunks = Array.isArray(text) ? text : [text];
  const records: CompanyCsvRecord[] = [];
  for await (const record of readCompanyCsv((async function* () { yield* chunks; })(), options)) records.push(record);
  return records;
}

describe("readCompanyCsv", () => {
  it("reads domains, names, roles and tags, normalising each", async () => {
    const records = await readAll("Domain,Company Name,ROLE,Tags\nhttps://www.Acme.com/x,Acme,Own Company,EMEA;saas|b2b\nbeta.io,,prospect,\n");
    expect(records).toEqual([
      { line: 2, ok: true, row: { domain: "acme.com", name: "Acme", role: "OWN_COMPANY", tags: ["emea", "saas", "b2b"] } },
      { line: 3, ok: true, row: { domain: "beta.io", tags: [], role: "PROSPECT" } },
    ]);
  });

  it("reports bad rows with their line and reason, and carries on", async () => {
    const records = await readAll("domain,role\nnot a domain,\n\nok.com,overlord\n,watch\ngood.com,watch\n");
    expect(records.map((record) => [record.line, record.ok])).toEqual([[2, false], [4, false], [5, false], [6, true]]);
    expect(records[0]).toMatchObject({ reason: expect.stringMatching(/"not a domain".*spaces/) });
    expect(records[1]).toMatchObject({ reason: expect.stringMatching(/"overlord" is not a role/) });
    expect(records[2]).toMatchObject({ reason: "The domain is empty." });
  });

  it("counts lines from where a record starts, across quoted line breaks and blank lines", async () => {
    const records = await readAll('domain,name\n\na.com,"Two\nlines"\nb.com,B\n');
    expect(records.map((record) => record.line)).toEqual([3, 5]);
  });

  it("turns an unreadable record into a row error with its line", async () => {
    const records = await readAll('domain,name\na.com,A\nb.com,"bad"quote\n');
    expect(records[0]).toMatchObject({ line: 2, ok: true });
    expect(records[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid CSV/) });
  });

  it("detects a semicolon delimiter and tolerates a byte-order mark", async () => {
    const records = await readAll("\uFEFFdomain;name\nacme.com;Acme, Inc.\n");
    expect(records).toEqual([{ line: 2, ok: true, row: { domain: "acme.com", name: "Acme, Inc.", tags: [] } }]);
  });

  it("refuses a file without a domain column, saying what it found", async () => {
    await expect(readAll("name,role\nAcme,watch\n")).rejects.toThrow(CompanyCsvFormatError);
    await expect(readAll("name,role\nAcme,watch\n")).rejects.toThrow(/no domain column \(found "name", "role"\)/);
    await expect(readAll("")).rejects.toThrow(/empty/);
  });

  it("stops after the row limit with a record saying so", async () => {
    const records = await readAll("domain\na.com\nb.com\nc.com\n", { maxRows: 2 });
    expect(records).toHaveLength(3);
    expect(records[2]).toMatchObject({ line: 4, ok: false, reason: expect.stringMatching(/more than 2 rows/) });
  });

  it("streams: 50,000 rows in small chunks without holding the file", async () => {
    async function* generate() {
      yield "domain,name\n";
      for (let index = 0; index < 50_000; index += 1) yield `company-${index}.example.com,Company ${index}\n`;
    }
    const startedAt = performance.now();
    let count = 0;
    let lastLine = 0;
    for await (const record of readCompanyCsv(generate(), { maxRows: 100_000 })) {
      count += 1;
      lastLine = record.line;
    }
    expect(count).toBe(50_000);
    expect(lastLine).toBe(50_001);
    expect(performance.now() - startedAt).toBeLessThan(10_000);
  });
});
