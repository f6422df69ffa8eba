import { randomUUID } from "node:crypto";
import { queryRows } from "./database";
import { callOperation, clientOrigin, signUpVerifiedUser } from "./httpClient";
import { emailsTo } from "./mailCatcher";
import { waitFor } from "./polling";
import type { WorkspaceRole as Role } from "@prisma/client";
import type { MyWorkspaces, WorkspaceSummary } from "../../../src/workspaces/operations";
import type { SentInvitation } from "../../../src/workspaces/invitations/invitationOperations";
import type { WorkspaceMembersView as MembersView } from "../../../src/workspaces/members/memberOperations";

/** Team workspaces, invitations and members over HTTP, for the teams and invitations tests. */

export type Session = { email: string; sessionId: string };
export type { MembersView, MyWorkspaces, Role, SentInvitation, WorkspaceSummary };
export type ErrorBody = { message: string; data?: { fieldErrors?: Record<string, string[]> } };

/** A workspace name no other test uses. */
export function uniqueTeamName(label: string): string {
  return `${label} ${randomUUID().slice(0, 8)}`;
}

export async function userIdOf(email: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/** Creates a team workspace (the owner now works in it) and returns its id. */
export async function createTeam(owner: Session, name: string): Promise<string> {
  const created = await callOperation<WorkspaceSummary>("create-workspace", { name }, owner.sessionId);
  if (created.status !== 200) throw new Error(`create-workspace answered ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id;
}

/** The tokens of every invitation link mailed to address for the workspace of that name, oldest first. */
export async function invitationTokensMailedTo(address: string, workspaceName: string): Promise<string[]> {
  const emails = await emailsTo(address);
  const links = new RegExp(`${escapeRegExp(clientOrigin())}/invite/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`);
  return emails
    .filter((email) => email.subject.endsWith(` invited you to ${workspaceName} on Hyperformant`))
    .map((email) => links.exec(email.text ?? "")?.[1])
    .filter((token): token is string => token !== undefined)
    .reverse();
}

/** Waits for an invitation link to address for the workspace that is not one of the known tokens. */
export async function waitForInvitationToken(address: string, workspaceName: string, known: string[] = []): Promise<string> {
  return waitFor(`an invitation to ${workspaceName} for ${address}`, async () => {
    const tokens = await invitationTokensMailedTo(address, workspaceName);
    return tokens.find((token) => !known.includes(token));
  });
}

/** Invites address and returns the invitation and the token of the link it was mailed. */
export async function invite(inviter: Session, workspaceId: string, workspaceName: string, email: string, role: Role = "MEMBER") {
  const sent = await callOperation<SentInvitation>("invite-to-workspace", { workspaceId, email, role }, inviter.sessionId);
  if (sent.status !== 200) throw new Error(`invite-to-workspace answered ${sent.status} ${JSON.stringify(sent.body)}`);
  const token = await waitForInvitationToken(email, workspaceName);
  return { invitation: sent.body, token };
}

/** A new verified user who joins the workspace with the role through an emailed invitation. */
export async function joinedMember(inviter: Session, workspaceId: string, workspaceName: string, label: string, role: Role = "MEMBER") {
  const member = await signUpVerifiedUser(label);
  const { token } = await invite(inviter, workspaceId, workspaceName, member.email, role);
  const accepted = await callOperation("accept-invitation", { token }, member.sessionId);
  if (accepted.status !== 200) throw new Error(`accept-invitation answered ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { ...member, userId: await userIdOf(member.email) };
}

/** The members of a workspace and their roles, straight from the database, by email. */
export async function rolesIn(workspaceId: string): Promise<Record<string, Role>> {
  const rows = await queryRows<{ email: string; role: Role }>(
    `SELECT u.email, m.role FROM "WorkspaceMember" m JOIN "User" u ON u.id = m."userId" WHERE m."workspaceId" = $1`,
    [workspaceId],
  );
  return Object.fromEntries(rows.map((row) => [row.email, row.role]));
}

/** A report row of the workspace about one of its companies (no run: the lists only read the row). */
export async function insertReport(workspaceId: string, companyId: string, title: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    `INSERT INTO "MarketReport" (id, "workspaceId", "subjectCompanyId", "subjectName", kind, title, status, "progressPercent", "updatedAt")
     SELECT gen_random_uuid(), $1, c.id, c.name, 'MARKET', $3, 'FAILED', 100, now() FROM "Company" c WHERE c.id = $2
     RETURNING id`,
    [workspaceId, companyId, title],
  );
  if (!row) throw new Error(`no company ${companyId} to report on`);
  return row.id;
}

/** A finished CSV import of the workspace. */
export async function insertCompanyImport(workspaceId: string, fileName: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    `INSERT INTO "CompanyImport" (id, "workspaceId", "fileName", status, "totalRows", "validRows", "processedRows", "createdCount", "finishedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'SUCCEEDED', 1, 1, 1, 1, now(), now()) RETURNING id`,
    [workspaceId, fileName],
  );
  return row.id;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Puts a workspace on a paid plan as a webhook would have (an active subscription), for tests that need its larger quotas. */
export async function putOnPaidPlan(workspaceId: string, plan: "PRO" | "TEAM") {
  await queryRows(
    `INSERT INTO "BillingSubscription" (id, "workspaceId", "providerSubscriptionId", "providerCustomerId", plan, interval, "priceId", status, "stateAsOf", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'sub_test_' || gen_random_uuid(), 'cus_test_' || gen_random_uuid(), $2::"PlanId", 'MONTH', 'price_test', 'ACTIVE', now(), now())`,
    [workspaceId, plan],
  );
}
