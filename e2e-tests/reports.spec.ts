import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { readPdf } from "../tests/support/readPdf";
import { seedReportWorkspace } from "../tests/fixtures/reportWorkspace";
import { keepScreenshot, mailCatcherUrl, personalWorkspaceIdOf, queryDatabase, signInAsNewUser } from "./support";

test("a user asks for a market report, watches it progress, reads it with citations and charts, downloads the PDF, emails it and shares it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = await signInAsNewUser(page);
  const workspaceId = await personalWorkspaceIdOf(email);
  // The OpenAI stand-in answers "llm-slow" subjects after 3.5 s: time to watch the progress bar move.
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
  const reportUrl = page.url().replace(/#.*$/, "");

  // The PDF: downloaded, opened, its text checked.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const pdfFile = await download;
  expect(pdfFile.suggestedFilename()).toMatch(/^market-e2e-subject-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await readPdf(await readFile((await pdfFile.path())!));
  expect(pdf.text).toContain("e2e Subject");
  expect(pdf.text).toContain("Executive summary");
  expect(pdf.text).toContain("Sources");

  // The email, with the PDF attached, in the mail catcher.
  await page.getByRole("button", { name: "Send email" }).click();
  await expect(page.getByText(/on its way to 1 person/)).toBeVisible();
  await expect(page.getByTestId("email-delivery")).toContainText("sent", { timeout: 20_000 });
  const mails = (await (await fetch(`${mailCatcherUrl}/email`)).json()) as { subject: string; to: { address: string }[]; attachments?: { contentType: string }[] }[];
  const mail = mails.find((candidate) => candidate.subject === "Market report: e2e Subject" && candidate.to.some((to) => to.address === email));
  expect(mail?.attachments?.map((attachment) => attachment.contentType)).toEqual(["application/pdf"]);

  // A share link, opened signed out: that report, read-only.
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareUrl = (await page.getByTestId("new-share-link").getAttribute("href"))!;
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(shareUrl);
  await expect(visitorPage.getByRole("heading", { name: "Market report: e2e Subject" })).toBeVisible();
  await expect(visitorPage.getByTestId("report-lead").getByTestId("citation").first()).toBeVisible();
  await expect(visitorPage.getByTestId("report-sources").getByRole("link", { name: /firmographics/ })).toHaveCount(0);
  await expect(visitorPage.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  await keepScreenshot(visitorPage, "32-report-shared");
  await visitor.close();
  await page.goto(reportUrl);

  await page.getByRole("link", { name: "Reports", exact: true }).first().click();
  await expect(page.getByRole("table", { name: "Reports" }).getByText("Completed")).toBeVisible();
  await page.goto(`/app/companies/${seeded.subjectId}`);
  await expect(page.getByTestId("credits-left")).toHaveText(/2 report credits left/);
});
