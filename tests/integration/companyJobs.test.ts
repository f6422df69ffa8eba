import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, sendRaw, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { waitFor } from "./support/polling";
import { workspaceIdOf } from "./support/workspaces";

/**
 * The companies' pg-boss jobs, sent straight to the queue the way a buggy caller
 * or a redelivery would: bad arguments fail the job and write nothing, and a
 * replayed import changes nothing.
 */
describe("company jobs on the real queue", () => {
  const boss = useJobQueue();
  let alice: { email: string; sessionId: string };

  beforeAll(async () => {
    alice = await signUpVerifiedUser("jobs-alice");
  });

  const companyCount = async () => (await queryRows<{ count: number }>(`SELECT count(*)::int AS count FROM "Company"`))[0].count;

  it.each([
    ["importCompanies", { importId: "not-a-uuid" }],
    ["importCompanies", {}],
    ["importCompanies", { importId: "00000000-0000-4000-8000-000000000001", workspaceId: "someone-else" }],
    ["enrichCompanies", { workspaceId: 42 }],
  ])("%s fails on bad arguments %j and writes nothing", async (queue, data) => {
    const before = await companyCount();
    const job = await runJob(boss, queue, data);
    expect(job.state).toBe("failed");
    expect(await companyCount()).toBe(before);
  });

  it("a replayed import job changes nothing", async () => {
    const upload = await sendRaw("POST", "/api/companies/import", "domain,tags\nreplay-one.example.com,first\nreplay-two.example.com,\n", "text/csv", alice.sessionId);
    expect(upload.status).toBe(202);
    const { importId } = upload.body as { importId: string };
    const finished = await waitFor(`import ${importId}`, async () => {
      const response = await callOperation<{ status: string; createdCount: number }>("get-company-import", { id: importId }, alice.sessionId);
      return response.body.status === "SUCCEEDED" ? response.body : undefined;
    });
    expect(finished.createdCount).toBe(2);
    const workspaceId = await workspaceIdOf(alice.email);
    // The import asks for enrichment; with no Apollo key that settles as SKIPPED_NO_KEY.
    await waitFor("enrichment to settle", async () => {
      const pending = await queryRows(`SELECT 1 FROM "Company" WHERE "workspaceId" = $1 AND "enrichmentStatus" = 'PENDING'`, [workspaceId]);
      return pending.length === 0 ? true : undefined;
    });
    const snapshot = () =>
      queryRows(
        `SELECT c.domain, c.tags, c."enrichmentStatus", c."updatedAt", i."processedRows", i."createdCount", i."finishedAt"
           FROM "Company" c JOIN "CompanyImport" i ON i.id = $2
          WHERE c."workspaceId" = $1 ORDER BY c.domain`,
        [workspaceId, importId],
      );
    const before = await snapshot();

    const replay = await runJob(boss, "importCompanies", { importId });
    expect(replay.state).toBe("completed");
    expect(replay.output).toEqual({ created: 0, merged: 0 });
    expect(await snapshot()).toEqual(before);
  });
});
