import { describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { post, signUpVerifiedUser, testPassword, uniqueEmail } from "./support/httpClient";
import { emailsTo, tokenFromLink, waitForEmail } from "./support/mailCatcher";

describe("email sign-up", () => {
  it("sends a verification link, refuses login until verified, then logs in", async () => {
    const email = uniqueEmail("signup");
    expect((await post("/auth/email/signup", { email, password: testPassword })).status).toBe(200);

    const beforeVerification = await post("/auth/email/login", { email, password: testPassword });
    expect(beforeVerification.status).toBe(401);

    const mail = await waitForEmail(email, /verify/i);
    expect((await post("/auth/email/verify-email", { token: tokenFromLink(mail) })).status).toBe(200);

    const login = await post("/auth/email/login", { email, password: testPassword });
    expect(login.status).toBe(200);
    expect(login.body).toHaveProperty("sessionId");
  });

  it("gives every new user a personal workspace they own", async () => {
    const { email } = await signUpVerifiedUser("workspace");
    const rows = await queryRows<{ role: string; isPersonal: boolean; name: string }>(
      `SELECT m.role, w."isPersonal", w.name FROM "User" u
         JOIN "WorkspaceMember" m ON m."userId" = u.id
         JOIN "Workspace" w ON w.id = m."workspaceId"
        WHERE u.email = $1`,
      [email],
    );
    expect(rows).toEqual([{ role: "OWNER", isPersonal: true, name: `${email.split("@")[0]}'s workspace` }]);
  });

  it("makes users listed in ADMIN_EMAILS admins, and nobody else", async () => {
    const adminEmail = process.env.HF_TEST_ADMIN_EMAIL!;
    await post("/auth/email/signup", { email: adminEmail, password: testPassword });
    const { email: regularEmail } = await signUpVerifiedUser("regular");
    const rows = await queryRows<{ email: string; isAdmin: boolean }>(
      `SELECT email, "isAdmin" FROM "User" WHERE email = ANY($1) ORDER BY email`,
      [[adminEmail, regularEmail]],
    );
    expect(rows).toEqual(
      [
        { email: adminEmail, isAdmin: true },
        { email: regularEmail, isAdmin: false },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );
  });

  it("rejects a wrong password and a malformed signup with clear errors", async () => {
    const { email } = await signUpVerifiedUser("wrong-password");
    expect((await post("/auth/email/login", { email, password: "not-the-password" })).status).toBe(401);
    const malformed = await post("/auth/email/signup", { email: "not-an-email", password: testPassword });
    expect(malformed.status).toBe(422);
  });
});

describe("password reset", () => {
  it("answers the same for known and unknown emails, also when asked twice", async () => {
    const { email } = await signUpVerifiedUser("reset-privacy");
    const unknown = uniqueEmail("nobody");
    const answers = [];
    for (const address of [email, unknown, email, unknown]) {
      const response = await post("/auth/email/request-password-reset", { email: address });
      answers.push({ status: response.status, body: response.body });
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]).toEqual({ status: 200, body: { success: true } });
    expect(await emailsTo(unknown)).toHaveLength(0);
  });

  it("lets the owner of the mailbox choose a new password", async () => {
    const { email } = await signUpVerifiedUser("reset-flow");
    await post("/auth/email/request-password-reset", { email });
    const mail = await waitForEmail(email, /reset/i);
    const newPassword = "another-long-password-77";
    expect((await post("/auth/email/reset-password", { token: tokenFromLink(mail), password: newPassword })).status).toBe(200);
    expect((await post("/auth/email/login", { email, password: testPassword })).status).toBe(401);
    expect((await post("/auth/email/login", { email, password: newPassword })).status).toBe(200);
  });
});

describe("auth rate limits", () => {
  it("stops password guessing on one email with 429", async () => {
    const { email } = await signUpVerifiedUser("rate-limit");
    const perEmailLimit = Number(process.env.AUTH_RATE_LIMIT_PER_EMAIL);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < perEmailLimit + 2; attempt++) {
      statuses.push((await post("/auth/email/login", { email, password: `guess-${attempt}` })).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(2);
    // Another account from the same IP is not locked out by that.
    const other = await signUpVerifiedUser("rate-limit-other");
    expect(other.sessionId).toBeTruthy();
  });
});
