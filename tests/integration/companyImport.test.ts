import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, clientOrigin, corsPreflight, getText, sendRaw, signUpVerifiedUser } from "./support/httpClient";
import { waitFor } from "./support/polling";
import { workspaceIdOf } from "./support/workspaces";

interface CompanyImport {
  id: string;
  status: string;
  totalRows: number;
  validRows: number;
  processedRows: number;
  createdCount: number;
  mergedCount: number;
  errorCount: number;
  rowErrors: { line: number; reason: string }[];
}

const uploadCsv = (csv: string, sessionId?: string, contentType = "text/csv") =>
  sendRaw("POST", "/api/companies/import?fileName=companies.csv", csv, contentType, sessionId);

async function finishedImport(importId: string, sessionId: string): Promise<CompanyImport> {
  return waitFor(`import ${importId} to finish`, async () => {
    const response = await callOperation<CompanyImport>("get-company-import", { id: importId }, sessionId);
    return ["SUCCEEDED", "FAILED"].includes(response.body.status) ? response.body : undefined;
  });
}

describe("CSV import", () => {
  let alice: { email: string; sessionId: string };
  let bob: { email: string; sessionId: string };

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signUpVerifiedUser("import-alice"), signUpVerifiedUser("import-bob")]);
    await callOperation("create-company", { domain: "already-here.example.com", name: "Already Here", tags: ["old"] }, alice.sessionId);
  });

  it("keeps good rows, merges duplicates and reports bad rows by line", async () => {
    const csv = [
      "Domain,Name,Role,Tags",
      "https://www.alpha.example.com/,Alpha Inc,competitor,emea;saas",
      "beta.example.com,,prospect,",
      "not a domain,Broken,,",
      "alpha.example.com,,,target-q3",
      '"gamma.example.com","Gamma, the company",watch,',
      "delta.example.com,Delta,overlord,",
      "already-here.example.com,,competitor,new",
      "",
    ].join("\n");
    const upload = await uploadCsv(csv, alice.sessionId);
    expect(upload.status).toBe(202);
    expect(upload.body).toMatchObject({ totalRows: 7, validRows: 5, errorCount: 2 });

    const result = await finishedImport((upload.body as { importId: string }).importId, alice.sessionId);
    expect(result).toMatchObject({ status: "SUCCEEDED", processedRows: 5, createdCount: 3, mergedCount: 2, errorCount: 2 });
    expect(result.rowErrors.map((error) => error.line)).toEqual([4, 7]);
    expect(result.rowErrors[0].reason).toMatch(/not a domain/);
    expect(result.rowErrors[1].reason).toMatch(/overlord/);

    const rows = await queryRows<{ domain: string; name: string; role: string; tags: string[] }>(
      `SELECT domain, name, role, tags FROM "Company" WHERE "workspaceId" = $1 ORDER BY domain`,
      [await workspaceIdOf(alice.email)],
    );
    expect(rows).toEqual([
      { domain: "alpha.example.com", name: "Alpha Inc", role: "COMPETITOR", tags: ["emea", "saas", "target-q3"] },
      { domain: "already-here.example.com", name: "Already Here", role: "COMPETITOR", tags: ["old", "new"] },
      { domain: "beta.example.com", name: "Beta", role: "PROSPECT", tags: [] },
      { domain: "gamma.example.com", name: "Gamma, the company", role: "WATCH", tags: [] },
    ]);
    const staged = await queryRows(`SELECT 1 FROM "CompanyImportRow" WHERE "importId" = $1`, [result.id]);
    expect(staged).toHaveLength(0);
  });

  it("imports the same file twice without duplicating anything", async () => {
    const csv = "domain\nrepeat-one.example.com\nrepeat-two.example.com\n";
    const first = await uploadCsv(csv, bob.sessionId);
    await finishedImport((first.body as { importId: string }).importId, bob.sessionId);
    const second = await uploadCsv(csv, bob.sessionId);
    const result = await finishedImport((second.body as { importId: string }).importId, bob.sessionId);
    expect(result).toMatchObject({ createdCount: 0, mergedCount: 2 });
    const rows = await queryRows(`SELECT 1 FROM "Company" WHERE domain LIKE 'repeat-%' AND "workspaceId" = $1`, [await workspaceIdOf(bob.email)]);
    expect(rows).toHaveLength(2);
  });

  it("refuses a file without a domain column with a 400 and leaves nothing behind", async () => {
    const before = await queryRows<{ count: string }>(`SELECT count(*) FROM "CompanyImport"`);
    const response = await uploadCsv("name,role\nAcme,competitor\n", alice.sessionId);
    expect(response.status).toBe(400);
    expect((response.body as { message: string }).message).toMatch(/domain/i);
    const after = await queryRows<{ count: string }>(`SELECT count(*) FROM "CompanyImport"`);
    expect(after[0].count).toBe(before[0].count);
  });

  it("refuses a file of more than 10,000 rows with a 400, importing none of it", async () => {
    const lines = ["domain", ...Array.from({ length: 10_001 }, (_, i) => `too-many-${i}.example.com`)];
    const response = await uploadCsv(lines.join("\n"), bob.sessionId);
    expect(response.status).toBe(400);
    expect((response.body as { message: string }).message).toMatch(/10,000 rows/);
    expect(await queryRows(`SELECT 1 FROM "Company" WHERE domain LIKE 'too-many-%'`)).toHaveLength(0);
    expect(await queryRows(`SELECT 1 FROM "CompanyImportRow"`)).toHaveLength(0);
  });

  it("lets the web client upload from its own origin (CORS preflight)", async () => {
    const preflight = await corsPreflight("/api/companies/import", "POST", "authorization,content-type");
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.allowedOrigin).toBe(clientOrigin());
  });

  it("answers 415 to a body that is not CSV", async () => {
    const response = await uploadCsv(JSON.stringify({ domain: "x.com" }), alice.sessionId, "application/json");
    expect(response.status).toBe(415);
  });

  it("answers 401 to a signed-out upload", async () => {
    expect((await uploadCsv("domain\nx.example.com\n")).status).toBe(401);
  });

  it("shows an import only to its own workspace", async () => {
    const upload = await uploadCsv("domain\nprivate-import.example.com\n", alice.sessionId);
    const importId = (upload.body as { importId: string }).importId;
    expect((await callOperation("get-company-import", { id: importId }, bob.sessionId)).status).toBe(404);
    expect((await callOperation("get-company-import", { id: "nope" }, alice.sessionId)).status).toBe(400);
    const recent = await callOperation<{ id: string }[]>("get-recent-company-imports", undefined, bob.sessionId);
    expect(recent.body.map((item) => item.id)).not.toContain(importId);
  });
});

