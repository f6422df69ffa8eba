import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, repoRoot, required, run, sql } from "./support";

async function tableFingerprints(databaseUrl: string) {
  const tables = await sql<{ table_name: string }>(
    databaseUrl,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const fingerprints: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await sql<{ count: string; digest: string | null }>(
      databaseUrl,
      `SELECT count(*) AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table_name}" t`,
    );
    fingerprints[table_name] = `${row.count}:${row.digest}`;
  }
  return fingerprints;
}

describe("backup and restore", () => {
  let source: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let target: Awaited<ReturnType<typeof createEmptyDatabase>>;
  const dumpFile = path.join(mkdtempSync(path.join(tmpdir(), "hf-backup-")), "demo.dump");

  beforeAll(async () => {
    [source, target] = await Promise.all([createEmptyDatabase("backup_source"), createEmptyDatabase("backup_target")]);
    const env = { ...process.env, DATABASE_URL: source.url };
    await run("node", [`${repoRoot}node_modules/prisma/build/index.js`, "migrate", "deploy", "--schema", `${repoRoot}schema.prisma`], { env });
    await run("node", ["bundle/dbSeed.js"], {
      cwd: `${repoRoot}.wasp/out/server`,
      env: { ...env, NODE_ENV: "development", WASP_DB_SEED_NAME: "seedDemoData" },
    });
  });
  afterAll(async () => {
    await Promise.all([source?.drop(), target?.drop()]);
  });

  it("round-trips the demo data into an empty database, row for row", async () => {
    // What the seed promises: 50+ companies in every role, competitor links, a year of market data and of scored mentions, a report.
    const [demo] = await sql<{ companies: number; roles: number; accepted_links: number; companies_charted: number; market_data_days: number; scored_mentions: number; companies_mentioned: number; completed_reports: number; report_sources: number }>(
      source.url,
      `WITH demo AS (
         SELECT u."currentWorkspaceId" AS id FROM "User" u WHERE u.email = 'demo@hyperformant.app')
       SELECT (SELECT count(*)::int FROM "Company" WHERE "workspaceId" = demo.id) AS companies,
              (SELECT count(DISTINCT role)::int FROM "Company" WHERE "workspaceId" = demo.id) AS roles,
              (SELECT count(*)::int FROM "CompetitorAnalysis" WHERE "workspaceId" = demo.id AND status = 'ACCEPTED') AS accepted_links,
              (SELECT count(DISTINCT "companyId")::int FROM "MarketData" WHERE "workspaceId" = demo.id) AS companies_charted,
              (SELECT extract(day FROM max("observedAt") - min("observedAt"))::int FROM "MarketData" WHERE "workspaceId" = demo.id) AS market_data_days,
              (SELECT count(*)::int FROM "MarketIntelligence" WHERE "workspaceId" = demo.id AND kind = 'SENTIMENT' AND "sentimentScoredBy" = 'lexicon') AS scored_mentions,
              (SELECT count(DISTINCT "companyId")::int FROM "MarketIntelligence" WHERE "workspaceId" = demo.id AND kind = 'SENTIMENT') AS companies_mentioned,
              (SELECT count(*)::int FROM "MarketReport" WHERE "workspaceId" = demo.id AND status = 'COMPLETED') AS completed_reports,
              (SELECT max(jsonb_array_length(sources))::int FROM "MarketReport" WHERE "workspaceId" = demo.id) AS report_sources
         FROM demo`,
    );
    expect(demo.companies).toBeGreaterThanOrEqual(50);
    expect(demo.roles).toBe(4);
    expect(demo.accepted_links).toBeGreaterThanOrEqual(10);
    expect(demo.companies_charted).toBeGreaterThanOrEqual(5);
    expect(demo.market_data_days).toBeGreaterThanOrEqual(330);
    expect(demo.scored_mentions).toBeGreaterThanOrEqual(300);
    expect(demo.companies_mentioned).toBeGreaterThanOrEqual(8);
    expect(demo.completed_reports).toBe(1);
    expect(demo.report_sources).toBeGreaterThanOrEqual(10);
    // Billing: the demo team is on Pro, and its credit history adds up to its balance.
    const [billing] = await sql<{ plan: string; status: string; payments: number; credits: number; ledger_credits: number; last_balance: number }>(
      source.url,
      `WITH demo AS (SELECT u."currentWorkspaceId" AS id FROM "User" u WHERE u.email = 'demo@hyperformant.app')
       SELECT (SELECT plan::text FROM "BillingSubscription" WHERE "workspaceId" = demo.id) AS plan,
              (SELECT status::text FROM "BillingSubscription" WHERE "workspaceId" = demo.id) AS status,
              (SELECT count(*)::int FROM "BillingLedgerEntry" WHERE "workspaceId" = demo.id AND kind = 'PAYMENT') AS payments,
              (SELECT credits FROM "Workspace" WHERE id = demo.id) AS credits,
              (SELECT sum("creditsDelta")::int FROM "BillingLedgerEntry" WHERE "workspaceId" = demo.id) AS ledger_credits,
              (SELECT "creditsBalanceAfter" FROM "BillingLedgerEntry" WHERE "workspaceId" = demo.id AND "creditsDelta" <> 0 ORDER BY "createdAt" DESC LIMIT 1) AS last_balance
         FROM demo`,
    );
    expect(billing).toMatchObject({ plan: "PRO", status: "ACTIVE", payments: 4 });
    expect(billing.ledger_credits).toBe(billing.credits);
    expect(billing.last_balance).toBe(billing.credits);
    // Apollo: synced lists of contacts linked to the demo companies, sequences and enrolments.
    const [apollo] = await sql<{ synced_lists: number; contacts: number; linked: number; shared: number; sequences: number; enrolments: number; activity: number }>(
      source.url,
      `WITH demo AS (SELECT u."currentWorkspaceId" AS id FROM "User" u WHERE u.email = 'demo@hyperformant.app')
       SELECT (SELECT count(*)::int FROM "ApolloSmartList" WHERE "workspaceId" = demo.id AND "syncEnabled" AND "lastSyncStatus" = 'SUCCEEDED') AS synced_lists,
              (SELECT count(*)::int FROM "ApolloContact" WHERE "workspaceId" = demo.id) AS contacts,
              (SELECT count(*)::int FROM "ApolloContact" WHERE "workspaceId" = demo.id AND "companyId" IS NOT NULL) AS linked,
              (SELECT count(*)::int FROM (SELECT "contactId" FROM "ApolloContactListing" l JOIN "ApolloContact" c ON c.id = l."contactId" WHERE c."workspaceId" = demo.id GROUP BY 1 HAVING count(*) = 2) t) AS shared,
              (SELECT count(*)::int FROM "ApolloSequence" WHERE "workspaceId" = demo.id) AS sequences,
              (SELECT count(DISTINCT status)::int FROM "ApolloEnrolment" WHERE "workspaceId" = demo.id) AS enrolments,
              (SELECT count(*)::int FROM "Log" WHERE "workspaceId" = demo.id AND source = 'apollo') AS activity
         FROM demo`,
    );
    expect(apollo).toMatchObject({ synced_lists: 3, sequences: 3, enrolments: 3 });
    expect(apollo.contacts).toBeGreaterThanOrEqual(50);
    expect(apollo.linked).toBe(apollo.contacts);
    expect(apollo.shared).toBeGreaterThan(10);
    expect(apollo.activity).toBeGreaterThanOrEqual(4);

    await run("bash", [`${repoRoot}scripts/db-backup.sh`, dumpFile], { env: { ...process.env, DATABASE_URL: source.url } });
    await run("bash", [`${repoRoot}scripts/db-restore.sh`, dumpFile, target.url], { env: process.env });

    const [before, after] = await Promise.all([tableFingerprints(source.url), tableFingerprints(target.url)]);
    expect(Object.keys(after)).toContain("Company");
    expect(after).toEqual(before);
  });

  it("refuses to restore over a database that has data", async () => {
    const attempt = await run("bash", [`${repoRoot}scripts/db-restore.sh`, dumpFile, source.url], { env: process.env }).then(
      () => ({ failed: false, stderr: "" }),
      (error: { stderr: string }) => ({ failed: true, stderr: error.stderr }),
    );
    expect(attempt.failed).toBe(true);
    expect(attempt.stderr).toMatch(/not empty/);
    expect(required("DATABASE_URL")).not.toBe(source.url);
  });
});
