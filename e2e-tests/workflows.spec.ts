import { expect, test } from "@playwright/test";
import { keepScreenshot, signInAsNewUser } from "./support";

test("a user runs market research on a company: the run shows live, its findings appear on the page, and an admin finds it in the ledger with its timings", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const userEmail = await signInAsNewUser(page);
  await page.getByRole("link", { name: "Companies", exact: true }).click();
  await page.getByRole("button", { name: "Add company" }).click();
  const addForm = page.getByRole("form", { name: "Add a company" });
  await addForm.getByLabel("Domain").fill("research-e2e.example.com");
  await addForm.getByLabel("Role").selectOption("COMPETITOR");
  await addForm.getByRole("button", { name: "Add company" }).click();
  await page.getByRole("table", { name: "Companies" }).getByRole("row", { name: /research-e2e\.example\.com/ }).getByRole("link").click();

  await expect(page.getByText("No findings yet: run market research above.")).toBeVisible();
  await page.getByRole("button", { name: "Run market research" }).click();
  const run = page.getByTestId("workflow-run").first();
  await expect(run).toContainText("Market research");
  // The stand-in calls back over a few hundred milliseconds: the row moves on by itself, no reload.
  await expect(run.getByTestId("workflow-run-status")).toHaveText("Succeeded", { timeout: 30_000 });
  await expect(run).toContainText("2 results");
  const findings = page.getByRole("list", { name: "Research findings" });
  await expect(findings.getByTestId("research-finding")).toHaveCount(2);
  await expect(findings).toContainText("raised a Series B to expand in Europe.");
  await expect(findings.getByRole("link", { name: "https://news.example.test/research-e2e.example.com/series-b" })).toBeVisible();
  await expect(page.getByTestId("market-data-series").filter({ hasText: "Web traffic" })).toBeVisible();
  await keepScreenshot(page, "company-workflows");

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsNewUser(admin, process.env.HF_TEST_E2E_WORKFLOWS_ADMIN_EMAIL ?? "e2e-workflows-admin@example.test");
  await admin.goto("/admin");
  await admin.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Workflows" }).click();
  await admin.getByRole("combobox", { name: /^Workflow\b/ }).selectOption("market-research");
  await admin.getByRole("combobox", { name: /^Status\b/ }).selectOption("SUCCEEDED");
  const row = admin.getByTestId("admin-workflow-run").filter({ hasText: "research-e2e.example.com" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(userEmail);
  await expect(row.getByTestId("admin-workflow-run-duration")).toHaveText(/^\d+ m?s$/);
  await keepScreenshot(admin, "admin-workflows");
  await adminContext.close();
});
