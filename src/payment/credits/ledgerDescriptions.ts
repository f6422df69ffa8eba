import { plans, type BillingInterval, type PlanId } from "../plans";

/**
 * The words of the credit history, one place for the webhook's rows and the
 * demo's, so both read alike. Amounts in the currency's minor unit.
 */
const money = (amountMinor: number, currency: string) => `${(amountMinor / 100).toFixed(2)} ${currency.toUpperCase()}`;

export const planLabel = (plan: PlanId, interval: BillingInterval) => `${plans[plan].name} (${interval === "YEAR" ? "yearly" : "monthly"})`;

export const ledgerDescriptions = {
  invoicePaid: (what: string, amountMinor: number, currency: string) => `Invoice paid: ${what}, ${money(amountMinor, currency)}`,
  planCredits: (what: string, periodStart: Date) => `${what} credits for the period from ${periodStart.toISOString().slice(0, 10)}`,
  packBought: (credits: number, amountMinor: number, currency: string) => `${credits} report credits bought, ${money(amountMinor, currency)}`,
  creditPack: (credits: number) => `Credit pack: ${credits} report credits`,
  refund: (amountMinor: number, currency: string) => `Refund: ${money(amountMinor, currency)}`,
  creditsTakenBack: (credits: number) => `${credits} credits taken back with the refund`,
};
