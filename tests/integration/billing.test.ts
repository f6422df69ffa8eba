import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { eventsFor, linkBillingCustomer, PRICES, postStripeEvent } from "./support/stripeWebhooks";
import { createTeam, joinedMember, uniqueTeamName, type ErrorBody, type Session } from "./support/teams";
import { testEnvironment } from "./support/testEnvironment";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";
import { runJob, useJobQueue } from "./support/jobQueue";
import type { BillingOverview, Pricing } from "../../src/payment/operations";

/** Checkout, the portal, the billing overview and the quotas, with the real stripe SDK against the Stripe stand-in. */

type StandInLog = { requests: { method: string; path: string; body: Record<string, unknown> }[] };
const standInRequests = async () => ((await (await fetch(`${testEnvironment.stripeStandInUrl}/__stand-in/requests`)).json()) as StandInLog).requests;
const now = () => Math.floor(Date.now() / 1000);

async function putOnPlan(workspaceId: string, priceId: string) {
  const customer = `cus_${randomUUID().replaceAll("-", "").slice(0, 14)}`;
  await linkBillingCustomer(workspaceId, customer);
  const answer = await postStripeEvent(eventsFor(customer, workspaceId).subscription(`sub_${randomUUID()}`, "customer.subscription.created", now(), { priceId }));
  expect(answer.body.outcome).toBe("applied");
}

describe("pricing", () => {
  it("shows every plan and pack to a visitor, all on sale on this server", async () => {
    const { status, body } = await callOperation<Pricing>("get-pricing", undefined);
    expect(status).toBe(200);
    expect(body.billingConfigured).toBe(true);
    expect(body.plans.map((plan) => [plan.id, plan.purchasable])).toEqual([["FREE", []], ["PRO", ["MONTH", "YEAR"]], ["TEAM", ["MONTH", "YEAR"]]]);
    expect(body.creditPacks.every((pack) => pack.purchasable)).toBe(true);
  });
});

describe("checkout and the customer portal", () => {
  let owner: Session;
  let workspaceId: string;
  beforeAll(async () => {
    owner = await signUpVerifiedUser("billing-owner");
    workspaceId = await workspaceIdOf(owner.email);
  });

  it("creates the workspace's Stripe customer once and a checkout session carrying what the webhook needs", async () => {
    const first = await callOperation<{ url: string }>("start-checkout", { product: { kind: "plan", plan: "PRO", interval: "YEAR" } }, owner.sessionId);
    expect(first.status).toBe(200);
    expect(first.body.url).toMatch(new RegExp(`^${testEnvironment.stripeStandInUrl}/checkout/cs_`));
    const [{ billingCustomerId }] = await queryRows<{ billingCustomerId: string }>(`SELECT "billingCustomerId" FROM "Workspace" WHERE id = $1`, [workspaceId]);
    expect(billingCustomerId).toMatch(/^cus_/);

    const second = await callOperation<{ url: string }>("start-checkout", { product: { kind: "creditPack", pack: "CREDITS_100" } }, owner.sessionId);
    expect(second.status).toBe(200);
    const requests = await standInRequests();
    const created = requests.filter((request) => request.method === "POST" && request.path === "/v1/customers" && (request.body.metadata as Record<string, string>)?.workspaceId === workspaceId);
    expect(created).toHaveLength(1);
    const sessions = requests.filter((request) => request.path === "/v1/checkout/sessions" && request.body.customer === billingCustomerId);
    expect(sessions.map((request) => [request.body.mode, (request.body.line_items as { price: string }[])[0].price])).toEqual([
      ["subscription", "price_pro_yearly"],
      ["payment", "price_credits_100"],
    ]);
    expect(sessions[0].body.metadata).toMatchObject({ workspaceId, priceId: "price_pro_yearly", plan: "PRO", interval: "YEAR" });
    expect((sessions[0].body.subscription_data as { metadata: Record<string, string> }).metadata).toMatchObject({ workspaceId });
    expect(sessions[0].body.success_url).toMatch(/\/app\/billing\/checkout\/success\?session_id=\{CHECKOUT_SESSION_ID\}$/);
  });

  it("opens the portal for the workspace's customer", async () => {
    const portal = await callOperation<{ url: string }>("open-customer-portal", undefined, owner.sessionId);
    expect(portal.status).toBe(200);
    expect(portal.body.url).toMatch(new RegExp(`^${testEnvironment.stripeStandInUrl}/portal/`));
  });

  it("answers 409 to the portal before anything was bought, and to a second plan while one is active", async () => {
    const newcomer = await signUpVerifiedUser("billing-newcomer");
    expect((await callOperation<ErrorBody>("open-customer-portal", undefined, newcomer.sessionId)).status).toBe(409);
    await putOnPlan(await workspaceIdOf(newcomer.email), PRICES.proMonthly);
    const again = await callOperation<ErrorBody>("start-checkout", { product: { kind: "plan", plan: "TEAM", interval: "MONTH" } }, newcomer.sessionId);
    expect(again.status).toBe(409);
    expect(again.body.message).toContain("on Pro already");
  });

  it("lets members read billing but only owners and admins buy or manage (403)", async () => {
    const teamOwner = await signUpVerifiedUser("billing-team-owner");
    const name = uniqueTeamName("Billing team");
    const teamId = await createTeam(teamOwner, name);
    const member = await joinedMember(teamOwner, teamId, name, "billing-member", "MEMBER");
    const overview = await callOperation<BillingOverview>("get-billing-overview", undefined, member.sessionId);
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({ canManageBilling: false, workspace: { id: teamId } });
    for (const [operation, args] of [["start-checkout", { product: { kind: "creditPack", pack: "CREDITS_25" } }], ["open-customer-portal", undefined]] as const) {
      const refused = await callOperation<ErrorBody>(operation, args, member.sessionId);
      expect(refused.status, operation).toBe(403);
    }
    expect(await queryRows(`SELECT "billingCustomerId" FROM "Workspace" WHERE id = $1`, [teamId])).toEqual([{ billingCustomerId: null }]);
  });
});

