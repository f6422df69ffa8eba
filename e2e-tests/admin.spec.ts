import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { e2ePassword, keepScreenshot, signInAsNewUser } from "./support";

test("an admin finds a user and suspends them: the user's open session stops at once and they cannot sign in", async ({ page, browser }) => {
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const userEmail = await signInAsNewUser(userPage);

  await signInAsNewUser(page, process.env.HF_TEST_E2E_USERS_ADMIN_EMAIL ?? "e2e-users-admin@example.test");
  await page.goto("/admin/users");
  await page.getByLabel("Search by email or name").fill(userEmail.toUpperCase());
  const row = page.getByTestId("admin-user-row").filter({ hasText: userEmail });
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId("user-count")).toHaveText("1–1 of 1 user");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Suspend" }).click();
  await expect(row.getByText(/^Suspended/)).toBeVisible();
  await keepScreenshot(page, "admin-users");

  // The user's next page load finds their session gone: back to the login page, where they are refused.
  await userPage.goto("/app/companies");
  await expect(userPage).toHaveURL(/\/login$/);
  await userPage.locator('input[name="email"]').fill(userEmail);
  await userPage.locator('input[name="password"]').fill(e2ePassword);
  await userPage.getByRole("button", { name: /log in/i }).click();
  await expect(userPage.getByText(/suspended/i)).toBeVisible();

  await row.getByRole("button", { name: "Reactivate" }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await userContext.close();

  // A contact message arrives; the admin reads it and marks it replied.
  const marker = randomBytes(4).toString("hex");
  await page.goto("/#contact");
  await page.getByLabel("Name").fill(`Grace ${marker}`);
  await page.getByLabel("Email").fill("grace@example.test");
  await page.getByLabel("Message").fill(`Do you cover the German market? ${marker}`);
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText(/we got your message/i)).toBeVisible();
  await page.goto("/admin/messages");
  const message = page.getByTestId("admin-message").filter({ hasText: `Grace ${marker}` });
  await expect(message.getByLabel("unread")).toBeVisible();
  await message.click();
  const opened = page.getByLabel("Message", { exact: true });
  await expect(opened.getByText(`Do you cover the German market? ${marker}`)).toBeVisible();
  await expect(opened.getByRole("link", { name: "Reply by email" })).toHaveAttribute("href", /^mailto:grace%40example\.test/);
  await opened.getByRole("button", { name: "Mark replied" }).click();
  await expect(opened.getByText(/^Replied/)).toBeVisible();
  await expect(message.getByLabel("unread")).toHaveCount(0);

  // The log holds what this admin did.
  await page.getByRole("link", { name: "Logs" }).click();
  await page.getByLabel("Source").selectOption("admin");
  await expect(page.getByTestId("admin-log-row").filter({ hasText: `suspended ${userEmail}` })).toHaveCount(1);
  await expect(page.getByTestId("admin-log-row").filter({ hasText: "marked the message from grace@example.test replied" }).first()).toBeVisible();
  await keepScreenshot(page, "admin-logs");
});
