import { describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, get, signUpVerifiedUser } from "./support/httpClient";
import { createTeam, joinedMember, rolesIn, uniqueTeamName, userIdOf, type ErrorBody, type MembersView } from "./support/teams";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

/** The account page with teams: the export lists memberships, and deletion waits for the last owner of a shared workspace. */

type AccountExport = {
  memberships: { role: string; workspaceId: string; workspaceName: string; isPersonal: boolean; memberCount: number; joinedAt: string }[];
  workspaces: { id: string; companies: { domain: string }[] }[];
};

/** When the user joined the workspace, as the export writes it (the database keeps UTC). */
async function joinedAt(email: string, workspaceId: string): Promise<string> {
  const [row] = await queryRows<{ joinedAt: string }>(
    `SELECT to_char(m."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "joinedAt"
       FROM "WorkspaceMember" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND m."workspaceId" = $2`,
    [email, workspaceId],
  );
  return row.joinedAt;
}

describe("an account in a team", () => {
  it("exports its memberships of shared workspaces with role and join date, and only the data of workspaces it owns", async () => {
    const owner = await signUpVerifiedUser("export-owner");
    const name = uniqueTeamName("Export Team");
    const teamId = await createTeam(owner, name);
    await insertCompanies(teamId, [{ name: "Team Data", domain: `team-data-${teamId.slice(0, 8)}.test` }]);
    const colleague = await joinedMember(owner, teamId, name, "export-colleague", "ADMIN");
    const colleaguesOwn = await workspaceIdOf(colleague.email);

    const colleagueExport = await get("/api/account/export", colleague.sessionId);
    expect(colleagueExport.status).toBe(200);
    const body = colleagueExport.body as AccountExport;
    const byWorkspace = (memberships: AccountExport["memberships"]) => [...memberships].sort((a, b) => Number(b.isPersonal) - Number(a.isPersonal));
    expect(byWorkspace(body.memberships)).toEqual([
      {
        role: "OWNER",
        workspaceId: colleaguesOwn,
        workspaceName: `${colleague.email.split("@")[0]}'s workspace`,
        isPersonal: true,
        memberCount: 1,
        joinedAt: await joinedAt(colleague.email, colleaguesOwn),
      },
      { role: "ADMIN", workspaceId: teamId, workspaceName: name, isPersonal: false, memberCount: 2, joinedAt: await joinedAt(colleague.email, teamId) },
    ]);
    expect(body.workspaces.map((workspace) => workspace.id)).toEqual([colleaguesOwn]);

    const ownerExport = (await get("/api/account/export", owner.sessionId)).body as AccountExport;
    expect(ownerExport.memberships.find((membership) => membership.workspaceId === teamId)).toEqual({
      role: "OWNER",
      workspaceId: teamId,
      workspaceName: name,
      isPersonal: false,
      memberCount: 2,
      joinedAt: await joinedAt(owner.email, teamId),
    });
    expect(ownerExport.workspaces.find((workspace) => workspace.id === teamId)?.companies.map((company) => company.domain)).toEqual([
      `team-data-${teamId.slice(0, 8)}.test`,
    ]);
  });

  it("refuses to delete the last owner of a shared workspace (409, naming it) and deletes nothing; after a handover it deletes the account and the team stays", async () => {
    const owner = await signUpVerifiedUser("leaving-owner");
    const ownerId = await userIdOf(owner.email);
    const ownersPersonal = await workspaceIdOf(owner.email);
    const name = uniqueTeamName("Inherited Team");
    const teamId = await createTeam(owner, name);
    const domain = `kept-${teamId.slice(0, 8)}.test`;
    await insertCompanies(teamId, [{ name: "Kept Co", domain }]);
    const colleague = await joinedMember(owner, teamId, name, "leaving-colleague");

    const refused = await callOperation<ErrorBody>("delete-my-account", { confirmEmail: owner.email }, owner.sessionId);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(
      `You are the last owner of "${name}", shared with others. Transfer ownership to another member or delete that workspace (Team page) before deleting your account.`,
    );
    expect(await queryRows(`SELECT 1 FROM "User" WHERE id = $1`, [ownerId])).toHaveLength(1);
    expect(await queryRows(`SELECT id FROM "Workspace" WHERE id = ANY($1) ORDER BY "isPersonal"`, [[teamId, ownersPersonal]])).toEqual([{ id: teamId }, { id: ownersPersonal }]);
    expect(await queryRows(`SELECT domain FROM "Company" WHERE "workspaceId" = $1`, [teamId])).toEqual([{ domain }]);
    expect(await rolesIn(teamId)).toEqual({ [owner.email]: "OWNER", [colleague.email]: "MEMBER" });
    expect((await callOperation("get-my-workspaces", undefined, owner.sessionId)).status).toBe(200);

    expect((await callOperation("transfer-ownership", { workspaceId: teamId, userId: colleague.userId }, owner.sessionId)).status).toBe(200);
    expect(await callOperation("delete-my-account", { confirmEmail: owner.email }, owner.sessionId)).toEqual({ status: 200, body: { deleted: true } });

    expect(await queryRows(`SELECT 1 FROM "User" WHERE id = $1`, [ownerId])).toEqual([]);
    expect(await queryRows(`SELECT 1 FROM "Workspace" WHERE id = $1`, [ownersPersonal])).toEqual([]);
    expect(await rolesIn(teamId)).toEqual({ [colleague.email]: "OWNER" });
    const members = await callOperation<MembersView>("get-workspace-members", { workspaceId: teamId }, colleague.sessionId);
    expect(members.body.members.map(({ email, role }) => ({ email, role }))).toEqual([{ email: colleague.email, role: "OWNER" }]);
    const companies = await callOperation<{ companies: { domain: string }[] }>("get-companies", {}, colleague.sessionId);
    expect(companies.body.companies.map((company) => company.domain)).toEqual([domain]);
    expect((await callOperation("get-my-workspaces", undefined, owner.sessionId)).status).toBe(401);
  });
});
