import { encryptionKeyFrom, sealSecret } from "../../src/server/crypto/sealedSecrets";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { waitFor } from "./support/polling";
import { workspaceIdOf } from "./support/workspaces";

/**
 * The enrichCompanies job, run by pg-boss in the built server, calling the real
 * Apollo client against the stand-in (tests/stand-ins/apollo) that scripts/test.sh
 * started: the domain decides how the stand-in answers.
 */
interface CompanyStatus {
  domain: string;
  enrichmentStatus: string;
  enrichmentError: string | null;
  enrichmentSource: string | null;
  enrichedAt: Date | null;
  industry: string | null;
  employeeCount: number | null;
  sizeBand: string | null;
  name: string;
}

async function companiesOf(email: string): Promise<Record<string, CompanyStatus>> {
  const rows = await queryRows<CompanyStatus & Record<string, unknown>>(
    `SELECT domain, name, "enrichmentStatus", "enrichmentError", "enrichmentSource", "enrichedAt", industry, "employeeCount", "sizeBand"
       FROM "Company" WHERE "workspaceId" = $1`,
    [await workspaceIdOf(email)],
  );
  return Object.fromEntries(rows.map((row) => [row.domain, row]));
}

async function settled(email: string, domains: string[], timeoutMs = 25_000) {
  return waitFor(
    `enrichment of ${domains.join(", ")}`,
    async () => {
      const companies = await companiesOf(email);
      const done = domains.every((domain) => companies[domain] && !["PENDING"].includes(companies[domain].enrichmentStatus));
      return done ? companies : undefined;
    },
    { timeoutMs },
  );
}

