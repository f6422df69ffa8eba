import { expect, test } from "@playwright/test";
import { keepScreenshot, personalWorkspaceIdOf, queryDatabase, signInAsNewUser } from "./support";

test("a Free workspace hits its company quota, buys Pro through checkout, and the signed webhook lifts the quota", async ({ page }) => {
  test.setTimeout(120_000);
  const email = await signInAsNewUser(page);
  const workspaceId = await personalWorkspaceIdOf(email);
  // 100 companies already tracked: the Free plan's limit.
  await queryDatabase(
    `INSERT INTO "Company" (id, "workspaceId", name, domain, "enrichmentStatus", "updatedAt")
     SELECT gen_random_uuid(), $1, 'Tracked ' || n, 'tracked-' || n || '.quota-e2e.test', 'ENRICHED', now() FROM generate_series(1, 100) n`,
    [workspaceId],
  );

  await page.getByRole("link", { name: "Companies", exact: true }).click();
  await page.getByRole("button", { name: "Add company" }).click();
  const addForm = page.getByRole("form", { name: "Add a company" });
  await addForm.getByLabel("Domain").fill("one-more.quota-e2e.test");
  await addForm.getByRole("button", { name: "Add company" }).click();
  await expect(page.getByText(/your Free plan allows 100 companies and this workspace uses 100\. Upgrade to Pro/)).toBeVisible();

  await page.getByRole("link", { name: "Billing", exact: true }).click();
  await expect(page.getByTestId("current-plan")).toHaveText("Free");
  await expect(page.getByTestId("usage-trackedCompanies")).toContainText("100 of 100");
  await keepScreenshot(page, "30-billing-free");
  await page.getByTestId("plan-PRO").getByRole("button", { name: "Choose Pro" }).click();

  // The Stripe stand-in's hosted checkout; paying there sends the signed webhooks, then comes back.
  await expect(page).toHaveTitle(/Stand-in checkout/);
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(/\/app\/billing\/checkout\/success\?session_id=cs_/);
  await expect(page.getByTestId("checkout-plan")).toHaveText("Pro");
  await expect(page.getByTestId("checkout-credits")).toHaveText("53 report credits");

  await page.getByRole("link", { name: "Back to Billing" }).click();
  await expect(page.getByTestId("current-plan")).toHaveText("Pro");
  await expect(page.getByTestId("subscription-status")).toContainText(/Monthly, active\. Renews on/);
  await expect(page.getByTestId("usage-trackedCompanies")).toContainText("100 of 10,000");
  await expect(page.getByTestId("credit-history")).toContainText("Pro (monthly) credits");
  await keepScreenshot(page, "31-billing-pro");

  await page.getByRole("link", { name: "Companies", exact: true }).click();
  await page.getByRole("button", { name: "Add company" }).click();
  await addForm.getByLabel("Domain").fill("one-more.quota-e2e.test");
  await addForm.getByRole("button", { name: "Add company" }).click();
  await expect(page.getByRole("table", { name: "Companies" }).getByText("one-more.quota-e2e.test")).toBeVisible();

  // Cancelling in the portal: the page shows it without a reload once the webhook lands.
  await page.getByRole("link", { name: "Billing", exact: true }).click();
  await page.getByRole("button", { name: "Manage billing and invoices" }).click();
  await page.getByRole("button", { name: "Cancel plan" }).click();
  await expect(page).toHaveURL(/\/app\/billing$/);
  await expect(page.getByTestId("subscription-status")).toContainText(/Cancelled: the plan ends on/);
});
