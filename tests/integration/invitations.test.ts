import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, clientOrigin, signUpVerifiedUser, uniqueEmail } from "./support/httpClient";
import { waitForEmail } from "./support/mailCatcher";
import { waitFor } from "./support/polling";
import {
  createTeam,
  invite,
  joinedMember,
  putOnPaidPlan,
  rolesIn,
  uniqueTeamName,
  waitForInvitationToken,
  type ErrorBody,
  type MembersView,
  type MyWorkspaces,
  type SentInvitation,
} from "./support/teams";
import { workspaceIdOf } from "./support/workspaces";

/** Invitations by email over HTTP against the built server: links, their states, seats and the rate limit. */

type Preview = { workspaceName: string; invitedByName: string | null; email: string; role: string; state: string; problem: string | null };

const unknownLink = "This invitation link is not valid: it may have been replaced by a newer one. Use the latest email, or ask for a new invitation.";
const alreadyUsed = "This invitation has already been used. Ask the workspace's owner or an admin for a new one if you still need to join.";
const revoked = "This invitation was revoked. Ask the workspace's owner or an admin for a new one.";
const expired = "This invitation has expired (invitations last 7 days). Ask the workspace's owner or an admin to send it again.";

async function newTeam(label: string) {
  const owner = await signUpVerifiedUser(`${label}-owner`);
  const name = uniqueTeamName(`${label} team`);
  return { owner, name, workspaceId: await createTeam(owner, name) };
}

const preview = (token: string, sessionId?: string) => callOperation<Preview & ErrorBody>("get-invitation", { token }, sessionId);
const accept = (args: { token: string } | { invitationId: string }, sessionId: string) => callOperation<ErrorBody>("accept-invitation", args, sessionId);