describe("enrichment from Apollo", () => {
  let alice: { email: string; sessionId: string };

  beforeAll(async () => {
    alice = await signUpVerifiedUser("enrich-alice");
  });

  it("skips enrichment with a clear status while the workspace has no Apollo key", async () => {
    await callOperation("create-company", { domain: "keyless.example.com" }, alice.sessionId);
    const companies = await settled(alice.email, ["keyless.example.com"]);
    expect(companies["keyless.example.com"]).toMatchObject({
      enrichmentStatus: "SKIPPED_NO_KEY",
      enrichmentError: expect.stringMatching(/Apollo API key/),
    });
  });

  it("stores the key sealed, shows only its last four characters, and enriches once it is saved", async () => {
    const apiKey = "apollo-test-key-alice-1234";
    const saved = await callOperation<{ connected: boolean; keyHint: string }>("save-apollo-api-key", { apiKey }, alice.sessionId);
    expect(saved.body).toEqual({ connected: true, keyHint: "••••1234", canManage: true, masterKey: true });
    const [workspace] = await queryRows<{ apolloApiKeyEncrypted: string }>(
      `SELECT "apolloApiKeyEncrypted" FROM "Workspace" WHERE id = $1`,
      [await workspaceIdOf(alice.email)],
    );
    expect(workspace.apolloApiKeyEncrypted).toMatch(/^v1\./);
    expect(workspace.apolloApiKeyEncrypted).not.toContain(apiKey);
    const connection = await callOperation("get-apollo-connection", undefined, alice.sessionId);
    expect(JSON.stringify(connection.body)).not.toContain(apiKey);

    const companies = await settled(alice.email, ["keyless.example.com"]);
    expect(companies["keyless.example.com"]).toMatchObject({ enrichmentStatus: "ENRICHED", enrichmentSource: "apollo" });
  });

  it("stores firmographics with source and time, marks unknown companies not found, and survives Apollo's failures", async () => {
    const domains = [
      "firmo.example.com",
      "unknown-company.example.com",
      "absent-company.example.com",
      "ratelimited-retryafter.example.com",
      "ratelimited-noheader.example.com",
      "flaky.example.com",
      "broken.example.com",
      "slow.example.com",
      "malformed.example.com",
    ];
    for (const domain of domains) {
      const created = await callOperation("create-company", { domain }, alice.sessionId);
      expect(created.status).toBe(200);
    }
    const companies = await settled(alice.email, domains, 40_000);
    expect(companies["firmo.example.com"]).toMatchObject({
      enrichmentStatus: "ENRICHED",
      enrichmentSource: "apollo",
      enrichedAt: expect.any(Date),
      industry: expect.any(String),
      employeeCount: expect.any(Number),
      sizeBand: expect.any(String),
    });
    expect(companies["firmo.example.com"].name).not.toBe("Firmo");
    expect(companies["unknown-company.example.com"].enrichmentStatus).toBe("NOT_FOUND");
    expect(companies["absent-company.example.com"].enrichmentStatus).toBe("NOT_FOUND");
    // 429 once, then an answer: the client waited and retried.
    expect(companies["ratelimited-retryafter.example.com"].enrichmentStatus).toBe("ENRICHED");
    expect(companies["ratelimited-noheader.example.com"].enrichmentStatus).toBe("ENRICHED");
    expect(companies["flaky.example.com"].enrichmentStatus).toBe("ENRICHED");
    expect(companies["broken.example.com"]).toMatchObject({ enrichmentStatus: "FAILED", enrichmentError: expect.any(String) });
    expect(companies["slow.example.com"]).toMatchObject({ enrichmentStatus: "FAILED", enrichmentError: expect.stringMatching(/did not answer within 1000 ms/) });
    expect(companies["malformed.example.com"].enrichmentStatus).toBe("FAILED");
  });

  it("marks the company failed with what to do when Apollo rejects the key, and never logs the key", async () => {
    const bob = await signUpVerifiedUser("enrich-bob");
    // A key Apollo stopped taking after it was saved (saving checks it, so it goes in sealed directly).
    const sealed = sealSecret("apollo-invalid-key", encryptionKeyFrom(process.env.HYPERFORMANT_ENCRYPTION_KEY!));
    await queryRows(`UPDATE "Workspace" SET "apolloApiKeyEncrypted" = $2 WHERE id = $1`, [await workspaceIdOf(bob.email), sealed]);
    await callOperation("create-company", { domain: "rejected-key.example.com" }, bob.sessionId);
    const companies = await settled(bob.email, ["rejected-key.example.com"]);
    expect(companies["rejected-key.example.com"]).toMatchObject({
      enrichmentStatus: "FAILED",
      enrichmentError: expect.stringMatching(/key/i),
    });
    const logs = await queryRows(`SELECT 1 FROM "Log" WHERE message LIKE '%apollo-invalid-key%' OR context::text LIKE '%apollo-invalid-key%'`);
    expect(logs).toHaveLength(0);
  });

  it("checks a key with Apollo before saving it: a key it does not take is a 400 on the field, and nothing is stored", async () => {
    const dana = await signUpVerifiedUser("enrich-dana");
    const refused = await callOperation<{ message: string; data: { fieldErrors: Record<string, string[]> } }>("save-apollo-api-key", { apiKey: "apollo-invalid-key" }, dana.sessionId);
    expect(refused.status).toBe(400);
    expect(refused.body.data.fieldErrors.apiKey[0]).toMatch(/not signed in to any account/);
    expect(await queryRows(`SELECT "apolloApiKeyEncrypted" FROM "Workspace" WHERE id = $1`, [await workspaceIdOf(dana.email)])).toEqual([{ apolloApiKeyEncrypted: null }]);
  });

  it("saves a standard key, and says it is not a master key", async () => {
    const erin = await signUpVerifiedUser("enrich-erin");
    const saved = await callOperation<{ connected: boolean; masterKey: boolean | null }>("save-apollo-api-key", { apiKey: "apollo-standard-key-erin" }, erin.sessionId);
    expect(saved.body).toMatchObject({ connected: true, masterKey: false });
    expect((await callOperation<{ masterKey: boolean | null }>("get-apollo-connection", undefined, erin.sessionId)).body.masterKey).toBe(false);
    await callOperation("remove-apollo-api-key", undefined, erin.sessionId);
    expect((await callOperation<{ masterKey: boolean | null }>("get-apollo-connection", undefined, erin.sessionId)).body.masterKey).toBeNull();
  });

  it("answers 400 for a malformed key and 401 signed out, storing nothing", async () => {
    const carol = await signUpVerifiedUser("enrich-carol");
    const bad = await callOperation("save-apollo-api-key", { apiKey: "has spaces in it" }, carol.sessionId);
    expect(bad.status).toBe(400);
    expect((bad.body as { data: { fieldErrors: Record<string, string[]> } }).data.fieldErrors.apiKey).toBeDefined();
    expect((await callOperation("save-apollo-api-key", { apiKey: "apollo-test-key-0000" })).status).toBe(401);
    const [workspace] = await queryRows<{ apolloApiKeyEncrypted: string | null }>(
      `SELECT "apolloApiKeyEncrypted" FROM "Workspace" WHERE id = $1`,
      [await workspaceIdOf(carol.email)],
    );
    expect(workspace.apolloApiKeyEncrypted).toBeNull();
  });

  it("lets only owners and admins change the key (403 for a member)", async () => {
    const member = await signUpVerifiedUser("enrich-member");
    const aliceWorkspaceId = await workspaceIdOf(alice.email);
    // Until invitations exist, make the member's only workspace Alice's, as a plain member.
    await queryRows(`DELETE FROM "WorkspaceMember" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [member.email]);
    await queryRows(
      `INSERT INTO "WorkspaceMember" (id, "workspaceId", "userId", role) SELECT gen_random_uuid(), $1, id, 'MEMBER' FROM "User" WHERE email = $2`,
      [aliceWorkspaceId, member.email],
    );
    const connection = await callOperation<{ connected: boolean; canManage: boolean }>("get-apollo-connection", undefined, member.sessionId);
    expect(connection.body).toMatchObject({ connected: true, canManage: false });
    expect((await callOperation("save-apollo-api-key", { apiKey: "apollo-test-key-member" }, member.sessionId)).status).toBe(403);
    expect((await callOperation("remove-apollo-api-key", undefined, member.sessionId)).status).toBe(403);
  });
});
