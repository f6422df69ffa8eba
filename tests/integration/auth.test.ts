import { describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { post, postFrom, signUpVerifiedUser, testPassword, uniqueEmail } from "./support/httpClient";
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
    await waitForEmail(adminEmail, /verify/i);
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
  const loginPath = "/auth/email/login";
  const failuresPerIpAndEmail = Number(process.env.AUTH_RATE_LIMIT_FAILURES_PER_IP_AND_EMAIL);
  const failuresPerEmail = Number(process.env.AUTH_RATE_LIMIT_PER_EMAIL);
  // Documentation addresses (RFC 5737), one per simulated client.
  const attackerIp = (index: number) => `203.0.113.${index + 1}`;
  const ownerIp = (index: number) => `198.51.100.${index + 1}`;

  it("stops password guessing from one IP with 429, while the owner from elsewhere still gets in", async () => {
    const { email } = await signUpVerifiedUser("rate-limit");
    const statuses: number[] = [];
    for (let attempt = 0; attempt < failuresPerIpAndEmail + 2; attempt++) {
      statuses.push((await postFrom(attackerIp(0), loginPath, { email, password: `guess-${attempt}` })).status);
    }
    expect(statuses).toEqual([...Array(failuresPerIpAndEmail).fill(401), 429, 429]);
    // Past the limit the attacker learns nothing, not even from the right password.
    expect((await postFrom(attackerIp(0), loginPath, { email, password: testPassword })).status).toBe(429);
    expect((await postFrom(ownerIp(0), loginPath, { email, password: testPassword })).status).toBe(200);
    // Another account from the attacker's IP is not locked out by that.
    const other = await signUpVerifiedUser("rate-limit-other");
    expect((await postFrom(attackerIp(0), loginPath, { email: other.email, password: testPassword })).status).toBe(200);
  });

  it("slows an attacker spread over many IPs, without locking the owner out", async () => {
    const { email } = await signUpVerifiedUser("rate-limit-spread");
    // Each IP stays under the per-(IP, email) limit; together they reach the per-email one.
    const spreadIps = Array.from({ length: failuresPerEmail }, (_, index) => attackerIp(10 + index));
    for (const ip of spreadIps) {
      expect((await postFrom(ip, loginPath, { email, password: "first-guess-1" })).status).toBe(401);
    }
    // Now every IP that has failed on this email waits, though each is under its own limit.
    for (const ip of spreadIps.slice(0, 3)) {
      expect((await postFrom(ip, loginPath, { email, password: "second-guess-2" })).status).toBe(429);
    }
    // A fresh IP gets one guess, not the per-(IP, email) allowance.
    const freshIp = attackerIp(100);
    expect((await postFrom(freshIp, loginPath, { email, password: "third-guess-3" })).status).toBe(401);
    expect((await postFrom(freshIp, loginPath, { email, password: "fourth-guess-4" })).status).toBe(429);
    // The owner, who has not failed, is not refused because of someone else's failures.
    expect((await postFrom(ownerIp(1), loginPath, { email, password: testPassword })).status).toBe(200);
  });

  it("lets the owner mistype a few times and then sign in", async () => {
    const { email } = await signUpVerifiedUser("rate-limit-typo");
    for (let attempt = 0; attempt < failuresPerIpAndEmail - 1; attempt++) {
      expect((await postFrom(ownerIp(2), loginPath, { email, password: `typo-${attempt}` })).status).toBe(401);
    }
    expect((await postFrom(ownerIp(2), loginPath, { email, password: testPassword })).status).toBe(200);
  });
});
