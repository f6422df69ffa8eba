import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, post, signUpVerifiedUser, testPassword } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { putOnPaidPlan, userIdOf } from "./support/teams";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

/**
 * The admin users table (search, filters, sort, pages) and what an admin may
 * do to a user: grant or revoke admin, suspend (signed out at once, cannot
 * sign in, what they queued stops) and reactivate; each change in the Log.
 */
type Page = { users: Array<{ id: string; email: string; isAdmin: boolean; plan: string; subscriptionStatus: string | null; suspendedAt: string | null }>; totalCount: number; page: number };
const marker = `adm${randomUUID().slice(0, 6)}`;
const today = () => new Date().toISOString().slice(0, 10);
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const boss = useJobQueue();
let admin: { email: string; sessionId: string };
const people: Array<{ email: string; sessionId: string; id: string }> = [];

beforeAll(async () => {
  admin = await signUpVerifiedUser("users-admin", process.env.HF_TEST_USERS_ADMIN_EMAIL);
  for (let n = 0; n < 6; n += 1) {
    const person = await signUpVerifiedUser(`${marker}-${n}`);
    people.push({ ...person, id: await userIdOf(person.email) });
  }
  await putOnPaidPlan(await workspaceIdOf(people[1].email), "PRO");
}, 120_000);

const usersPage = async (args: object) => {
  const response = await callOperation<Page>("get-admin-users", args, admin.sessionId);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
};
const adminLogs = (userId: string) =>
  queryRows<{ message: string; context: { action: string; adminEmail: string; userId: string } }>(
    `SELECT message, context FROM "Log" WHERE source = 'admin' AND context->>'userId' = $1 ORDER BY "createdAt"`,
    [userId],
  );

describe("the admin users table", { timeout: 60_000 }, () => {
  it("finds users by part of their email, whatever the case, sorted and paged on the server", async () => {
    const first = await usersPage({ search: marker.toUpperCase(), sort: "email", direction: "asc", pageSize: 5 });
    expect(first.totalCount).toBe(6);
    expect(first.users.map((user) => user.email)).toEqual(people.map((person) => person.email).sort().slice(0, 5));
    const second = await usersPage({ search: marker, sort: "email", direction: "asc", pageSize: 5, page: 2 });
    expect(second.users.map((user) => user.email)).toEqual([people.map((person) => person.email).sort()[5]]);
    const newestFirst = await usersPage({ search: marker, sort: "createdAt", direction: "desc" });
    expect(newestFirst.users[0].email).toBe(people[5].email);
  });

  it("filters by plan, admin, signup day and state", async () => {
    const pro = await usersPage({ search: marker, plan: "PRO" });
    expect(pro.users.map((user) => user.email)).toEqual([people[1].email]);
    expect(pro.users[0]).toMatchObject({ plan: "PRO", subscriptionStatus: "ACTIVE" });
    expect((await usersPage({ search: marker, plan: "FREE" })).totalCount).toBe(5);
    expect((await usersPage({ search: marker, subscriptionStatus: "ACTIVE" })).totalCount).toBe(1);
    expect((await usersPage({ search: marker, admin: "admins" })).totalCount).toBe(0);
    expect((await usersPage({ search: "users-admin", admin: "admins" })).users.map((user) => user.email)).toContain(admin.email);
    expect((await usersPage({ search: marker, signedUpFrom: today(), signedUpTo: today() })).totalCount).toBe(6);
    expect((await usersPage({ search: marker, signedUpTo: yesterday() })).totalCount).toBe(0);
    expect((await usersPage({ search: marker, state: "suspended" })).totalCount).toBe(0);
  });
});

