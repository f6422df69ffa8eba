import { describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import {
  createTeam,
  insertCompanyImport,
  insertReport,
  invite,
  joinedMember,
  rolesIn,
  uniqueTeamName,
  userIdOf,
  type ErrorBody,
  type MembersView,
  type MyWorkspaces,
  type Session,
  type WorkspaceSummary,
} from "./support/teams";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

/** Team workspaces over HTTP against the built server: shared data, removal, switching, roles, deletion. */

type CompanyPage = { companies: { id: string; domain: string; workspaceId: string }[]; totalCount: number };
type ReportPage = { reports: { id: string; title: string }[]; totalCount: number };
type DashboardSummary = { workspaceName: string; companyCount: number; competitorCount: number; reportCount: number };

async function companyDomains(session: Session) {
  const page = await callOperation<CompanyPage>("get-companies", {}, session.sessionId);
  expect(page.status).toBe(200);
  return page.body.companies.map((company) => company.domain);
}

async function reportTitles(session: Session) {
  const page = await callOperation<ReportPage>("get-reports", {}, session.sessionId);
  expect(page.status).toBe(200);
  return page.body.reports.map((report) => report.title);
}

async function dashboard(session: Session) {
  const summary = await callOperation<DashboardSummary>("get-dashboard-summary", undefined, session.sessionId);
  expect(summary.status).toBe(200);
  const { workspaceName, companyCount, competitorCount, reportCount } = summary.body;
  return { workspaceName, companyCount, competitorCount, reportCount };
}

async function importFileNames(session: Session) {
  const imports = await callOperation<{ fileName: string }[]>("get-recent-company-imports", undefined, session.sessionId);
  expect(imports.status).toBe(200);
  return imports.body.map((row) => row.fileName);
}

async function myWorkspaces(session: Session) {
  const answer = await callOperation<MyWorkspaces>("get-my-workspaces", undefined, session.sessionId);
  expect(answer.status).toBe(200);
  return answer.body;
}

const personalName = (email: string) => `${email.split("@")[0]}'s workspace`;

describe("a team workspace", () => {
  it("shows two members the same companies and reports once the colleague accepts the emailed invitation", async () => {
    const [owner, colleague] = await Promise.all([signUpVerifiedUser("team-owner"), signUpVerifiedUser("team-colleague")]);
    const name = uniqueTeamName("Shared Team");
    const created = await callOperation<WorkspaceSummary>("create-workspace", { name }, owner.sessionId);
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ id: expect.any(String), name, isPersonal: false, role: "OWNER", memberCount: 1 });
    const teamId = created.body.id;
    expect(await myWorkspaces(owner)).toEqual({
      currentWorkspaceId: teamId,
      workspaces: [
        { id: await workspaceIdOf(owner.email), name: personalName(owner.email), isPersonal: true, role: "OWNER", memberCount: 1 },
        { id: teamId, name, isPersonal: false, role: "OWNER", memberCount: 1 },
      ],
    });

    const suffix = teamId.slice(0, 8);
    const rival = await callOperation<{ id: string; workspaceId: string }>("create-company", { domain: `rival-${suffix}.test`, role: "COMPETITOR" }, owner.sessionId);
    const client = await callOperation<{ id: string; workspaceId: string }>("create-company", { domain: `client-${suffix}.test`, role: "PROSPECT" }, owner.sessionId);
    expect([rival.status, client.status]).toEqual([200, 200]);
    expect([rival.body.workspaceId, client.body.workspaceId]).toEqual([teamId, teamId]);
    const reportId = await insertReport(teamId, rival.body.id, `Shared report ${suffix}`);
    expect(await companyDomains(colleague)).toEqual([]);

    const sent = await invite(owner, teamId, name, colleague.email);
    expect(sent.invitation).toMatchObject({ email: colleague.email, role: "MEMBER" });
    const preview = await callOperation("get-invitation", { token: sent.token }, colleague.sessionId);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ workspaceName: name, invitedByName: owner.email, email: colleague.email, role: "MEMBER", state: "pending", problem: null });
    expect(await callOperation("accept-invitation", { token: sent.token }, colleague.sessionId)).toEqual({
      status: 200,
      body: { workspaceId: teamId, workspaceName: name },
    });

    expect(await companyDomains(colleague)).toEqual([`client-${suffix}.test`, `rival-${suffix}.test`]);
    const reports = await callOperation<ReportPage>("get-reports", {}, colleague.sessionId);
    expect(reports.body.reports.map((report) => report.id)).toEqual([reportId]);
    expect(await dashboard(colleague)).toEqual({ workspaceName: name, companyCount: 2, competitorCount: 1, reportCount: 1 });
    expect((await callOperation("get-company", { id: rival.body.id }, colleague.sessionId)).status).toBe(200);

    const members = await callOperation<MembersView>("get-workspace-members", { workspaceId: teamId }, colleague.sessionId);
    expect(members.body.yourRole).toBe("MEMBER");
    expect(members.body.members.map(({ email, role, isYou }) => ({ email, role, isYou }))).toEqual([
      { email: owner.email, role: "OWNER", isYou: false },
      { email: colleague.email, role: "MEMBER", isYou: true },
    ]);
    expect(members.body.seats).toEqual({ used: 2, limit: 3, members: 2, pendingInvitations: 0 });
  });

  it("is closed to a removed member at once: 404 for its company, only their own workspace listed", async () => {
    const owner = await signUpVerifiedUser("removal-owner");
    const name = uniqueTeamName("Removal Team");
    const teamId = await createTeam(owner, name);
    const teamCompanies = await insertCompanies(teamId, [{ name: "Team Co", domain: `team-${teamId.slice(0, 8)}.test` }]);
    const teamCompanyId = Object.values(teamCompanies)[0];
    const colleague = await joinedMember(owner, teamId, name, "removal-colleague");
    const personalId = await workspaceIdOf(colleague.email);
    await insertCompanies(personalId, [{ name: "Own Co", domain: `own-${teamId.slice(0, 8)}.test` }]);
    expect((await callOperation("get-company", { id: teamCompanyId }, colleague.sessionId)).status).toBe(200);

    expect(await callOperation("remove-member", { workspaceId: teamId, userId: colleague.userId }, owner.sessionId)).toEqual({
      status: 200,
      body: { removed: true },
    });

    const company = await callOperation<ErrorBody>("get-company", { id: teamCompanyId }, colleague.sessionId);
    expect(company.status).toBe(404);
    expect(company.body.message).toBe("No such company in your workspace.");
    expect(await companyDomains(colleague)).toEqual([`own-${teamId.slice(0, 8)}.test`]);
    expect(await myWorkspaces(colleague)).toEqual({
      currentWorkspaceId: personalId,
      workspaces: [{ id: personalId, name: personalName(colleague.email), isPersonal: true, role: "OWNER", memberCount: 1 }],
    });
    expect((await callOperation("switch-workspace", { workspaceId: teamId }, colleague.sessionId)).status).toBe(404);
    expect((await callOperation("get-workspace-members", { workspaceId: teamId }, colleague.sessionId)).status).toBe(404);
    expect(await rolesIn(teamId)).toEqual({ [owner.email]: "OWNER" });
  });

  it("switches every list with the workspace, and refuses a switch to a workspace the caller is not in (404)", async () => {
    const [user, stranger] = await Promise.all([signUpVerifiedUser("switch-user"), signUpVerifiedUser("switch-stranger")]);
    const personalId = await workspaceIdOf(user.email);
    const name = uniqueTeamName("Switch Team");
    const tag = personalId.slice(0, 8);
    const personal = await insertCompanies(personalId, [{ name: "Mine", domain: `mine-${tag}.test`, role: "COMPETITOR" }]);
    await insertReport(personalId, personal[`mine-${tag}.test`], "Personal report");
    await insertCompanyImport(personalId, "personal.csv");
    const teamId = await createTeam(user, name);
    const team = await insertCompanies(teamId, [
      { name: "Team A", domain: `team-a-${tag}.test`, role: "COMPETITOR" },
      { name: "Team B", domain: `team-b-${tag}.test`, role: "COMPETITOR" },
    ]);
    await insertReport(teamId, team[`team-a-${tag}.test`], "Team report");
    await insertCompanyImport(teamId, "team.csv");

    const teamView = async () => ({ companies: await companyDomains(user), reports: await reportTitles(user), dashboard: await dashboard(user), imports: await importFileNames(user) });
    const inTeam = {
      companies: [`team-a-${tag}.test`, `team-b-${tag}.test`],
      reports: ["Team report"],
      dashboard: { workspaceName: name, companyCount: 2, competitorCount: 2, reportCount: 1 },
      imports: ["team.csv"],
    };
    const inPersonal = {
      companies: [`mine-${tag}.test`],
      reports: ["Personal report"],
      dashboard: { workspaceName: personalName(user.email), companyCount: 1, competitorCount: 1, reportCount: 1 },
      imports: ["personal.csv"],
    };
    expect(await teamView()).toEqual(inTeam);

    expect(await callOperation("switch-workspace", { workspaceId: personalId }, user.sessionId)).toEqual({ status: 200, body: { currentWorkspaceId: personalId } });
    expect(await teamView()).toEqual(inPersonal);
    expect((await callOperation("get-company", { id: team[`team-a-${tag}.test`] }, user.sessionId)).status).toBe(404);

    const strangers = await workspaceIdOf(stranger.email);
    const refused = await callOperation<ErrorBody>("switch-workspace", { workspaceId: strangers }, user.sessionId);
    expect(refused.status).toBe(404);
    expect(refused.body.message).toBe("No such workspace among yours.");
    expect((await callOperation("switch-workspace", { workspaceId: "00000000-0000-4000-8000-000000000000" }, user.sessionId)).status).toBe(404);
    expect((await callOperation("switch-workspace", { workspaceId: "not-a-workspace" }, user.sessionId)).status).toBe(400);
    expect((await myWorkspaces(user)).currentWorkspaceId).toBe(personalId);
    expect(await teamView()).toEqual(inPersonal);

    expect((await callOperation("switch-workspace", { workspaceId: teamId }, user.sessionId)).status).toBe(200);
    expect(await teamView()).toEqual(inTeam);
  });
});

