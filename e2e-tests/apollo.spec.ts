import { expect, test } from "@playwright/test";
import { keepScreenshot, personalWorkspaceIdOf, queryDatabase, signInAsNewUser } from "./support";

test("a new user connects Apollo, syncs two lists, sees contacts linked to companies and enrols some under the daily cap", async ({ page }) => {
  test.setTimeout(120_000);
  const email = await signInAsNewUser(page);
  const workspaceId = await personalWorkspaceIdOf(email);
  // Two synced lists need more than the Free plan's one.
  await queryDatabase(
    `INSERT INTO "BillingSubscription" (id, "workspaceId", "providerSubscriptionId", "providerCustomerId", plan, interval, "priceId", status, "stateAsOf", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'sub_e2e_' || gen_random_uuid(), 'cus_e2e_' || gen_random_uuid(), 'PRO', 'MONTH', 'price_e2e', 'ACTIVE', now(), now())`,
    [workspaceId],
  );

  await page.getByRole("link", { name: "Apollo", exact: true }).click();
  await page.getByLabel("API key", { exact: true }).fill(`apollo-e2e-${Date.now()}`);
  await page.getByRole("button", { name: "Save key" }).click();
  await expect(page.getByTestId("apollo-connection")).toContainText("Connected with key");

  // The stand-in's default lists for any master key, asked for as soon as the key is saved.
  const founders = page.getByTestId("apollo-list-Series A SaaS founders");
  const buyers = page.getByTestId("apollo-list-EU logistics buyers");
  await expect(founders).toContainText("240 in Apollo");
  await founders.getByLabel("Sync").check();
  await buyers.getByLabel("Sync").check();
  await expect(founders.getByTestId("apollo-list-status")).toContainText("Synced", { timeout: 30_000 });
  await expect(buyers.getByTestId("apollo-list-status")).toContainText("Synced", { timeout: 30_000 });
  await expect(founders).toContainText("240 stored");
  await expect(founders.getByTestId("apollo-list-status")).toContainText("+240 added");
  await expect(page.getByRole("list", { name: "Apollo activity" })).toContainText('Synced "EU logistics buyers"');
  await keepScreenshot(page, "40-apollo-lists");

  await founders.getByRole("link", { name: "Series A SaaS founders" }).click();
  await expect(page.getByTestId("apollo-member-count")).toContainText("of 240 contacts");
  // Contacts with a work email meet their companies once the prospects job has run
  // (the stand-in's people differ with each key, so the first row may have no email).
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("apollo-member-row").getByRole("link").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // The daily cap is 20 per mailbox: 3 of 3 fit.
  const reachableRows = page.getByTestId("apollo-member-row").filter({ has: page.locator("input[type=checkbox]:not([disabled])") });
  for (let index = 0; index < 3; index += 1) await reachableRows.nth(index).getByRole("checkbox").check();
  const panel = page.getByLabel("Enrol in a sequence");
  await panel.getByLabel("Sequence").selectOption({ label: "Founder intro (3 steps)" });
  await panel.getByLabel("Send from").selectOption({ index: 1 });
  await panel.getByRole("button", { name: "Enrol 3 contacts" }).click();
  await expect(page.getByTestId("enrolment-result")).toContainText(/\d enrolled/);
  await keepScreenshot(page, "41-apollo-enrol");

  await page.getByRole("link", { name: "← Apollo" }).click();
  await expect(page.getByTestId("apollo-sequence-Q1 webinar invite")).toContainText("0 %");
  await expect(page.getByRole("list", { name: "Latest enrolments" })).toContainText("Founder intro (3 steps)");
});
