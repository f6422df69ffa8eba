import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { randomUUID } from "node:crypto";

export const mailCatcherUrl = process.env.HF_TEST_MAIL_CATCHER_URL ?? "http://127.0.0.1:1080";

export function newUserEmail(): string {
  return `e2e-${randomUUID().slice(0, 8)}@example.test`;
}

export const e2ePassword = "e2e-long-password-123";

/** Every page the journey visits is kept as a test artefact under test-results/screenshots. */
export async function keepScreenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** The first link matching linkPattern (its first group) in a mail to email whose subject matches, as the mail catcher has it. */
export async function linkMailedTo(email: string, subject: RegExp, linkPattern: RegExp, what: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${mailCatcherUrl}/email`);
    const emails = (await response.json()) as Array<{ subject: string; text?: string; to: Array<{ address: string }> }>;
    const mail = emails.find((candidate) => subject.test(candidate.subject) && candidate.to.some((to) => to.address === email));
    const link = mail?.text && linkPattern.exec(mail.text)?.[1];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No ${what} email reached ${email}`);
}

export function verificationLinkFor(email: string): Promise<string> {
  return linkMailedTo(email, /verify/i, /(https?:\/\/\S+email-verification\?token=\S+)/, "verification");
}

const serverUrl = process.env.HF_TEST_SERVER_URL ?? "http://localhost:3001";

/** A verified account made over HTTP (the sign-up UI has its own journey), then a real login. */
export async function signInAsNewUser(page: Page, email = newUserEmail()): Promise<string> {
  const signup = await fetch(`${serverUrl}/auth/email/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: e2ePassword }),
  });
  expect(signup.status).toBe(200);
  const token = new URL(await verificationLinkFor(email)).searchParams.get("token");
  const verify = await fetch(`${serverUrl}/auth/email/verify-email`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  expect(verify.status).toBe(200);
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(e2ePassword);
  await page.getByRole("button", { name: /log in/i }).click();
  await expect(page).toHaveURL(/\/app$/);
  return email;
}


/** SQL on the test database, for setting up data the journey needs (scripts/test.sh exports DATABASE_URL). */
export async function queryDatabase<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

export async function personalWorkspaceIdOf(email: string): Promise<string> {
  const [row] = await queryDatabase<{ id: string }>(
    `SELECT w.id FROM "Workspace" w JOIN "WorkspaceMember" m ON m."workspaceId" = w.id JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND w."isPersonal"`,
    [email],
  );
  return row.id;
}
