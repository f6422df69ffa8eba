import { describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, clientOrigin, corsPreflight, get, signUpVerifiedUser } from "./support/httpClient";
import { workspaceIdOf } from "./support/workspaces";

async function addCompany(workspaceId: string, domain: string) {
  await queryRows(
    `INSERT INTO "Company" (id, "workspaceId", name, domain, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $2, now())`,
    [workspaceId, domain],
  );
}

describe("export my data", () => {
  it("refuses a signed-out caller", async () => {
    expect((await get("/api/account/export")).status).toBe(401);
  });

  it("lets the web client download from its own origin (CORS preflight)", async () => {
    const preflight = await corsPreflight("/api/account/export", "GET", "authorization");
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.allowedOrigin).toBe(clientOrigin());
  });

  it("downloads the caller's own data and nobody else's, without secrets", async () => {
    const carol = await signUpVerifiedUser("carol");
    const dave = await signUpVerifiedUser("dave");
    await addCompany(await workspaceIdOf(carol.email), "carol-co.test");
    await addCompany(await workspaceIdOf(dave.email), "dave-co.test");
    await queryRows(`UPDATE "Workspace" SET "apolloApiKeyEncrypted" = 'sealed-secret' WHERE id = $1`, [
      await workspaceIdOf(carol.email),
    ]);

    const response = await get("/api/account/export", carol.sessionId);
    expect(response.status).toBe(200);
    const body = response.body as { user: { email: string }; workspaces: Array<{ companies: Array<{ domain: string }> }> };
    expect(body.user.email).toBe(carol.email);
    expect(body.workspaces.flatMap((workspace) => workspace.companies.map((company) => company.domain))).toEqual([
      "carol-co.test",
    ]);
    expect(JSON.stringify(body)).not.toContain("sealed-secret");
    expect(JSON.stringify(body)).not.toContain(dave.email);
  });
});

describe("delete my account", () => {
  it("keeps everything when the typed email does not match", async () => {
    const erin = await signUpVerifiedUser("erin");
    const response = await callOperation("delete-my-account", { confirmEmail: "someone-else@example.test" }, erin.sessionId);
    expect(response.status).toBe(400);
    expect(await queryRows(`SELECT 1 FROM "User" WHERE email = $1`, [erin.email])).toHaveLength(1);
  });

  it("erases the user, their workspace, its companies and their sessions", async () => {
    const frank = await signUpVerifiedUser("frank");
    const workspaceId = await workspaceIdOf(frank.email);
    await addCompany(workspaceId, "frank-co.test");
    const [{ id: userId }] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [frank.email]);

    const response = await callOperation("delete-my-account", { confirmEmail: frank.email.toUpperCase() }, frank.sessionId);
    expect(response).toEqual({ status: 200, body: { deleted: true } });

    expect(await queryRows(`SELECT 1 FROM "User" WHERE id = $1`, [userId])).toHaveLength(0);
    expect(await queryRows(`SELECT 1 FROM "Workspace" WHERE id = $1`, [workspaceId])).toHaveLength(0);
    expect(await queryRows(`SELECT 1 FROM "Company" WHERE "workspaceId" = $1`, [workspaceId])).toHaveLength(0);
    expect(await queryRows(`SELECT 1 FROM "Auth" WHERE "userId" = $1`, [userId])).toHaveLength(0);
    expect((await callOperation("get-dashboard-summary", undefined, frank.sessionId)).status).toBe(401);
  });
});
