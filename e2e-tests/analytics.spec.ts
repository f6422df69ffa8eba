import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { keepScreenshot, queryDatabase, signInAsNewUser } from "./support";

// Headless Chromium says "HeadlessChrome", which the server counts as a bot (and drops): browse as a reader's Chrome.
test.use({ userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36" });

test("a visitor's page views are counted from the browser, cookieless, with the visit's source", async ({ page, context }) => {
  const campaign = `e2e-${randomBytes(4).toString("hex")}`;
  const firstView = page.waitForResponse((response) => response.url().endsWith("/api/analytics/page-views"));
  await page.goto(`/?utm_source=${campaign}`);
  const answer = await firstView;
  expect(answer.status()).toBe(204);
  expect(answer.headers()["set-cookie"]).toBeUndefined();
  expect(answer.request().headers().cookie).toBeUndefined();

  const secondView = page.waitForResponse((response) => response.url().endsWith("/api/analytics/page-views"));
  await page.getByRole("link", { name: "Sign up" }).first().click();
  await expect(page).toHaveURL(/\/signup$/);
  expect((await secondView).status()).toBe(204);

  // Both views, one visitor; the landing page carries the campaign.
  const rows = await queryDatabase<{ path: string; source: string; visitorHash: string }>(
    `SELECT path, source, "visitorHash" FROM "PageViewEvent" WHERE "visitorHash" IN (SELECT "visitorHash" FROM "PageViewEvent" WHERE source = $1) ORDER BY "createdAt"`,
    [campaign],
  );
  expect(rows.map(({ path, source }) => ({ path, source }))).toEqual([
    { path: "/", source: campaign },
    { path: "/signup", source: "direct" },
  ]);
  expect(new Set(rows.map((row) => row.visitorHash)).size).toBe(1);
  expect(await context.cookies()).toEqual([]);
});

test("an admin sees their own signup and page views on the dashboard after a refresh, and downloads a chart's data", async ({ page }) => {
  await signInAsNewUser(page, process.env.HF_TEST_E2E_ADMIN_EMAIL ?? "e2e-admin@example.test");
  await page.getByRole("link", { name: "Companies" }).first().click();
  await expect(page).toHaveURL(/\/app\/companies$/);
  await page.getByRole("link", { name: "Reports" }).first().click();
  await expect(page).toHaveURL(/\/app\/reports$/);
  await page.getByRole("link", { name: "Admin" }).first().click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Dashboard", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Refresh now" }).click();
  await expect(page.getByRole("button", { name: "Refresh now" })).toBeEnabled({ timeout: 30_000 });
  const card = (label: string) => page.getByTestId("stat-card").filter({ has: page.getByText(label, { exact: true }) });
  const figure = async (label: string) => Number((await card(label).locator("p").nth(1).innerText()).replace(/[^0-9]/g, ""));
  await expect(card("Signups today")).toBeVisible();
  expect(await figure("Signups today")).toBeGreaterThanOrEqual(1);
  // This admin's own views so far: the login page, the dashboard, companies, reports and this page.
  expect(await figure("Page views today")).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole("img", { name: "Users and signups per day over 30 days" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Page views per day by source over 30 days/ })).toBeVisible();

  await page.getByRole("button", { name: "7 days" }).click();
  await expect(page.getByRole("img", { name: "Users and signups per day over 7 days" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSV" }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^hyperformant-users-7d-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text.trim().split("\n")).toHaveLength(8);
  await keepScreenshot(page, "admin-dashboard");
});
