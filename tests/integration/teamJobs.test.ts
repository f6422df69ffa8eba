import { describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { signUpVerifiedUser, uniqueEmail } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { emailsTo } from "./support/mailCatcher";
import { createTeam, invite, uniqueTeamName } from "./support/teams";

/**
 * The jobs this feature added, sent straight to their queues as a buggy
 * caller would: bad arguments (a forged sealed token among them) fail the job
 * and change nothing.
 */
describe("invitation and import-recovery jobs on the real queue", () => {
  const boss = useJobQueue();

  it.each([
    ["sendWorkspaceInvitationEmail", {}],
    ["sendWorkspaceInvitationEmail", { emailId: "not-a-uuid", sealedToken: "v1.a.b.c" }],
    ["sendWorkspaceInvitationEmail", { emailId: "00000000-0000-4000-8000-000000000001", sealedToken: "v1.a.b.c", extra: true }],
    ["recoverStalledImports", { workspaceId: "someone-else" }],
    ["importCompanies", { importId: "00000000-0000-4000-8000-000000000001", attempt: 0 }],
  ])("%s fails on bad arguments %j", async (queue, data) => {
    expect((await runJob(boss, queue, data)).state).toBe("failed");
  });

  it("an invitation email job with a forged sealed token fails and mails nothing", async () => {
    const owner = await signUpVerifiedUser("jobs-team-owner");
    const teamName = uniqueTeamName("Jobs team");
    const workspaceId = await createTeam(owner, teamName);
    const invitee = uniqueEmail("jobs-invitee");
    const { invitation } = await invite(owner, workspaceId, teamName, invitee);
    const [send] = await queryRows<{ id: string }>(
      `INSERT INTO "WorkspaceInvitationEmail" (id, "invitationId", "workspaceId", "updatedAt") VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id`,
      [invitation.id, workspaceId],
    );
    const job = await runJob(boss, "sendWorkspaceInvitationEmail", { emailId: send.id, sealedToken: "v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA" });
    expect(job.state).toBe("failed");
    const [row] = await queryRows<{ status: string; sentAt: Date | null }>(`SELECT status, "sentAt" FROM "WorkspaceInvitationEmail" WHERE id = $1`, [send.id]);
    expect(row).toEqual({ status: "PENDING", sentAt: null });
    expect(await emailsTo(invitee)).toHaveLength(1);
  });
});
