import { FREE_STARTING_CREDITS, planIds, plans } from "../payment/plans";
import { formatPriceCents } from "../payment/billingFormat";

export interface Feature {
  title: string;
  description: string;
}

export const features: Feature[] = [
  {
    title: "Track your market",
    description: "Keep your own company, competitors, prospects and watch-list in one place, tagged and searchable.",
  },
  {
    title: "Enrich from Apollo.io",
    description: "Firmographics, technologies and size bands filled in for you, refreshed weekly, synced from your Apollo lists.",
  },
  {
    title: "Map competitors",
    description: "Score competitors on price, product breadth, market presence and growth, and see where you stand.",
  },
  {
    title: "AI market reports",
    description: "Market overview, competitor positioning, sentiment and recommendations, on screen, as PDF and by email.",
  },
];

export interface PricingTier {
  name: string;
  price: string;
  highlights: string[];
}

/** The landing page's pricing teaser, read from the plan table (src/payment/plans.ts). */
export const pricingTeaser: PricingTier[] = planIds.map((id) => {
  const plan = plans[id];
  const { quotas } = plan;
  return {
    name: plan.name,
    price: plan.priceCents.MONTH === 0 ? "Free" : `${formatPriceCents(plan.priceCents.MONTH)} / month`,
    highlights: [
      quotas.reportCreditsPerMonth === 0 ? `${FREE_STARTING_CREDITS} report credits to start` : `${quotas.reportCreditsPerMonth} report credits a month`,
      `Up to ${quotas.trackedCompanies.toLocaleString("en-US")} companies`,
      `${quotas.seats} seats`,
    ],
  };
});