describe("the billing overview", () => {
  it("shows the plan, usage against its quotas and the credit history with balances", async () => {
    const user = await signUpVerifiedUser("billing-overview");
    const workspaceId = await workspaceIdOf(user.email);
    await insertCompanies(workspaceId, [{ name: "One", domain: `one-${randomUUID()}.test` }, { name: "Two", domain: `two-${randomUUID()}.test` }]);
    const { body } = await callOperation<BillingOverview>("get-billing-overview", undefined, user.sessionId);
    expect(body.plan).toMatchObject({ id: "FREE", name: "Free" });
    expect(body.subscription).toBeNull();
    expect(body.usage).toEqual([
      { quota: "trackedCompanies", label: "Tracked companies", unit: "companies", used: 2, limit: 100 },
      { quota: "seats", label: "Seats", unit: "seats", used: 1, limit: 1 },
      { quota: "syncedApolloLists", label: "Synced Apollo lists", unit: "lists", used: 0, limit: 1 },
    ]);
    expect(body.credits.balance).toBe(3);
    expect(body.credits.history.map((entry) => [entry.kind, entry.creditsDelta, entry.creditsBalanceAfter])).toEqual([["OPENING_BALANCE", 3, 3]]);
  });
});

describe("quotas", () => {
  const boss = useJobQueue();

  it("merges an import only up to the quota when companies were added after its upload, reporting the rest", async () => {
    const user = await signUpVerifiedUser("quota-import-job");
    const workspaceId = await workspaceIdOf(user.email);
    await insertCompanies(workspaceId, Array.from({ length: 97 }, (_, index) => ({ name: `J${index}`, domain: `j${index}.quota-job.test` })));
    // Staged as the upload staged it when there was room; then the workspace filled up to 97.
    const [{ id: importId }] = await queryRows<{ id: string }>(
      `INSERT INTO "CompanyImport" (id, "workspaceId", "fileName", "totalRows", "validRows", "updatedAt") VALUES (gen_random_uuid(), $1, 'late.csv', 6, 6, now()) RETURNING id`,
      [workspaceId],
    );
    await queryRows(
      `INSERT INTO "CompanyImportRow" (id, "importId", line, domain, tags)
       SELECT gen_random_uuid(), $1, n + 1, CASE WHEN n = 1 THEN 'j0.quota-job.test' ELSE 'late-' || n || '.quota-job.test' END, '{}' FROM generate_series(1, 6) n`,
      [importId],
    );
    await runJob(boss, "importCompanies", { importId });
    const [row] = await queryRows<{ status: string; createdCount: number; mergedCount: number; errorCount: number; rowErrors: { reason: string }[] }>(
      `SELECT status, "createdCount", "mergedCount", "errorCount", "rowErrors" FROM "CompanyImport" WHERE id = $1`,
      [importId],
    );
    expect(row).toMatchObject({ status: "SUCCEEDED", createdCount: 3, mergedCount: 1, errorCount: 2 });
    expect(row.rowErrors[0].reason).toContain("2 new companies up to line 7 were not added");
    expect(await queryRows(`SELECT count(*)::int AS n FROM "Company" WHERE "workspaceId" = $1`, [workspaceId])).toEqual([{ n: 100 }]);
  });

  it("refuses the 101st company on Free with a 402 naming the limit, and lifts it on Pro", async () => {
    const user = await signUpVerifiedUser("quota-companies");
    const workspaceId = await workspaceIdOf(user.email);
    await insertCompanies(workspaceId, Array.from({ length: 100 }, (_, index) => ({ name: `Q${index}`, domain: `q${index}-${randomUUID().slice(0, 6)}.test` })));
    const refused = await callOperation<ErrorBody>("create-company", { domain: "one-too-many.test" }, user.sessionId);
    expect(refused.status).toBe(402);
    expect(refused.body.message).toBe(
      "Tracked companies: your Free plan allows 100 companies and this workspace uses 100. Upgrade to Pro (10,000 companies) on the Billing page.",
    );
    // A domain already tracked is still a conflict, not a quota question.
    const [{ domain }] = await queryRows<{ domain: string }>(`SELECT domain FROM "Company" WHERE "workspaceId" = $1 LIMIT 1`, [workspaceId]);
    expect((await callOperation("create-company", { domain }, user.sessionId)).status).toBe(409);

    await putOnPlan(workspaceId, PRICES.proMonthly);
    expect((await callOperation("create-company", { domain: "one-too-many.test" }, user.sessionId)).status).toBe(200);
  });

  it("lets twenty concurrent adds at 95 of 100 together take exactly the 5 free places", async () => {
    const user = await signUpVerifiedUser("quota-race");
    const workspaceId = await workspaceIdOf(user.email);
    await insertCompanies(workspaceId, Array.from({ length: 95 }, (_, index) => ({ name: `R${index}`, domain: `r${index}-${randomUUID().slice(0, 6)}.test` })));
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => callOperation("create-company", { domain: `race-${index}.test` }, user.sessionId)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 402)).toHaveLength(15);
    expect(await queryRows(`SELECT count(*)::int AS n FROM "Company" WHERE "workspaceId" = $1`, [workspaceId])).toEqual([{ n: 100 }]);
  });

  it("refuses a CSV whose new companies would pass the quota with a 402, staging nothing", async () => {
    const user = await signUpVerifiedUser("quota-import");
    const workspaceId = await workspaceIdOf(user.email);
    await insertCompanies(workspaceId, Array.from({ length: 90 }, (_, index) => ({ name: `I${index}`, domain: `i${index}.quota.test` })));
    // 5 already tracked (they merge) and 11 new: one past the limit.
    const csv = ["domain", ...Array.from({ length: 5 }, (_, index) => `i${index}.quota.test`), ...Array.from({ length: 11 }, (_, index) => `new${index}.quota.test`)].join("\n");
    const response = await fetch(`${testEnvironment.serverUrl}/api/companies/import`, {
      method: "POST",
      headers: { "content-type": "text/csv", authorization: `Bearer ${user.sessionId}` },
      body: csv,
    });
    expect(response.status).toBe(402);
    expect(((await response.json()) as { message: string }).message).toContain("This needs 11 more.");
    expect(await queryRows(`SELECT 1 FROM "CompanyImport" WHERE "workspaceId" = $1`, [workspaceId])).toEqual([]);
  });

  it("gives a Free team 3 seats and a Team-plan one 25", async () => {
    const owner = await signUpVerifiedUser("quota-seats");
    const name = uniqueTeamName("Seat team");
    const teamId = await createTeam(owner, name);
    const seats = async () => (await callOperation<{ seats: { limit: number } }>("get-workspace-members", { workspaceId: teamId }, owner.sessionId)).body.seats.limit;
    expect(await seats()).toBe(3);
    await putOnPlan(teamId, PRICES.teamMonthly);
    expect(await seats()).toBe(25);
  });
});
