import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2ePassword, keepScreenshot, newUserEmail, verificationLinkFor } from "./support";

test("a visitor signs up, verifies by email, logs in, uses the app and logs out", async ({ page }) => {
  const email = newUserEmail();

  await page.goto("/");
  await expect(page.getByRole("heading", { name: /know your market/i })).toBeVisible();
  await keepScreenshot(page, "01-landing");

  await page.getByRole("link", { name: "Sign up" }).first().click();
  await expect(page).toHaveURL(/\/signup$/);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(e2ePassword);
  await keepScreenshot(page, "02-signup");
  const signupResponse = page.waitForResponse((response) => response.url().endsWith("/auth/email/signup"));
  await page.getByRole("button", { name: /sign up/i }).click();
  expect((await signupResponse).status()).toBe(200);
  await expect(page.getByText(/check your email/i)).toBeVisible();

  const verificationLink = new URL(await verificationLinkFor(email));
  await page.goto(`${verificationLink.pathname}${verificationLink.search}`);
  await expect(page.getByText(/your email has been verified/i)).toBeVisible();
  await keepScreenshot(page, "03-email-verified");

  await page.goto("/login");
  // Google and GitHub are not configured in the test build, so no button may offer them.
  await expect(page.getByText(/google|github/i)).toHaveCount(0);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(e2ePassword);
  await keepScreenshot(page, "04-login");
  await page.getByRole("button", { name: /log in/i }).click();

  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("workspace-name")).toHaveText(`${email.split("@")[0]}'s workspace`);
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await keepScreenshot(page, "05-dashboard");

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await keepScreenshot(page, "06-account");

  // The client and the server are on different origins, as in production.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download JSON" }).click();
  const exportFile = await (await download).path();
  const exported = JSON.parse(await readFile(exportFile, "utf8"));
  expect(JSON.stringify(exported)).toContain(email);

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$|\/$/);
  await page.goto("/app");
  await expect(page).toHaveURL(/\/login$/);
});

test("a signed-out visit to an app page is redirected to login", async ({ page }) => {
  await page.goto("/app/companies");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("button", { name: /log in/i })).toBeVisible();
  await keepScreenshot(page, "07-redirected-to-login");
});

test("the contact form on the landing page stores a message", async ({ page }) => {
  await page.goto("/#contact");
  await page.getByLabel("Name").fill("Visitor");
  await page.getByLabel("Email").fill("visitor@example.test");
  await page.getByLabel("Message").fill("Please tell me more about the Team plan.");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText(/we got your message/i)).toBeVisible();
  await keepScreenshot(page, "08-contact-sent");
});
