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

export const pricingTeaser: PricingTier[] = [
  { name: "Starter", price: "Free", highlights: ["3 report credits", "Up to 100 companies", "CSV import"] },
  { name: "Pro", price: "$49 / month", highlights: ["50 report credits a month", "10,000 companies", "Apollo sync"] },
  { name: "Team", price: "$149 / month", highlights: ["200 report credits a month", "Shared workspaces", "n8n workflows"] },
];
