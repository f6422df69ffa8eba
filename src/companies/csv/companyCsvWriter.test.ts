import { describe, expect, it } from "vitest";
import { readCompanyCsv } from "./companyCsvReader";
import { writeCompanyCsv, type CompanyExportRow } from "./companyCsvWriter";

const company = (extra: Partial<CompanyExportRow>): CompanyExportRow => ({
  domain: "acme.com",
  name: "Acme",
  role: "COMPETITOR",
  tags: [],
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
  ...extra,
});

async function csvOf(companies: CompanyExportRow[]) {
  let text = "";
  for await (const chunk of writeCompanyCsv((async function* () { yield* companies; })())) text += chunk;
  return text;
}

describe("writeCompanyCsv", () => {
  it("writes a header and one line per company", async () => {
    const text = await csvOf([
      company({ tags: ["emea", "saas"], employeeCount: 120, enrichedAt: new Date("2026-11-01T00:00:00Z"), archivedAt: new Date() }),
    ]);
    const [header, line] = text.trim().split("\n");
    expect(header).toBe(
      "domain,name,role,tags,industry,employee_count,size_band,annual_revenue,founded_year,city,state,country,linkedin_url,enrichment_status,enriched_at,archived",
    );
    expect(line).toBe("acme.com,Acme,competitor,emea; saas,,120,,,,,,,,PENDING,2026-11-01T00:00:00.000Z,yes");
  });

  it("quotes commas and neutralises formulas", async () => {
    const text = await csvOf([company({ name: "=HYPERLINK(\"x\")", city: "Paris, France" })]);
    expect(text).toContain('"\'=HYPERLINK(""x"")"');
    expect(text).toContain('"Paris, France"');
  });

  it("round-trips through the import reader", async () => {
    const companies = [
      company({ domain: "one.com", name: "One, Inc.", role: "OWN_COMPANY", tags: ["a", "b"] }),
      company({ domain: "two.com", name: "Two", role: "WATCH" }),
    ];
    const rows: unknown[] = [];
    for await (const record of readCompanyCsv([await csvOf(companies)])) rows.push(record);
    expect(rows).toEqual([
      { line: 2, ok: true, row: { domain: "one.com", name: "One, Inc.", role: "OWN_COMPANY", tags: ["a", "b"] } },
      { line: 3, ok: true, row: { domain: "two.com", name: "Two", role: "WATCH", tags: [] } },
    ]);
  });
});
