/**
 * The plans and what each allows: the one table every quota is read from
 * (src/payment/quotas.ts enforces it, the pricing and billing pages show it).
 * Pure data, imported by every feature that consumes a quota.
 */

export type PlanId = "FREE" | "PRO" | "TEAM";
export type BillingInterval = "MONTH" | "YEAR";

export type PlanQuotas = {
  /** Companies tracked at once (archived ones count: they keep their data). */
  trackedCompanies: number;
  /** Report credits granted each paid month (a yearly plan gets twelve months' at once). */
  reportCreditsPerMonth: number;
  /** Apollo lists synced on a schedule. */
  syncedApolloLists: number;
  /** Contacts enrolled in Apollo sequences per day. */
  sequenceEnrolmentsPerDay: number;
  /** Members plus pending invitations of a team workspace (a personal workspace has one). */
  seats: number;
}

export type QuotaName = keyof PlanQuotas;

export type Plan = {
  id: PlanId;
  name: string;
  tagline: string;
  /** Price in US cents per interval; FREE costs nothing. */
  priceCents: Record<BillingInterval, number>;
  quotas: PlanQuotas;
}

export const FREE_STARTING_CREDITS = 3;

export const plans: Record<PlanId, Plan> = {
  FREE: {
    id: "FREE",
    name: "Free",
    tagline: "Try it on your own market.",
    priceCents: { MONTH: 0, YEAR: 0 },
    quotas: { trackedCompanies: 100, reportCreditsPerMonth: 0, syncedApolloLists: 1, sequenceEnrolmentsPerDay: 20, seats: 3 },
  },
  PRO: {
    id: "PRO",
    name: "Pro",
    tagline: "For a growth team that reports every week.",
    priceCents: { MONTH: 4_900, YEAR: 49_000 },
    quotas: { trackedCompanies: 10_000, reportCreditsPerMonth: 50, syncedApolloLists: 10, sequenceEnrolmentsPerDay: 200, seats: 5 },
  },
  TEAM: {
    id: "TEAM",
    name: "Team",
    tagline: "For a company that runs on market intelligence.",
    priceCents: { MONTH: 14_900, YEAR: 149_000 },
    quotas: { trackedCompanies: 50_000, reportCreditsPerMonth: 200, syncedApolloLists: 50, sequenceEnrolmentsPerDay: 1_000, seats: 25 },
  },
};

export const planIds = ["FREE", "PRO", "TEAM"] as const satisfies readonly PlanId[];
export const paidPlanIds = ["PRO", "TEAM"] as const satisfies readonly Exclude<PlanId, "FREE">[];
export const billingIntervals = ["MONTH", "YEAR"] as const satisfies readonly BillingInterval[];

export type CreditPackId = "CREDITS_25" | "CREDITS_100";

export type CreditPack = {
  id: CreditPackId;
  credits: number;
  priceCents: number;
}

export const creditPacks: Record<CreditPackId, CreditPack> = {
  CREDITS_25: { id: "CREDITS_25", credits: 25, priceCents: 1_900 },
  CREDITS_100: { id: "CREDITS_100", credits: 100, priceCents: 5_900 },
};

export const creditPackIds = ["CREDITS_25", "CREDITS_100"] as const satisfies readonly CreditPackId[];

/** Credits one paid period of a plan grants. */
export function creditsPerPeriod(plan: PlanId, interval: BillingInterval): number {
  return plans[plan].quotas.reportCreditsPerMonth * (interval === "YEAR" ? 12 : 1);
}

/** How the quotas are named to people, with how to raise each. */
export const quotaLabels: Record<QuotaName, { label: string; unit: string }> = {
  trackedCompanies: { label: "Tracked companies", unit: "companies" },
  reportCreditsPerMonth: { label: "Report credits a month", unit: "credits" },
  syncedApolloLists: { label: "Synced Apollo lists", unit: "lists" },
  sequenceEnrolmentsPerDay: { label: "Sequence enrolments a day", unit: "enrolments" },
  seats: { label: "Seats", unit: "seats" },
};

/** The smallest plan above this one that allows more of the quota, if any. */
export function planRaising(quota: QuotaName, from: PlanId): Plan | undefined {
  return planIds.map((id) => plans[id]).find((plan) => plan.quotas[quota] > plans[from].quotas[quota]);
}
