import { describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { post, signUpVerifiedUser, testPassword, uniqueEmail } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { emailsTo, waitForEmail } from "./support/mailCatcher";
import { waitFor } from "./support/polling";

/**
 * The jobs that do the work of signup and password-reset requests, sent
 * straight to their queues as a buggy caller or a redelivery would: bad
 * arguments fail the job and change nothing, and a replay sends no second
 * mail and creates no second account.
 */
describe("auth jobs on the real queue", () => {
  const boss = useJobQueue();

  const userCount = async () => (await queryRows<{ count: number }>(`SELECT count(*)::int AS count FROM "User"`))[0].count;
  const jobsFor = (queue: string, email: string) =>
    queryRows<{ data: Record<string, unknown>; state: string }>(`SELECT data, state FROM pgboss.job WHERE name = $1 AND data->>'email' = $2`, [queue, email]);

  it.each([
    ["mailPasswordReset", {}],
    ["mailPasswordReset", { email: "not-an-email", requestedAt: new Date().toISOString() }],
    ["mailPasswordReset", { email: "someone@example.test", requestedAt: new Date().toISOString(), isAdmin: true }],
    ["completeEmailSignup", { email: "forged@example.test", sealedProviderData: "v1.not.a.seal", requestedAt: new Date().toISOString() }],
    ["completeEmailSignup", { email: "forged@example.test", requestedAt: new Date().toISOString() }],
  ])("%s fails on bad arguments %j and creates nobody", async (queue, data) => {
    const before = await userCount();
    const job = await runJob(boss, queue, data);
    expect(job.state).toBe("failed");
    expect(await userCount()).toBe(before);
    expect(await emailsTo("forged@example.test")).toHaveLength(0);
  });

  it("a replayed password-reset job sends no second mail", async () => {
    const { email } = await signUpVerifiedUser("jobs-reset-replay");
    const args = { email, requestedAt: new Date().toISOString() };
    expect((await runJob(boss, "mailPasswordReset", args)).output).toEqual({ outcome: "sent" });
    await waitForEmail(email, /reset/i);
    expect((await runJob(boss, "mailPasswordReset", args)).output).toEqual({ outcome: "already-sent" });
    expect((await emailsTo(email)).filter((mail) => /reset/i.test(mail.subject))).toHaveLength(1);
  });

  it("a replayed signup job creates no second account and sends no second mail", async () => {
    const email = uniqueEmail("jobs-signup-replay");
    expect((await post("/auth/email/signup", { email, password: testPassword })).status).toBe(200);
    await waitForEmail(email, /verify/i);
    const [job] = await waitFor("the signup job to complete", async () => {
      const jobs = await jobsFor("completeEmailSignup", email);
      return jobs.length === 1 && jobs[0].state === "completed" ? jobs : undefined;
    });
    expect(job.data).not.toHaveProperty("password");
    expect(JSON.stringify(job.data)).not.toContain("argon2");
    const before = await userCount();

    expect((await runJob(boss, "completeEmailSignup", job.data)).output).toEqual({ outcome: "verification-already-sent" });
    expect(await userCount()).toBe(before);
    expect(await emailsTo(email)).toHaveLength(1);
    const workspaces = await queryRows(
      `SELECT w.id FROM "Workspace" w JOIN "WorkspaceMember" m ON m."workspaceId" = w.id JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
      [email],
    );
    expect(workspaces).toHaveLength(1);
  });

  it("a signup for a verified address changes nothing and mails nobody", async () => {
    const { email } = await signUpVerifiedUser("jobs-signup-taken");
    expect((await post("/auth/email/signup", { email, password: `${testPassword}-other` })).status).toBe(200);
    await waitFor("the second signup job to complete", async () => {
      const jobs = await jobsFor("completeEmailSignup", email);
      return jobs.length === 2 && jobs.every((job) => job.state === "completed") ? jobs : undefined;
    });
    expect(await emailsTo(email)).toHaveLength(1);
    expect((await post("/auth/email/login", { email, password: testPassword })).status).toBe(200);
  });
});