describe("roles in a team workspace", () => {
  async function teamOfThree(label: string) {
    const owner = await signUpVerifiedUser(`${label}-owner`);
    const name = uniqueTeamName(`${label} team`);
    const workspaceId = await createTeam(owner, name);
    const admin = await joinedMember(owner, workspaceId, name, `${label}-admin`, "ADMIN");
    const member = await joinedMember(owner, workspaceId, name, `${label}-member`, "MEMBER");
    return { owner: { ...owner, userId: await userIdOf(owner.email) }, admin, member, workspaceId, name };
  }

  it("refuses a member inviting, renaming, changing roles and removing (403), and changes nothing", async () => {
    const { owner, admin, member, workspaceId, name } = await teamOfThree("member-refusals");
    const attempts = {
      invite: await callOperation<ErrorBody>("invite-to-workspace", { workspaceId, email: `outsider-${workspaceId.slice(0, 8)}@example.test` }, member.sessionId),
      rename: await callOperation<ErrorBody>("rename-workspace", { workspaceId, name: "Taken over" }, member.sessionId),
      changeRole: await callOperation<ErrorBody>("change-member-role", { workspaceId, userId: admin.userId, role: "MEMBER" }, member.sessionId),
      remove: await callOperation<ErrorBody>("remove-member", { workspaceId, userId: admin.userId }, member.sessionId),
    };
    expect(Object.fromEntries(Object.entries(attempts).map(([what, answer]) => [what, [answer.status, answer.body.message]]))).toEqual({
      invite: [403, "Only the workspace's owners and admins can invite people."],
      rename: [403, "Only the workspace's owners and admins can rename it."],
      changeRole: [403, "Only the workspace's owners and admins can change roles."],
      remove: [403, "Only the workspace's owners and admins can remove members."],
    });
    expect(await rolesIn(workspaceId)).toEqual({ [owner.email]: "OWNER", [admin.email]: "ADMIN", [member.email]: "MEMBER" });
    expect(await queryRows(`SELECT name FROM "Workspace" WHERE id = $1`, [workspaceId])).toEqual([{ name }]);
    expect(await queryRows(`SELECT email FROM "WorkspaceInvitation" WHERE "workspaceId" = $1 AND "acceptedAt" IS NULL`, [workspaceId])).toEqual([]);
  });

  it("lets an admin manage members but not demote or remove an owner (403); the last owner can neither leave nor be demoted (400)", async () => {
    const { owner, admin, member, workspaceId } = await teamOfThree("owner-guard");
    const demote = await callOperation<ErrorBody>("change-member-role", { workspaceId, userId: owner.userId, role: "ADMIN" }, admin.sessionId);
    expect([demote.status, demote.body.message]).toEqual([403, "Only an owner can change an owner's role or make someone an owner."]);
    const remove = await callOperation<ErrorBody>("remove-member", { workspaceId, userId: owner.userId }, admin.sessionId);
    expect([remove.status, remove.body.message]).toEqual([403, "Only an owner can remove an owner."]);
    const promoteSelf = await callOperation<ErrorBody>("change-member-role", { workspaceId, userId: admin.userId, role: "OWNER" }, admin.sessionId);
    expect(promoteSelf.status).toBe(403);
    expect(await callOperation("change-member-role", { workspaceId, userId: member.userId, role: "ADMIN" }, admin.sessionId)).toEqual({
      status: 200,
      body: { userId: member.userId, role: "ADMIN" },
    });

    const leave = await callOperation<ErrorBody>("leave-workspace", { workspaceId }, owner.sessionId);
    expect([leave.status, leave.body.message]).toEqual([400, "You are this workspace's last owner: transfer ownership or delete the workspace first."]);
    const demoteSelf = await callOperation<ErrorBody>("change-member-role", { workspaceId, userId: owner.userId, role: "MEMBER" }, owner.sessionId);
    expect([demoteSelf.status, demoteSelf.body.message]).toEqual([400, "This is the workspace's last owner: transfer ownership to someone else first."]);
    expect(await rolesIn(workspaceId)).toEqual({ [owner.email]: "OWNER", [admin.email]: "ADMIN", [member.email]: "ADMIN" });

    expect(await callOperation("leave-workspace", { workspaceId }, member.sessionId)).toEqual({ status: 200, body: { left: true } });
    expect(await rolesIn(workspaceId)).toEqual({ [owner.email]: "OWNER", [admin.email]: "ADMIN" });
  });

  it("hands ownership over: the other becomes an owner, the caller an admin who can no longer hand it back", async () => {
    const { owner, admin, member, workspaceId } = await teamOfThree("transfer");
    const outsider = await signUpVerifiedUser("transfer-outsider");
    const toOutsider = await callOperation<ErrorBody>("transfer-ownership", { workspaceId, userId: await userIdOf(outsider.email) }, owner.sessionId);
    expect([toOutsider.status, toOutsider.body.message]).toEqual([404, "No such member in this workspace."]);
    expect((await callOperation("transfer-ownership", { workspaceId, userId: owner.userId }, outsider.sessionId)).status).toBe(404);
    expect((await callOperation("transfer-ownership", { workspaceId, userId: member.userId }, admin.sessionId)).status).toBe(403);
    expect(await callOperation("transfer-ownership", { workspaceId, userId: member.userId }, owner.sessionId)).toEqual({
      status: 200,
      body: { newOwnerId: member.userId },
    });
    expect(await rolesIn(workspaceId)).toEqual({ [owner.email]: "ADMIN", [admin.email]: "ADMIN", [member.email]: "OWNER" });
    expect((await callOperation("transfer-ownership", { workspaceId, userId: owner.userId }, owner.sessionId)).status).toBe(403);
    const view = await callOperation<MembersView>("get-workspace-members", { workspaceId }, owner.sessionId);
    expect(view.body.yourRole).toBe("ADMIN");
    // The new owner, alone among owners, may now leave only after handing it on too.
    expect((await callOperation("leave-workspace", { workspaceId }, member.sessionId)).status).toBe(400);
    expect(await callOperation("leave-workspace", { workspaceId }, owner.sessionId)).toEqual({ status: 200, body: { left: true } });
  });

  it("deletes a team workspace only for an owner typing its exact name, with its companies; its members fall back to their own", async () => {
    const { owner, admin, member, workspaceId, name } = await teamOfThree("deletion");
    await insertCompanies(workspaceId, [
      { name: "Doomed One", domain: `doomed-1-${workspaceId.slice(0, 8)}.test` },
      { name: "Doomed Two", domain: `doomed-2-${workspaceId.slice(0, 8)}.test` },
    ]);
    expect((await dashboard(member)).workspaceName).toBe(name);

    const byAdmin = await callOperation<ErrorBody>("delete-workspace", { workspaceId, confirmName: name }, admin.sessionId);
    expect([byAdmin.status, byAdmin.body.message]).toEqual([403, "Only the workspace's owners can delete it."]);
    const wrongName = await callOperation<ErrorBody>("delete-workspace", { workspaceId, confirmName: name.toUpperCase() }, owner.sessionId);
    expect(wrongName.status).toBe(400);
    expect(wrongName.body.data?.fieldErrors).toEqual({ confirmName: [`Type "${name}" to confirm.`] });
    const ownersPersonal = await workspaceIdOf(owner.email);
    const personal = await callOperation<ErrorBody>("delete-workspace", { workspaceId: ownersPersonal, confirmName: personalName(owner.email) }, owner.sessionId);
    expect([personal.status, personal.body.message]).toEqual([400, "Your personal workspace goes only with your account (Account page)."]);
    expect(await queryRows(`SELECT count(*)::int AS n FROM "Company" WHERE "workspaceId" = $1`, [workspaceId])).toEqual([{ n: 2 }]);
    expect(await queryRows(`SELECT 1 FROM "Workspace" WHERE id = $1`, [ownersPersonal])).toHaveLength(1);

    expect(await callOperation("delete-workspace", { workspaceId, confirmName: ` ${name} ` }, owner.sessionId)).toEqual({ status: 200, body: { deleted: true } });
    expect(await queryRows(`SELECT 1 FROM "Workspace" WHERE id = $1`, [workspaceId])).toEqual([]);
    expect(await queryRows(`SELECT 1 FROM "Company" WHERE "workspaceId" = $1`, [workspaceId])).toEqual([]);
    expect(await queryRows(`SELECT 1 FROM "WorkspaceMember" WHERE "workspaceId" = $1`, [workspaceId])).toEqual([]);
    for (const person of [owner, admin, member]) {
      expect(await dashboard(person)).toEqual({ workspaceName: personalName(person.email), companyCount: 0, competitorCount: 0, reportCount: 0 });
      expect((await myWorkspaces(person)).currentWorkspaceId).toBe(await workspaceIdOf(person.email));
    }
  });
});
