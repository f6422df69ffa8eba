import { HttpError, config } from "wasp/server";
import type { GetBillingOverview, GetPricing, OpenCustomerPortal, StartCheckout } from "wasp/server/operations";
import type { BillingInterval as BillingIntervalColumn, BillingSubscriptionStatus, LedgerEntryKind } from "@prisma/client";
import type { z } from "zod";
import { parseInput } from "../server/operations/guards";
import { requireWorkspaceManager, requireWorkspaceMember } from "../workspaces/workspaceAccess";
import { isBillingConfigured, paymentProvider, priceCatalog } from "./billingSetup";
import { PaymentProviderRefusal } from "./paymentProvider";
import { checkoutInput, creditHistoryInput } from "./paymentSchemas";
import { billingIntervals, creditPackIds, creditPacks, planIds, plans, type BillingInterval, type CreditPackId, type PlanId, type PlanQuotas } from "./plans";
import type { Product } from "./priceCatalog";
import { effectivePlanOf, isEntitled } from "./subscriptionOrder";
import { usageOf, type QuotaUsage } from "./usage";
import { planOfWorkspace } from "./quotas/workspacePlan";

export type PricingPlan = {
  id: PlanId;
  name: string;
  tagline: string;
  priceCents: Record<BillingInterval, number>;
  quotas: PlanQuotas;
  /** The intervals that can be bought on this server (a price is configured). */
  purchasable: BillingInterval[];
};
export type PricingPack = { id: CreditPackId; credits: number; priceCents: number; purchasable: boolean };
export type Pricing = { billingConfigured: boolean; plans: PricingPlan[]; creditPacks: PricingPack[] };

function onSale(product: Product): boolean {
  return isBillingConfigured() && priceCatalog().priceOf(product) !== undefined;
}

function pricing(): Pricing {
  return {
    billingConfigured: isBillingConfigured(),
    plans: planIds.map((id) => ({
      id,
      name: plans[id].name,
      tagline: plans[id].tagline,
      priceCents: plans[id].priceCents,
      quotas: plans[id].quotas,
      purchasable: id === "FREE" ? [] : billingIntervals.filter((interval) => onSale({ kind: "plan", plan: id, interval })),
    })),
    creditPacks: creditPackIds.map((id) => ({ ...creditPacks[id], purchasable: onSale({ kind: "creditPack", pack: id }) })),
  };
}

/** Public: the plans and packs, and whether this server can sell them. */
export const getPricing: GetPricing<void, Pricing> = async () => pricing();

export type BillingSubscriptionView = {
  plan: PlanId;
  interval: BillingIntervalColumn;
  status: BillingSubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | null;
  canceledAt: Date | null;
  lastPaymentFailedAt: Date | null;
};
export type LedgerEntryView = {
  id: string;
  createdAt: Date;
  kind: LedgerEntryKind;
  description: string;
  creditsDelta: number;
  creditsBalanceAfter: number | null;
  amountMinor: number | null;
  currency: string | null;
};
export type BillingOverview = {
  workspace: { id: string; name: string; isPersonal: boolean };
  canManageBilling: boolean;
  plan: { id: PlanId; name: string; quotas: PlanQuotas };
  /** The subscription that gives the plan, or the newest one (a cancelled one says when it ended). */
  subscription: BillingSubscriptionView | null;
  hasBillingAccount: boolean;
  usage: QuotaUsage[];
  credits: { balance: number; reportsThisMonth: number; history: LedgerEntryView[] };
  pricing: Pricing;
};

