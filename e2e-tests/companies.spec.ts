import { expect, test } from "@playwright/test";
import { keepScreenshot, signInAsNewUser } from "./support";

test("a user connects Apollo, adds, imports, filters, enriches and charts companies and maps competitors", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsNewUser(page);

  await page.getByRole("link", { name: "Apollo", exact: true }).click();
  await page.getByLabel("API key", { exact: true }).fill("apollo-test-key-e2e1");
  await page.getByRole("button", { name: "Save key" }).click();
  await expect(page.getByTestId("apollo-connection")).toHaveText(/Connected with key ••••e2e1/);

  await page.getByRole("link", { name: "Companies", exact: true }).click();
  await expect(page.getByText(/No companies yet/)).toBeVisible();
  await page.getByRole("button", { name: "Add company" }).click();
  const addForm = page.getByRole("form", { name: "Add a company" });
  await addForm.getByLabel("Domain").fill("not a domain");
  await addForm.getByRole("button", { name: "Add company" }).click();
  await expect(addForm.getByText(/cannot contain spaces/)).toBeVisible();
  await addForm.getByLabel("Domain").fill("https://www.northwind-e2e.example.com/pricing");
  await addForm.getByLabel("Role").selectOption("OWN_COMPANY");
  await addForm.getByRole("button", { name: "Add company" }).click();
  const table = page.getByRole("table", { name: "Companies" });
  await expect(table.getByText("northwind-e2e.example.com")).toBeVisible();
  // Enrichment runs in a pg-boss job against the Apollo stand-in; the list updates by itself.
  await expect(table.getByText("Enriched")).toBeVisible({ timeout: 30_000 });

  await page.getByRole("button", { name: "Import CSV" }).click();
  const csv = ["domain,name,role,tags", "rival-one.example.com,Rival One,competitor,emea", "rival-two.example.com,Rival Two,competitor,", "prospect.example.com,,prospect,target", "bad domain,,,"].join("\n");
  await page.getByLabel("CSV file to import").setInputFiles({ name: "companies.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText("Import finished")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("import-summary")).toContainText("3 added");
  await expect(page.getByRole("list", { name: "Rejected rows" })).toContainText("Line 5");
  await keepScreenshot(page, "10-companies-imported");

  await page.getByLabel("Role", { exact: true }).first().selectOption("COMPETITOR");
  await expect(page.getByTestId("company-count")).toHaveText(/of 2 companies/);
  await expect(page).toHaveURL(/role=COMPETITOR/);
  await keepScreenshot(page, "11-companies-filtered");

  await page.getByLabel("Role", { exact: true }).first().selectOption("");
  await table.getByRole("link", { name: /Northwind/i }).click();
  await expect(page.getByTestId("freshness")).toContainText("source: apollo");
  const pointForm = page.getByRole("form", { name: "Add a data point" });
  for (const [value, date] of [["1000", "2026-01-15"], ["1400", "2026-06-15"]]) {
    await pointForm.getByLabel("Metric").fill("Website visits");
    await pointForm.getByLabel("Value").fill(value);
    await pointForm.getByLabel("Unit").fill("visits");
    await pointForm.getByLabel("Observed on").fill(date);
    await pointForm.getByRole("button", { name: "Add point" }).click();
    await expect(pointForm.getByLabel("Value")).toHaveValue("");
  }
  const series = page.getByTestId("market-data-series");
  await expect(series).toHaveCount(1);
  await expect(series.locator("svg path.recharts-line-curve")).toHaveCount(1);
  await keepScreenshot(page, "12-company-profile");

  await page.getByRole("link", { name: /Open the competitor map/ }).click();
  const competitorForm = page.getByRole("form", { name: "Add or score a competitor" });
  await competitorForm.getByLabel("Find a company").fill("rival");
  // Enrichment may have renamed the company by now: pick it by its domain.
  const rivalOption = competitorForm.locator("option", { hasText: "rival-one.example.com" });
  await expect(rivalOption).toHaveCount(1);
  await competitorForm.getByLabel("Competitor").selectOption((await rivalOption.getAttribute("value"))!);
  await competitorForm.getByLabel(/Price competitiveness/).fill("8");
  await competitorForm.getByLabel(/Market presence/).fill("6");
  await competitorForm.getByRole("button", { name: "Save competitor" }).click();
  await expect(page.getByText("1 competitor, scored 0–10 on each dimension.")).toBeVisible();
  await expect(page.getByRole("img", { name: /positioning/i })).toBeVisible();
  await keepScreenshot(page, "13-competitor-map");
});
