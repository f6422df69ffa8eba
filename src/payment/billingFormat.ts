import type { BillingSubscriptionStatus, LedgerEntryKind } from "@prisma/client";

/** Words and numbers of the billing pages, kept apart from React so they are tested fast. */

export function formatPriceCents(cents: number): string {
  return `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;
}

export function formatMoneyMinor(amountMinor: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(amountMinor / 100);
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
export const formatBillingDate = (date: Date | string) => dateFormat.format(new Date(date));

const statusLabels: Record<BillingSubscriptionStatus, string> = {
  INCOMPLETE: "waiting for the first payment",
  INCOMPLETE_EXPIRED: "never started (the first payment did not go through)",
  TRIALING: "on trial",
  ACTIVE: "active",
  PAST_DUE: "payment overdue",
  CANCELED: "cancelled",
  UNPAID: "unpaid",
  PAUSED: "paused",
};

export const subscriptionStatusLabel = (status: BillingSubscriptionStatus) => statusLabels[status];

export interface SubscriptionSummary {
  status: BillingSubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | string | null;
  canceledAt: Date | string | null;
}

/** One sentence on what happens next: renews on, ends on, ended on. */
export function renewalSentence(subscription: SubscriptionSummary): string {
  const end = subscription.currentPeriodEnd ? formatBillingDate(subscription.currentPeriodEnd) : undefined;
  if (subscription.status === "CANCELED" || subscription.status === "INCOMPLETE_EXPIRED") {
    return subscription.canceledAt ? `Ended on ${formatBillingDate(subscription.canceledAt)}.` : "Ended.";
  }
  if (subscription.cancelAtPeriodEnd) return end ? `Cancelled: the plan ends on ${end}, and the workspace moves to Free.` : "Cancelled at the end of this period.";
  if (subscription.status === "PAST_DUE" || subscription.status === "UNPAID") return "The last payment did not go through: update the card under Manage billing.";
  return end ? `Renews on ${end}.` : "Renews automatically.";
}

const ledgerKindLabels: Record<LedgerEntryKind, string> = {
  OPENING_BALANCE: "Starting credits",
  PAYMENT: "Payment",
  REFUND: "Refund",
  PLAN_CREDITS: "Plan credits",
  CREDIT_PACK: "Credit pack",
  REPORT: "Report",
  CREDITS_REVOKED: "Refunded credits",
};

export const ledgerKindLabel = (kind: LedgerEntryKind) => ledgerKindLabels[kind];

export const signedCredits = (delta: number) => (delta > 0 ? `+${delta}` : String(delta));

/** A usage bar's fill, 0 to 100, and whether it is at the limit. */
export function usageShare(used: number, limit: number): { percent: number; full: boolean } {
  if (limit <= 0) return { percent: 100, full: true };
  return { percent: Math.min(100, Math.round((used / limit) * 100)), full: used >= limit };
}