describe("workspace invitations", () => {
  it("mails a link to the frontend's /invite/<token> that names the inviter, the workspace and the role", async () => {
    const { owner, name, workspaceId } = await newTeam("mail");
    const invitee = uniqueEmail("mail-invitee");
    const sent = await callOperation<SentInvitation>("invite-to-workspace", { workspaceId, email: invitee.toUpperCase(), role: "ADMIN" }, owner.sessionId);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ email: invitee, role: "ADMIN" });
    const validFor = sent.body.expiresAt.getTime() - Date.now();
    expect(validFor).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    expect(validFor).toBeLessThanOrEqual(7 * 24 * 3600_000);
    const email = await waitForEmail(invitee, / invited you to /);
    expect(email.subject).toBe(`${owner.email} invited you to ${name} on Hyperformant`);
    const token = await waitForInvitationToken(invitee, name);
    expect(email.text).toContain(`as an admin`);
    expect(email.text).toContain(`Accept the invitation: ${clientOrigin()}/invite/${token}`);
  });

  it("refuses to invite a member or an email already invited (400 on the email field)", async () => {
    const { owner, name, workspaceId } = await newTeam("duplicate");
    const member = await joinedMember(owner, workspaceId, name, "duplicate-member");
    const again = await callOperation<ErrorBody>("invite-to-workspace", { workspaceId, email: member.email.toUpperCase() }, owner.sessionId);
    expect(again.status).toBe(400);
    expect(again.body.data?.fieldErrors).toEqual({ email: [`${member.email} is already a member of this workspace.`] });

    const pending = uniqueEmail("duplicate-pending");
    await invite(owner, workspaceId, name, pending);
    const twice = await callOperation<ErrorBody>("invite-to-workspace", { workspaceId, email: pending }, owner.sessionId);
    expect(twice.status).toBe(400);
    expect(twice.body.data?.fieldErrors).toEqual({ email: [`${pending} is already invited: resend the invitation from the list if the email was lost.`] });
    expect(await queryRows(`SELECT count(*)::int AS n FROM "WorkspaceInvitationEmail" WHERE "workspaceId" = $1`, [workspaceId])).toEqual([{ n: 2 }]);
  });

  it("stores only the token's SHA-256; the job queue carries it sealed", async () => {
    const { owner, name, workspaceId } = await newTeam("hashed");
    const { invitation, token } = await invite(owner, workspaceId, name, uniqueEmail("hashed-invitee"));
    const [row] = await queryRows<{ tokenHash: string }>(`SELECT "tokenHash" FROM "WorkspaceInvitation" WHERE id = $1`, [invitation.id]);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const everyInvitation = await queryRows<{ row: string }>(`SELECT row_to_json(i)::text AS row FROM "WorkspaceInvitation" i`);
    expect(everyInvitation.filter(({ row: text }) => text.includes(row.tokenHash))).toHaveLength(1);
    expect(everyInvitation.filter(({ row: text }) => text.includes(token))).toEqual([]);

    const [send] = await queryRows<{ id: string }>(`SELECT id FROM "WorkspaceInvitationEmail" WHERE "invitationId" = $1`, [invitation.id]);
    // Queued, done or archived: no job holds the link.
    const jobs = await queryRows<{ data: string }>(
      `SELECT coalesce(data::text, '') AS data FROM pgboss.job UNION ALL SELECT coalesce(data::text, '') FROM pgboss.archive`,
    );
    const ours = jobs.filter((job) => job.data.includes(send.id)).map((job) => JSON.parse(job.data) as Record<string, unknown>);
    expect(ours).toEqual([{ emailId: send.id, sealedToken: expect.any(String) }]);
    expect(ours[0].sealedToken).not.toContain(token);
    expect(jobs.filter((job) => job.data.includes(token))).toEqual([]);
    expect(await queryRows(`SELECT 1 FROM "WorkspaceInvitationEmail" e WHERE strpos(row_to_json(e)::text, $1) > 0`, [token])).toEqual([]);
    await waitFor("the invitation email to be marked sent", async () => {
      const [state] = await queryRows<{ status: string }>(`SELECT status FROM "WorkspaceInvitationEmail" WHERE id = $1`, [send.id]);
      return state.status === "SENT" ? state : undefined;
    });
  });

  it("is accepted only by the invited account, and only once", async () => {
    const { owner, name, workspaceId } = await newTeam("once");
    const [invitee, other] = await Promise.all([signUpVerifiedUser("once-invitee"), signUpVerifiedUser("once-other")]);
    const { token } = await invite(owner, workspaceId, name, invitee.email);

    const wrongAccount = await accept({ token }, other.sessionId);
    expect(wrongAccount.status).toBe(403);
    expect(wrongAccount.body.message).toBe(
      `This invitation is for ${invitee.email}, and you are signed in as ${other.email}. Sign in with ${invitee.email} to accept it.`,
    );
    expect(await rolesIn(workspaceId)).toEqual({ [owner.email]: "OWNER" });
    expect((await preview(token)).body.state).toBe("pending");

    expect(await accept({ token }, invitee.sessionId)).toEqual({ status: 200, body: { workspaceId, workspaceName: name } });
    const twice = await accept({ token }, invitee.sessionId);
    expect([twice.status, twice.body.message]).toEqual([400, alreadyUsed]);
    expect((await preview(token)).body).toMatchObject({ state: "accepted", problem: alreadyUsed });
    expect(await rolesIn(workspaceId)).toEqual({ [owner.email]: "OWNER", [invitee.email]: "MEMBER" });
  });

  it("says a revoked link was revoked and an expired one expired", async () => {
    const { owner, name, workspaceId } = await newTeam("dead-links");
    const [revokedInvitee, expiredInvitee] = await Promise.all([signUpVerifiedUser("revoked-invitee"), signUpVerifiedUser("expired-invitee")]);
    const toRevoke = await invite(owner, workspaceId, name, revokedInvitee.email);
    const toExpire = await invite(owner, workspaceId, name, expiredInvitee.email);

    expect(await callOperation("revoke-invitation", { invitationId: toRevoke.invitation.id }, owner.sessionId)).toEqual({ status: 200, body: { revoked: true } });
    expect((await preview(toRevoke.token)).body).toMatchObject({ state: "revoked", problem: revoked });
    const revokedAnswer = await accept({ token: toRevoke.token }, revokedInvitee.sessionId);
    expect([revokedAnswer.status, revokedAnswer.body.message]).toEqual([400, revoked]);

    await queryRows(`UPDATE "WorkspaceInvitation" SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [toExpire.invitation.id]);
    expect((await preview(toExpire.token)).body).toMatchObject({ state: "expired", problem: expired });
    const expiredAnswer = await accept({ token: toExpire.token }, expiredInvitee.sessionId);
    expect([expiredAnswer.status, expiredAnswer.body.message]).toEqual([400, expired]);

    const listed = await callOperation<{ email: string; state: string }[]>("get-workspace-invitations", { workspaceId }, owner.sessionId);
    expect(listed.body.map(({ email, state }) => ({ email, state }))).toEqual([{ email: expiredInvitee.email, state: "expired" }]);
    expect(await rolesIn(workspaceId)).toEqual({ [owner.email]: "OWNER" });
  });

  it("resends a new link; the old link is then unknown (404)", async () => {
    const { owner, name, workspaceId } = await newTeam("resend");
    const invitee = await signUpVerifiedUser("resend-invitee");
    const first = await invite(owner, workspaceId, name, invitee.email);
    const resent = await callOperation<SentInvitation>("resend-invitation", { invitationId: first.invitation.id }, owner.sessionId);
    expect(resent.status).toBe(200);
    expect(resent.body.id).toBe(first.invitation.id);
    const newToken = await waitForInvitationToken(invitee.email, name, [first.token]);
    expect(newToken).not.toBe(first.token);

    const old = await preview(first.token);
    expect([old.status, old.body.message]).toEqual([404, unknownLink]);
    expect((await accept({ token: first.token }, invitee.sessionId)).status).toBe(404);
    expect((await preview(newToken)).body).toMatchObject({ state: "pending", email: invitee.email });
    expect((await accept({ token: newToken }, invitee.sessionId)).status).toBe(200);
  });

  it("lists a pending invitation to someone who signed up after being invited, who accepts it by its id", async () => {
    const { owner, name, workspaceId } = await newTeam("late");
    const email = uniqueEmail("late-signup");
    const { invitation } = await invite(owner, workspaceId, name, email, "ADMIN");
    const [latecomer, bystander] = await Promise.all([signUpVerifiedUser("late-signup", email), signUpVerifiedUser("late-bystander")]);

    const mine = await callOperation("get-my-invitations", undefined, latecomer.sessionId);
    expect(mine).toEqual({
      status: 200,
      body: [{ id: invitation.id, workspaceName: name, invitedByName: owner.email, role: "ADMIN", expiresAt: invitation.expiresAt }],
    });
    expect((await callOperation("get-my-invitations", undefined, bystander.sessionId)).body).toEqual([]);
    expect((await accept({ invitationId: invitation.id }, bystander.sessionId)).status).toBe(404);

    expect(await accept({ invitationId: invitation.id }, latecomer.sessionId)).toEqual({ status: 200, body: { workspaceId, workspaceName: name } });
    expect((await callOperation("get-my-invitations", undefined, latecomer.sessionId)).body).toEqual([]);
    expect((await callOperation<MyWorkspaces>("get-my-workspaces", undefined, latecomer.sessionId)).body.currentWorkspaceId).toBe(workspaceId);
    expect(await rolesIn(workspaceId)).toEqual({ [owner.email]: "OWNER", [email]: "ADMIN" });
  });

  it("lets only owners invite owners, only owners and admins manage invitations, and nobody invite into a personal workspace", async () => {
    const { owner, name, workspaceId } = await newTeam("invite-rules");
    // Owner, admin, member and one more invitation: past Free's 3 seats.
    await putOnPaidPlan(workspaceId, "PRO");
    const admin = await joinedMember(owner, workspaceId, name, "invite-rules-admin", "ADMIN");
    const member = await joinedMember(owner, workspaceId, name, "invite-rules-member");
    const ownerByAdmin = await callOperation<ErrorBody>("invite-to-workspace", { workspaceId, email: uniqueEmail("would-own"), role: "OWNER" }, admin.sessionId);
    expect([ownerByAdmin.status, ownerByAdmin.body.message]).toEqual([403, "Only an owner can invite another owner."]);
    const { invitation } = await invite(admin, workspaceId, name, uniqueEmail("invited-by-admin"), "ADMIN");
    for (const operation of ["resend-invitation", "revoke-invitation"]) {
      const refused = await callOperation<ErrorBody>(operation, { invitationId: invitation.id }, member.sessionId);
      expect([operation, refused.status, refused.body.message]).toEqual([operation, 403, "Only the workspace's owners and admins can manage invitations."]);
    }
    expect((await callOperation("get-workspace-invitations", { workspaceId }, member.sessionId)).status).toBe(403);
    expect((await callOperation("revoke-invitation", { invitationId: invitation.id }, (await signUpVerifiedUser("invite-rules-outsider")).sessionId)).status).toBe(404);

    const personal = await callOperation<ErrorBody>("invite-to-workspace", { workspaceId: await workspaceIdOf(owner.email), email: uniqueEmail("into-personal") }, owner.sessionId);
    expect([personal.status, personal.body.message]).toEqual([400, "A personal workspace is yours alone: create a team workspace to invite people."]);
    const pending = await queryRows(`SELECT email, role FROM "WorkspaceInvitation" WHERE "workspaceId" = $1 AND "acceptedAt" IS NULL AND "revokedAt" IS NULL`, [workspaceId]);
    expect(pending).toEqual([{ email: invitation.email, role: "ADMIN" }]);
  });

  it("counts members and pending invitations against the Free plan's 3 seats: the next invitation is 402 naming the limit", async () => {
    const { owner, workspaceId } = await newTeam("seats");
    const invited = [];
    for (let i = 1; i <= 2; i++) {
      const sent = await callOperation<SentInvitation>("invite-to-workspace", { workspaceId, email: uniqueEmail(`seat-${i}`) }, owner.sessionId);
      expect(sent.status).toBe(200);
      invited.push(sent.body);
    }
    const full = await callOperation<ErrorBody>("invite-to-workspace", { workspaceId, email: uniqueEmail("seat-3") }, owner.sessionId);
    expect(full.status).toBe(402);
    expect(full.body.message).toBe(
      "This workspace uses 3 of its 3 seats (1 members, 2 pending invitations). Revoke a pending invitation or remove a member to free a seat, " +
        "or upgrade to Pro (5 seats) on the Billing page.",
    );
    const view = await callOperation<MembersView>("get-workspace-members", { workspaceId }, owner.sessionId);
    expect(view.body.seats).toEqual({ used: 3, limit: 3, members: 1, pendingInvitations: 2 });

    expect((await callOperation("revoke-invitation", { invitationId: invited[0].id }, owner.sessionId)).status).toBe(200);
    expect((await callOperation("invite-to-workspace", { workspaceId, email: uniqueEmail("seat-3") }, owner.sessionId)).status).toBe(200);
  });

  it("sends at most WORKSPACE_INVITATIONS_PER_HOUR (20) invitation emails per workspace an hour (429)", async () => {
    const { owner, name, workspaceId } = await newTeam("rate");
    const { invitation } = await invite(owner, workspaceId, name, uniqueEmail("rate-first"));
    // 19 more sends in the last hour, as if resent again and again.
    await queryRows(
      `INSERT INTO "WorkspaceInvitationEmail" (id, "invitationId", "workspaceId", status, "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, 'SENT', now() - interval '50 minutes', now() FROM generate_series(1, 19)`,
      [invitation.id, workspaceId],
    );
    const limited = await callOperation<ErrorBody>("invite-to-workspace", { workspaceId, email: uniqueEmail("rate-second") }, owner.sessionId);
    expect([limited.status, limited.body.message]).toEqual([429, "This workspace sent 20 invitations in the last hour, the most it may. Try again later."]);
    expect((await callOperation("resend-invitation", { invitationId: invitation.id }, owner.sessionId)).status).toBe(429);
    expect(await queryRows(`SELECT count(*)::int AS n FROM "WorkspaceInvitation" WHERE "workspaceId" = $1`, [workspaceId])).toEqual([{ n: 1 }]);

    await queryRows(`UPDATE "WorkspaceInvitationEmail" SET "createdAt" = now() - interval '61 minutes' WHERE "workspaceId" = $1`, [workspaceId]);
    expect((await callOperation("invite-to-workspace", { workspaceId, email: uniqueEmail("rate-second") }, owner.sessionId)).status).toBe(200);
  });
});

describe("an invitation link signed out", () => {
  it("shows what it invites to with a valid token, 404s for an unknown one and 400s for a malformed one", async () => {
    const { owner, name, workspaceId } = await newTeam("anonymous");
    const invitee = uniqueEmail("anonymous-invitee");
    const { token } = await invite(owner, workspaceId, name, invitee);

    const shown = await preview(token);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({ workspaceName: name, invitedByName: owner.email, email: invitee, role: "MEMBER", state: "pending", expiresAt: expect.any(Date), problem: null });
    const unknown = await preview("A".repeat(43));
    expect([unknown.status, unknown.body.message]).toEqual([404, unknownLink]);
    for (const malformed of ["A".repeat(42), "A".repeat(44), `${"A".repeat(42)}!`]) {
      expect((await preview(malformed)).status).toBe(400);
    }
    expect((await callOperation("accept-invitation", { token })).status).toBe(401);
    expect((await preview(token)).body.state).toBe("pending");
  });
});