/** The workspace's plan, subscription, usage against quotas, credits and their history (every member reads it). */
export const getBillingOverview: GetBillingOverview<z.input<typeof creditHistoryInput> | undefined, BillingOverview> = async (rawArgs, context) => {
  const { workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { take } = parseInput(creditHistoryInput, rawArgs);
  const now = new Date();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [subscriptions, history, reportsThisMonth] = await Promise.all([
    context.entities.BillingSubscription.findMany({ where: { workspaceId: workspace.id }, orderBy: { stateAsOf: "desc" } }),
    context.entities.BillingLedgerEntry.findMany({
      where: { workspaceId: workspace.id, creditsDelta: { not: 0 } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: { id: true, createdAt: true, kind: true, description: true, creditsDelta: true, creditsBalanceAfter: true, amountMinor: true, currency: true },
    }),
    context.entities.MarketReport.count({ where: { workspaceId: workspace.id, status: "COMPLETED", completedAt: { gte: monthStart } } }),
  ]);
  const planId = effectivePlanOf(subscriptions);
  const current = subscriptions.find((subscription) => isEntitled(subscription.status)) ?? subscriptions[0];
  return {
    workspace: { id: workspace.id, name: workspace.name, isPersonal: workspace.isPersonal },
    canManageBilling: role === "OWNER" || role === "ADMIN",
    plan: { id: planId, name: plans[planId].name, quotas: plans[planId].quotas },
    subscription: current
      ? {
          plan: current.plan,
          interval: current.interval,
          status: current.status,
          cancelAtPeriodEnd: current.cancelAtPeriodEnd,
          currentPeriodEnd: current.currentPeriodEnd,
          canceledAt: current.canceledAt,
          // Shown until an invoice paid after it.
          lastPaymentFailedAt:
            current.lastPaymentFailedAt && (!current.lastPaidAt || current.lastPaidAt < current.lastPaymentFailedAt) ? current.lastPaymentFailedAt : null,
        }
      : null,
    hasBillingAccount: workspace.billingCustomerId !== null,
    usage: await usageOf(context.entities, workspace, planId, now),
    credits: { balance: workspace.credits, reportsThisMonth, history },
    pricing: pricing(),
  };
};

const NOT_CONFIGURED = "Billing is not configured on this server: set STRIPE_API_KEY, STRIPE_WEBHOOK_SECRET and the STRIPE_PRICE_* settings.";

function requireProvider() {
  const provider = paymentProvider();
  if (!provider) throw new HttpError(503, NOT_CONFIGURED);
  return provider;
}

/** Owners and admins: a hosted checkout for a plan or a credit pack; the answer is the page to send the browser to. */
export const startCheckout: StartCheckout<z.input<typeof checkoutInput>, { url: string }> = async (rawArgs, context) => {
  const { user, workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  requireWorkspaceManager(role);
  const { product } = parseInput(checkoutInput, rawArgs);
  const provider = requireProvider();
  const priceId = priceCatalog().priceOf(product);
  if (!priceId) throw new HttpError(400, "This product is not on sale on this server (no price is configured for it).", { fieldErrors: { product: ["not on sale"] } });
  if (product.kind === "plan") {
    const currentPlan = await planOfWorkspace(context.entities.BillingSubscription, workspace.id);
    if (currentPlan !== "FREE") {
      throw new HttpError(409, `This workspace is on ${plans[currentPlan].name} already: change or cancel the plan from "Manage billing" on the Billing page.`);
    }
  }
  const customerId = await provider.ensureCustomer({
    existingCustomerId: workspace.billingCustomerId,
    workspaceId: workspace.id,
    workspaceName: workspace.name,
    email: user.email ?? "",
  });
  if (customerId !== workspace.billingCustomerId) {
    await context.entities.Workspace.update({ where: { id: workspace.id }, data: { billingCustomerId: customerId } });
  }
  const metadata: Record<string, string> = {
    workspaceId: workspace.id,
    userId: user.id,
    priceId,
    ...(product.kind === "plan" ? { plan: product.plan, interval: product.interval } : { creditPack: product.pack }),
  };
  try {
    const session = await provider.createCheckoutSession({
      priceId,
      mode: product.kind === "plan" ? "subscription" : "payment",
      customerId,
      workspaceId: workspace.id,
      successUrl: `${config.frontendUrl}/app/billing/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${config.frontendUrl}/app/billing/checkout/cancelled`,
      metadata,
    });
    return { url: session.url };
  } catch (error) {
    if (error instanceof PaymentProviderRefusal) throw new HttpError(error.status === 404 ? 409 : 400, error.message);
    throw error;
  }
};

/** Owners and admins: the provider's portal, to change or cancel the plan and read invoices. */
export const openCustomerPortal: OpenCustomerPortal<void, { url: string }> = async (_args, context) => {
  const { workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  requireWorkspaceManager(role);
  const provider = requireProvider();
  if (!workspace.billingCustomerId) throw new HttpError(409, "This workspace has not bought anything yet: choose a plan or a credit pack first.");
  try {
    return await provider.createPortalSession({ customerId: workspace.billingCustomerId, returnUrl: `${config.frontendUrl}/app/billing` });
  } catch (error) {
    if (error instanceof PaymentProviderRefusal) throw new HttpError(409, error.message);
    throw error;
  }
};
