import { expect, test } from "@playwright/test";
import { keepScreenshot, linkMailedTo, signInAsNewUser } from "./support";

const invitationLinkFor = (email: string) => linkMailedTo(email, /invited you to/, /(https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43})/, "invitation");

test("an owner invites a colleague, who joins from the email and sees the shared companies, until the owner removes them", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  const colleagueEmail = await signInAsNewUser(colleague);
  await signInAsNewUser(page);
  const teamName = `Growth team ${Date.now()}`;
  const sharedDomain = `shared-${Date.now()}.example.com`;

  // The owner creates a team workspace from the switcher's link and works in it.
  await page.getByRole("link", { name: "+ New team workspace" }).click();
  await page.getByLabel("Workspace name").fill(teamName);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByLabel("Workspace", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByTestId("team-workspace-name")).toHaveText(teamName);
  await page.getByRole("link", { name: "Companies", exact: true }).click();
  await page.getByRole("button", { name: "Add company" }).click();
  await page.getByLabel("Domain").fill(sharedDomain);
  await page.getByLabel("Name (optional)").fill("Shared Rival");
  await page.getByRole("form", { name: "Add a company" }).getByRole("button", { name: "Add company" }).click();
  await expect(page.getByRole("link", { name: "Shared Rival" })).toBeVisible();

  // The invitation, as an admin.
  await page.getByRole("link", { name: "Team", exact: true }).click();
  await page.getByLabel("Email", { exact: true }).fill(colleagueEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("ADMIN");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation on its way to ${colleagueEmail}`)).toBeVisible();
  await expect(page.getByTestId("invitation-row")).toContainText(/Sent/, { timeout: 20_000 });
  await expect(page.getByTestId("seat-usage")).toHaveText(/2 of 3 seats used/);
  await keepScreenshot(page, "50-team-invitation");

  // The colleague opens the link from the mail catcher and joins.
  await colleague.goto(await invitationLinkFor(colleagueEmail));
  await expect(colleague.getByTestId("invited-workspace")).toHaveText(teamName);
  await colleague.getByRole("button", { name: `Join ${teamName}` }).click();
  await expect(colleague).toHaveURL(/\/app\/companies$/);
  await expect(colleague.getByRole("link", { name: "Shared Rival" })).toBeVisible();
  await expect(colleague.getByLabel("Workspace", { exact: true }).locator("option:checked")).toHaveText(teamName);
  await keepScreenshot(colleague, "51-colleague-sees-shared-companies");

  // The owner sees them as an admin and removes them.
  await page.reload();
  const colleagueRow = page.getByTestId("member-row").filter({ hasText: colleagueEmail });
  await expect(colleagueRow.getByLabel(/Role of/)).toHaveValue("ADMIN");
  page.once("dialog", (dialog) => void dialog.accept());
  await colleagueRow.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("member-row")).toHaveCount(1);

  // The colleague's next look finds nothing of the team: their own workspace is back.
  await colleague.reload();
  await expect(colleague.getByLabel("Workspace", { exact: true }).locator("option")).toHaveCount(1);
  await expect(colleague.getByRole("link", { name: "Shared Rival" })).toHaveCount(0);
  await expect(colleague.getByText("No companies yet")).toBeVisible();
  await colleagueContext.close();
});
