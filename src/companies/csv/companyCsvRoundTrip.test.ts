import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { companyRoles } from "../companyEnums";
import { createCompanyInput } from "../companySchemas";
import { readCompanyCsv, type CompanyCsvRow } from "./companyCsvReader";
import { writeCompanyCsv, type CompanyExportRow } from "./companyCsvWriter";

/** Text a user could type, biased towards what the formula guard is about. */
const typedText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc
    .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "''", "'=", " ="), fc.string({ unit: "grapheme", maxLength: 30 }))
    .map(([start, rest]) => start + rest),
);

/** A company as the app stores it: whatever createCompany accepted, normalised the way it normalises. */
const storedCompany = fc
  .record({
    domain: fc.domain(),
    name: typedText,
    role: fc.constantFrom(...companyRoles),
    tags: fc.array(typedText, { maxLength: 5 }),
  })
  .map((input) => createCompanyInput.safeParse(input))
  .filter((parsed) => parsed.success && parsed.data.name !== undefined)
  .map((parsed) => parsed.data! as Required<CompanyCsvRow>);

function exportRow(company: Required<CompanyCsvRow>): CompanyExportRow {
  return {
    ...company,
    industry: null,
    employeeCount: null,
    sizeBand: null,
    annualRevenue: null,
    foundedYear: null,
    city: null,
    state: null,
    country: null,
    linkedinUrl: null,
    enrichmentStatus: "PENDING",
    enrichedAt: null,
    archivedAt: null,
  };
}

async function exportThenImport(companies: Required<CompanyCsvRow>[]): Promise<unknown[]> {
  let csv = "";
  for await (const chunk of writeCompanyCsv((async function* () { yield* companies.map(exportRow); })())) csv += chunk;
  const records: unknown[] = [];
  for await (const record of readCompanyCsv([csv])) records.push(record);
  return records;
}

describe("company CSV export then import", () => {
  it("gives back exactly the companies exported, for any names and tags", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(storedCompany, { minLength: 1, maxLength: 5 }), async (companies) => {
        const records = await exportThenImport(companies);
        expect(records).toEqual(companies.map((company, index) => ({ line: index + 2, ok: true, row: company })));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps names and tags that start like a formula", async () => {
    const company = { domain: "acme.com", name: "=1+1", role: "COMPETITOR" as const, tags: ["=tagcsv", "-x", "'quoted"] };
    expect(await exportThenImport([company])).toEqual([{ line: 2, ok: true, row: company }]);
  });
});
