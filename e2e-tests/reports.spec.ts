import { expect, test } from "@playwright/test";
import { seedReportWorkspace } from "../tests/fixtures/reportWorkspace";
import { keepScreenshot, personalWorkspaceIdOf, queryDatabase, signInAsNewUser } from "./support";

test("a user asks for a market report on a company, watches it progress and reads it with citations and charts", async ({ page }) => {
  test.setTimeout(120_000);
  const email = await signInAsNewUser(page);
  const workspaceId = await personalWorkspaceIdOf(email);
  // The OpenAI stand-in answers "llm-slow" subjects after 2.5 s: time to watch the progress bar.
  const seeded = await seedReportWorkspace(queryDatabase, workspaceId, "e2e", `llm-slow-${Date.now()}.example.com`);

  await page.goto(`/app/companies/${seeded.subjectId}`);
  await expect(page.getByTestId("credits-left")).toHaveText(/3 report credits left/);
  await expect(page.getByLabel(/Account brief/)).toBeDisabled();
  await page.getByLabel(/Market report/).check();
  await page.getByRole("button", { name: "Ask for a market report" }).click();

  await expect(page).toHaveURL(/\/app\/reports\/[0-9a-f-]{36}$/);
  const bar = page.getByRole("progressbar", { name: "Report progress" });
  await expect(bar).toBeVisible();
  await expect(page.getByTestId("report-stage")).toHaveText(/Analysing/, { timeout: 15_000 });
  const firstValue = Number(await bar.getAttribute("aria-valuenow"));
  await keepScreenshot(page, "30-report-progress");
  await expect.poll(async () => Number((await bar.getAttribute("aria-valuenow")) ?? 100), { timeout: 10_000 }).toBeGreaterThan(firstValue);

  const lead = page.getByTestId("report-lead");
  await expect(lead).toBeVisible({ timeout: 30_000 });
  await expect(bar).toHaveCount(0);
  await expect(lead.getByTestId("claim").first()).toBeVisible();

  // Charts: the market-data lines and the positioning chart.
  await expect(page.getByTestId("report-trends").locator("path.recharts-line-curve").first()).toBeVisible();
  await expect(page.getByRole("img", { name: /Competitor positioning/ })).toBeVisible();
  await expect(page.getByTestId("report-sentiment").locator("path.recharts-line-curve").first()).toBeVisible();

  // A citation jumps to its source, which links to the record it came from.
  const citation = lead.getByTestId("citation").first();
  const target = (await citation.getAttribute("href"))!;
  await citation.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  const source = page.locator(target);
  await expect(source).toBeInViewport();
  await keepScreenshot(page, "31-report-read");
  const recordLink = source.getByRole("link").first();
  const recordPath = await recordLink.getAttribute("href");
  expect(recordPath).toMatch(/^\/app\/companies\/[0-9a-f-]{36}/);

  await page.getByRole("link", { name: "Reports", exact: true }).first().click();
  await expect(page.getByRole("table", { name: "Reports" }).getByText("Completed")).toBeVisible();
  await page.goto(`/app/companies/${seeded.subjectId}`);
  await expect(page.getByTestId("credits-left")).toHaveText(/2 report credits left/);
});
