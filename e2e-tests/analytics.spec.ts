import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { queryDatabase } from "./support";

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
