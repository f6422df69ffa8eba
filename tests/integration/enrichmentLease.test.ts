import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { waitFor } from "./support/polling";
import { startSecondServer, type SecondServer } from "./support/secondServer";
import { testEnvironment } from "./support/testEnvironment";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

/**
 * Two server machines share the queue, so two enrichment runs for one
 * workspace can be taken at once. Each Apollo lookup spends the customer's
 * credits: a company must be looked up once, however many runs overlap.
 */
describe("enrichment runs that overlap", () => {
  const boss = useJobQueue();
  let secondServer: SecondServer | undefined;

  beforeAll(async () => {
    secondServer = await startSecondServer();
  }, 60_000);
  afterAll(() => secondServer?.stop());

  it("look each company up once, across two servers, and leave no lease behind", async () => {
    const user = await signUpVerifiedUser("lease-alice");
    const workspaceId = await workspaceIdOf(user.email);
    const marker = `lagging-lease-${randomUUID().slice(0, 8)}`;
    const domains = Array.from({ length: 24 }, (_, index) => `${marker}-${index}.example.com`);
    await insertCompanies(workspaceId, domains.map((domain, index) => ({ name: `Lease ${index}`, domain, enrichmentStatus: "PENDING" })));

    // Saving the key asks for one run; three more arrive as the cron and new imports would.
    expect((await callOperation("save-apollo-api-key", { apiKey: "apollo-test-key-lease-0001" }, user.sessionId)).status).toBe(200);
    await Promise.all([1, 2, 3].map(() => boss.send("enrichCompanies", { workspaceId })));

    await waitFor(
      "every company to be enriched",
      async () => {
        const pending = await queryRows(`SELECT 1 FROM "Company" WHERE "workspaceId" = $1 AND "enrichmentStatus" <> 'ENRICHED'`, [workspaceId]);
        return pending.length === 0 ? true : undefined;
      },
      { timeoutMs: 40_000 },
    );
    // Let any run that was still going finish its lookups before counting them.
    await waitFor("no enrichment job active", async () => {
      const active = await queryRows(`SELECT 1 FROM pgboss.job WHERE name = 'enrichCompanies' AND state IN ('created', 'retry', 'active')`);
      return active.length === 0 ? true : undefined;
    }, { timeoutMs: 40_000 });

    const requests = (await (await fetch(`${testEnvironment.apolloStandInUrl}/__stand-in/requests`)).json()) as {
      query: { domain?: string };
    }[];
    const lookups = new Map<string, number>();
    for (const request of requests) {
      const domain = request.query.domain;
      if (domain?.startsWith(marker)) lookups.set(domain, (lookups.get(domain) ?? 0) + 1);
    }
    expect([...lookups.keys()].sort()).toEqual([...domains].sort());
    expect([...lookups.entries()].filter(([, count]) => count > 1)).toEqual([]);

    const [workspace] = await queryRows<{ enrichmentLeaseHolder: string | null }>(
      `SELECT "enrichmentLeaseHolder" FROM "Workspace" WHERE id = $1`,
      [workspaceId],
    );
    expect(workspace.enrichmentLeaseHolder).toBeNull();
  }, 120_000);

  it("leaves a workspace alone while another run holds it, and takes over once that run has died", async () => {
    const user = await signUpVerifiedUser("lease-bob");
    const workspaceId = await workspaceIdOf(user.email);
    const domain = `lease-held-${randomUUID().slice(0, 8)}.example.com`;
    await queryRows(
      `UPDATE "Workspace" SET "enrichmentLeaseHolder" = 'another-run', "enrichmentLeaseExpiresAt" = now() + interval '5 minutes' WHERE id = $1`,
      [workspaceId],
    );
    await insertCompanies(workspaceId, [{ name: "Held", domain, enrichmentStatus: "PENDING" }]);
    expect((await callOperation("save-apollo-api-key", { apiKey: "apollo-test-key-lease-0002" }, user.sessionId)).status).toBe(200);
    expect((await runJob(boss, "enrichCompanies", { workspaceId })).state).toBe("completed");
    const status = async () =>
      (await queryRows<{ enrichmentStatus: string; enrichmentLeaseHolder: string | null }>(
        `SELECT c."enrichmentStatus", w."enrichmentLeaseHolder" FROM "Company" c JOIN "Workspace" w ON w.id = c."workspaceId" WHERE c.domain = $1`,
        [domain],
      ))[0];
    expect(await status()).toEqual({ enrichmentStatus: "PENDING", enrichmentLeaseHolder: "another-run" });

    await queryRows(`UPDATE "Workspace" SET "enrichmentLeaseExpiresAt" = now() - interval '1 minute' WHERE id = $1`, [workspaceId]);
    await boss.send("enrichCompanies", { workspaceId });
    const settled = await waitFor("the dead run's lease to be taken over", async () => {
      const current = await status();
      return current.enrichmentStatus === "ENRICHED" && current.enrichmentLeaseHolder === null ? current : undefined;
    });
    expect(settled).toEqual({ enrichmentStatus: "ENRICHED", enrichmentLeaseHolder: null });
  }, 60_000);
});
