import type { Prisma, PrismaClient } from "@prisma/client";
import { creditPacks, creditsPerPeriod, FREE_STARTING_CREDITS, plans } from "../../payment/plans";
import { ledgerDescriptions, planLabel } from "../../payment/credits/ledgerDescriptions";

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEMO_STRIPE_CUSTOMER = "cus_demo_northwind";
const DEMO_SUBSCRIPTION = "sub_demo_northwind_pro";
const DEMO_PRO_PRICE = "price_demo_pro_monthly";

/**
 * The demo team's billing, as if its webhooks had arrived: three months on Pro
 * (monthly), each paid invoice with its period's credits, and a credit pack,
 * so the Billing page shows a real plan, usage and history without Stripe.
 * Rows are written the way the webhook writes them, balances added up in order.
 */
export async function seedDemoBilling(prisma: PrismaClient, workspaceId: string, now = Date.now()) {
  const monthlyCredits = creditsPerPeriod("PRO", "MONTH");
  const pack = creditPacks.CREDITS_25;
  const periods = [3, 2, 1].map((monthsAgo) => {
    const start = new Date(now - monthsAgo * 30 * DAY_MS + 20 * DAY_MS);
    return { start, end: new Date(start.getTime() + 30 * DAY_MS) };
  });
  let balance = 0;
  const entries: Prisma.BillingLedgerEntryCreateManyInput[] = [];
  const credit = (createdAt: Date, row: Omit<Prisma.BillingLedgerEntryCreateManyInput, "workspaceId" | "createdAt" | "creditsBalanceAfter">) => {
    balance += row.creditsDelta ?? 0;
    entries.push({ ...row, workspaceId, createdAt, creditsBalanceAfter: row.creditsDelta ? balance : null });
  };
  credit(new Date(now - 100 * DAY_MS), { kind: "OPENING_BALANCE", creditsDelta: FREE_STARTING_CREDITS, description: "Starting credits", dedupeKey: `opening:${workspaceId}` });
  periods.forEach(({ start }, index) => {
    const invoice = `in_demo_northwind_${index + 1}`;
    credit(start, {
      kind: "PAYMENT",
      amountMinor: plans.PRO.priceCents.MONTH,
      currency: "usd",
      description: ledgerDescriptions.invoicePaid(planLabel("PRO", "MONTH"), plans.PRO.priceCents.MONTH, "usd"),
      dedupeKey: `payment:invoice:${invoice}`,
      providerObjectId: invoice,
    });
    credit(start, {
      kind: "PLAN_CREDITS",
      creditsDelta: monthlyCredits,
      description: ledgerDescriptions.planCredits(planLabel("PRO", "MONTH"), start),
      dedupeKey: `plan-credits:${DEMO_SUBSCRIPTION}:${start.getTime() / 1000}`,
      providerObjectId: invoice,
    });
  });
  const packBought = new Date(now - 15 * DAY_MS);
  credit(packBought, { kind: "PAYMENT", amountMinor: pack.priceCents, currency: "usd", description: ledgerDescriptions.packBought(pack.credits, pack.priceCents, "usd"), dedupeKey: "payment:checkout:cs_demo_northwind_pack", providerObjectId: "cs_demo_northwind_pack" });
  credit(packBought, { kind: "CREDIT_PACK", creditsDelta: pack.credits, description: ledgerDescriptions.creditPack(pack.credits), dedupeKey: "credit-pack:cs_demo_northwind_pack", providerObjectId: "cs_demo_northwind_pack" });

  const current = periods[periods.length - 1];
  await prisma.$transaction([
    prisma.billingLedgerEntry.deleteMany({ where: { workspaceId } }),
    prisma.billingLedgerEntry.createMany({ data: entries }),
    prisma.workspace.update({ where: { id: workspaceId }, data: { credits: balance, billingCustomerId: DEMO_STRIPE_CUSTOMER } }),
    prisma.billingSubscription.create({
      data: {
        workspaceId,
        providerSubscriptionId: DEMO_SUBSCRIPTION,
        providerCustomerId: DEMO_STRIPE_CUSTOMER,
        plan: "PRO",
        interval: "MONTH",
        priceId: DEMO_PRO_PRICE,
        status: "ACTIVE",
        currentPeriodStart: current.start,
        currentPeriodEnd: current.end,
        stateAsOf: current.start,
      },
    }),
  ]);
}