describe("admin actions on a user", { timeout: 60_000 }, () => {
  it("grants and revokes admin, each change logged with who did it; not one's own", async () => {
    const [person] = people;
    expect((await callOperation("get-admin-dashboard", { days: 7 }, person.sessionId)).status).toBe(403);
    expect((await callOperation("set-user-admin", { userId: person.id, isAdmin: true }, admin.sessionId)).body).toEqual({ isAdmin: true, changed: true });
    expect((await callOperation("get-admin-dashboard", { days: 7 }, person.sessionId)).status).toBe(200);
    expect((await callOperation("set-user-admin", { userId: person.id, isAdmin: true }, admin.sessionId)).body).toEqual({ isAdmin: true, changed: false });
    expect((await callOperation("set-user-admin", { userId: person.id, isAdmin: false }, admin.sessionId)).body).toEqual({ isAdmin: false, changed: true });
    expect((await callOperation("get-admin-dashboard", { days: 7 }, person.sessionId)).status).toBe(403);
    const logs = await adminLogs(person.id);
    expect(logs.map((log) => log.context.action)).toEqual(["grant-admin", "revoke-admin"]);
    expect(logs[0].context.adminEmail).toBe(admin.email);
    expect(logs[0].message).toBe(`${admin.email} made ${person.email} an admin`);

    const adminId = await userIdOf(admin.email);
    const self = await callOperation<{ data: { fieldErrors: Record<string, string[]> } }>("set-user-admin", { userId: adminId, isAdmin: false }, admin.sessionId);
    expect(self.status).toBe(400);
    expect(self.body.data.fieldErrors.userId).toBeDefined();
    expect((await callOperation("set-user-admin", { userId: randomUUID(), isAdmin: true }, admin.sessionId)).status).toBe(404);
  });

  it("suspends a user: their open session stops at once, they cannot sign in, their queued report stops; reactivating lets them back", async () => {
    const person = people[2];
    const workspaceId = await workspaceIdOf(person.email);
    const [report] = await queryRows<{ id: string }>(
      `INSERT INTO "MarketReport" (id, "workspaceId", "requestedById", title, status, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, 'QUEUED', now()) RETURNING id`,
      [workspaceId, person.id, `${marker} queued`],
    );
    expect((await callOperation("get-dashboard-summary", undefined, person.sessionId)).status).toBe(200);

    expect((await callOperation("set-user-suspended", { userId: person.id, suspended: true }, admin.sessionId)).body).toEqual({ suspended: true, changed: true });
    expect((await callOperation("get-dashboard-summary", undefined, person.sessionId)).status).toBe(401);
    const login = await post("/auth/email/login", { email: person.email, password: testPassword });
    expect(login.status).toBe(403);
    expect(JSON.stringify(login.body)).toMatch(/suspended/);
    const [stopped] = await queryRows<{ status: string; errorMessage: string; activeKey: string | null }>(`SELECT status, "errorMessage", "activeKey" FROM "MarketReport" WHERE id = $1`, [report.id]);
    expect(stopped).toEqual({ status: "FAILED", errorMessage: "Stopped: the person who asked for it was suspended.", activeKey: null });
    expect((await usersPage({ search: person.email, state: "suspended" })).users.map((user) => user.email)).toEqual([person.email]);

    // Again: nothing changes, nothing more is logged.
    expect((await callOperation("set-user-suspended", { userId: person.id, suspended: true }, admin.sessionId)).body).toEqual({ suspended: true, changed: false });
    expect((await callOperation("set-user-suspended", { userId: person.id, suspended: false }, admin.sessionId)).body).toEqual({ suspended: false, changed: true });
    const again = await post("/auth/email/login", { email: person.email, password: testPassword });
    expect(again.status).toBe(200);
    const sessionId = (again.body as { sessionId: string }).sessionId;
    expect((await callOperation("get-dashboard-summary", undefined, sessionId)).status).toBe(200);
    const logs = await adminLogs(person.id);
    expect(logs.map((log) => log.context.action)).toEqual(["suspend-user", "reactivate-user"]);
    expect(logs[0].context).toMatchObject({ adminEmail: admin.email, reportsStopped: 1, sessionsEnded: 1 });
  });

  it("a report a suspended user asked for fails when its job runs, spending nothing", async () => {
    const person = people[5];
    const workspaceId = await workspaceIdOf(person.email);
    const companies = await insertCompanies(workspaceId, [{ name: "Suspended Subject", domain: `${marker}-subject.example`, role: "OWN_COMPANY" }]);
    expect((await callOperation("set-user-suspended", { userId: person.id, suspended: true }, admin.sessionId)).status).toBe(200);
    // Queued just as the suspension landed (the suspension's own sweep missed it).
    const [report] = await queryRows<{ id: string }>(
      `INSERT INTO "MarketReport" (id, "workspaceId", "requestedById", "subjectCompanyId", title, status, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, 'QUEUED', now()) RETURNING id`,
      [workspaceId, person.id, companies[`${marker}-subject.example`], `${marker} late`],
    );
    const job = await runJob(boss, "generateMarketReport", { reportId: report.id });
    expect(job.output).toEqual({ outcome: "failed" });
    const [ended] = await queryRows<{ status: string; errorMessage: string; creditsSpent: number }>(`SELECT status, "errorMessage", "creditsSpent" FROM "MarketReport" WHERE id = $1`, [report.id]);
    expect(ended).toEqual({ status: "FAILED", errorMessage: "Stopped: the person who asked for it was suspended.", creditsSpent: 0 });
  });

  it("refuses to suspend oneself, an unknown user, or for a user who is not an admin", async () => {
    const adminId = await userIdOf(admin.email);
    expect((await callOperation("set-user-suspended", { userId: adminId, suspended: true }, admin.sessionId)).status).toBe(400);
    expect((await callOperation("set-user-suspended", { userId: randomUUID(), suspended: true }, admin.sessionId)).status).toBe(404);
    const refused = await callOperation("set-user-suspended", { userId: people[4].id, suspended: true }, people[3].sessionId);
    expect(refused.status).toBe(403);
    expect((await queryRows<{ suspendedAt: Date | null }>(`SELECT "suspendedAt" FROM "User" WHERE id = $1`, [people[4].id]))[0].suspendedAt).toBeNull();
  });
});