const companiesOf = async (email: string) =>
  queryRows<{ domain: string; name: string; role: string; tags: string[] }>(
    `SELECT domain, name, role, tags FROM "Company" WHERE "workspaceId" = $1 ORDER BY domain`,
    [await workspaceIdOf(email)],
  );

describe("CSV export", () => {
  let dana: { email: string; sessionId: string };

  beforeAll(async () => {
    dana = await signUpVerifiedUser("export-dana");
    await callOperation("create-company", { domain: "export-rival.example.com", name: "=HYPERLINK(evil)", role: "COMPETITOR", tags: ["=tagcsv", "emea"] }, dana.sessionId);
    await callOperation("create-company", { domain: "export-prospect.example.com", role: "PROSPECT" }, dana.sessionId);
  });

  it("downloads the filtered list as CSV, safe to open in a spreadsheet", async () => {
    const response = await getText("/api/companies/export?role=COMPETITOR", dana.sessionId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="hyperformant-companies-/);
    const lines = response.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^domain,name,role,tags/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("export-rival.example.com");
    expect(lines[1]).toContain("'=HYPERLINK(evil)");
  });

  it("round-trips: an export imports cleanly into another workspace", async () => {
    const exported = await getText("/api/companies/export", dana.sessionId);
    const erin = await signUpVerifiedUser("export-erin");
    const upload = await uploadCsv(exported.text, erin.sessionId);
    expect(upload.status).toBe(202);
    const result = await finishedImport((upload.body as { importId: string }).importId, erin.sessionId);
    expect(result).toMatchObject({ status: "SUCCEEDED", createdCount: 2, errorCount: 0 });
    expect(await companiesOf(erin.email)).toEqual(await companiesOf(dana.email));
    expect(await companiesOf(erin.email)).toEqual([
      { domain: "export-prospect.example.com", name: "Export Prospect", role: "PROSPECT", tags: [] },
      { domain: "export-rival.example.com", name: "=HYPERLINK(evil)", role: "COMPETITOR", tags: ["=tagcsv", "emea"] },
    ]);
  });

  it("re-importing an export into its own workspace changes nothing, formula-like names and tags included", async () => {
    const before = await companiesOf(dana.email);
    const exported = await getText("/api/companies/export", dana.sessionId);
    const upload = await uploadCsv(exported.text, dana.sessionId);
    expect(upload.status).toBe(202);
    const result = await finishedImport((upload.body as { importId: string }).importId, dana.sessionId);
    expect(result).toMatchObject({ status: "SUCCEEDED", createdCount: 0, errorCount: 0 });
    expect(await companiesOf(dana.email)).toEqual(before);
  });

  it("answers 400 for an unknown filter value and 401 signed out", async () => {
    expect((await getText("/api/companies/export?role=BOSS", dana.sessionId)).status).toBe(400);
    expect((await getText("/api/companies/export")).status).toBe(401);
  });
});
