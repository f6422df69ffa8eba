import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobTestbed, type JobTestbed } from "./jobTestbed";
import { waitFor } from "./support";

/**
 * A company import on servers of its own: the process merging it is killed
 * mid-way, and a second server resumes after the last merged batch, so every
 * staged row ends up merged exactly once and the import never stays running.
 */
const ROWS = 40_000;

describe("a company import across server processes", () => {
  let testbed: JobTestbed;
  const query = <Row extends Record<string, unknown>>(text: string, params: unknown[] = []) => testbed.query<Row>(text, params);

  beforeAll(async () => {
    testbed = await createJobTestbed("imports");
  }, 120_000);

  afterAll(async () => {
    await testbed?.close();
  });

  const launch = () => testbed.launch({ COMPANY_IMPORT_LEASE_SECONDS: "2" });

  const importRow = async (id: string) =>
    (await query<{ status: string; attempts: number; processedRows: number; createdCount: number; mergedThroughLine: number; failureReason: string | null }>(
      `SELECT status, attempts, "processedRows", "createdCount", "mergedThroughLine", "failureReason" FROM "CompanyImport" WHERE id = $1`,
      [id],
    ))[0];

  it("a server killed while merging: another server resumes after the last merged batch, and every row is merged once", async () => {
    const [{ id: workspaceId }] = await query<{ id: string }>(`INSERT INTO "Workspace" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'Imports', now()) RETURNING id`);
    // On the Team plan: its 50,000 companies hold the whole file (Free's 100 would cap the merge).
    await query(
      `INSERT INTO "BillingSubscription" (id, "workspaceId", "providerSubscriptionId", "providerCustomerId", plan, interval, "priceId", status, "stateAsOf", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'sub_ops_imports', 'cus_ops_imports', 'TEAM', 'MONTH', 'price_ops', 'ACTIVE', now(), now())`,
      [workspaceId],
    );
    // Staged the way the upload api stages a file: one row per line, then the job is queued.
    const [{ id: importId }] = await query<{ id: string }>(
      `INSERT INTO "CompanyImport" (id, "workspaceId", "fileName", "totalRows", "validRows", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'big.csv', $2, $2, now()) RETURNING id`,
      [workspaceId, ROWS],
    );
    await query(
      `INSERT INTO "CompanyImportRow" (id, "importId", line, domain, name, tags)
       SELECT gen_random_uuid(), $1, n + 1, 'company-' || n || '.example.com', 'Company ' || n, '{}' FROM generate_series(1, $2::int) AS n`,
      [importId, ROWS],
    );

    const doomed = await launch();
    await testbed.boss.send("importCompanies", { importId }, { retryLimit: 0 });
    await waitFor(async () => ((await importRow(importId)).processedRows >= 1_000 ? true : undefined), 60_000, "the import to merge its first batches");
    await doomed.kill();
    const cutOff = await importRow(importId);
    expect(cutOff.status).toBe("RUNNING");
    expect(cutOff.processedRows).toBeLessThan(ROWS);
    expect(cutOff.mergedThroughLine).toBe(cutOff.processedRows + 1); // lines start at 2, after the header

    // Past the dead run's 2 s lease, the new server's start-up sweep hands the import to a new run.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await launch();
    const finished = await waitFor(async () => {
      const row = await importRow(importId);
      return row.status === "RUNNING" ? undefined : row;
    }, 90_000, "the import to finish");
    expect(finished).toMatchObject({ status: "SUCCEEDED", attempts: 2, processedRows: ROWS, createdCount: ROWS, failureReason: null });
    const [companies] = await query<{ total: number; domains: number }>(
      `SELECT count(*)::int AS total, count(DISTINCT domain)::int AS domains FROM "Company" WHERE "workspaceId" = $1`,
      [workspaceId],
    );
    expect(companies).toEqual({ total: ROWS, domains: ROWS });
    expect(await query(`SELECT 1 FROM "CompanyImportRow" WHERE "importId" = $1`, [importId])).toHaveLength(0);
  }, 240_000);
});
