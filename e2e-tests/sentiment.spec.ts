import { expect, test } from "@playwright/test";
import { keepScreenshot, signInAsNewUser } from "./support";

/** A day `months` calendar months back (UTC), before today whatever today is. */
function dayMonthsAgo(months: number, day: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day)).toISOString().slice(0, 10);
}

test("a user imports mentions on a company's page and reads its sentiment", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsNewUser(page);

  await page.getByRole("link", { name: "Companies", exact: true }).click();
  await page.getByRole("button", { name: "Add company" }).click();
  const addForm = page.getByRole("form", { name: "Add a company" });
  await addForm.getByLabel("Domain").fill("sentiment-e2e.example.com");
  await addForm.getByLabel("Role").selectOption("COMPETITOR");
  await addForm.getByRole("button", { name: "Add company" }).click();
  await page.getByRole("table", { name: "Companies" }).getByRole("row", { name: /sentiment-e2e\.example\.com/ }).getByRole("link").click();

  await expect(page.getByTestId("sentiment-empty")).toContainText("No mentions in the last 12 months");

  // The company page's upload is for this company: no company column needed.
  const csv = [
    "text,source,url,author,published_at",
    `"Excellent dashboards, our team loves the weekly alerts.",G2,https://www.g2.com/products/sentiment-e2e/reviews/1,Dana K.,${dayMonthsAgo(3, 12)}`,
    `Terrible support and broken exports. Disappointed.,Reddit,https://www.reddit.com/r/SaaS/comments/abc123/,u/analyst,${dayMonthsAgo(1, 5)}`,
    `The company opened an office in Lisbon.,news,,,${dayMonthsAgo(2, 20)}`,
    `,X,,,${dayMonthsAgo(1, 1)}`,
  ].join("\n");
  await page.getByLabel(/Import mentions from CSV/).setInputFiles({ name: "mentions.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText("3 mentions added, 0 already there, 1 row rejected.")).toBeVisible();
  await expect(page.getByText(/Line 5: The text is empty/)).toBeVisible();

  await expect(page.getByTestId("sentiment-totals")).toContainText("3 mentions in the last 12 months");
  await expect(page.getByRole("img", { name: /Average sentiment per month over 12 months, 3 mentions/ })).toBeVisible();
  const positive = page.getByRole("list", { name: "Most positive" });
  await expect(positive).toContainText("Excellent dashboards, our team loves the weekly alerts.");
  await expect(positive).toContainText("G2 · Dana K.");
  await expect(positive.getByRole("link", { name: "Open the original" })).toHaveAttribute("href", "https://www.g2.com/products/sentiment-e2e/reviews/1");
  const negative = page.getByRole("list", { name: "Most negative" });
  await expect(negative).toContainText("Terrible support and broken exports.");
  await keepScreenshot(page, "14-company-sentiment");

  // The same file again adds nothing.
  await page.getByLabel(/Import mentions from CSV/).setInputFiles({ name: "mentions-again.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText("0 mentions added, 3 already there, 1 row rejected.")).toBeVisible();

  await negative.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("sentiment-totals")).toContainText("2 mentions in the last 12 months");
  await expect(page.getByText("No negative mentions in this period.")).toBeVisible();
});
