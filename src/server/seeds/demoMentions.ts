import { assertUnreachable } from "../../shared/assertUnreachable";
import type { DemoCompany } from "./demoCompanies";
import {
  newsHeadlines,
  pricingChangeHeadline,
  pricingComplaints,
  reviewDetails,
  reviewOpenings,
  socialPosts,
  type DemoTone,
} from "./demoMentionTexts";

export interface DemoMention {
  domain: string;
  text: string;
  sourceName: "G2" | "Capterra" | "Reddit" | "X" | "news";
  sourceUrl: string;
  author: string;
  publishedAt: Date;
  /** The tone the text was written in; the stored score is the lexicon's, at seed time. */
  tone: DemoTone;
}

type Source = DemoMention["sourceName"];
/** Shares of positive and negative mentions `daysAgo` days back; the rest are neutral. */
type ToneMix = (daysAgo: number) => { positive: number; negative: number };

interface SentimentProfile {
  mentions: number;
  tones: ToneMix;
  sources: Partial<Record<Source, number>>;
  /** From this many days back, most complaints are about a pricing change, announced in the news that day. */
  pricingChangeDaysAgo?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_DAYS = 365;
export const PRICING_CHANGE_DAYS_AGO = 150;
/** The seed the demo workspace's mentions are drawn with. */
export const DEMO_MENTIONS_SEED = 20_261_124;

/** A share that moves in a straight line from a year ago to today. */
const trend = (yearAgo: number, today: number) => (daysAgo: number) => today + (yearAgo - today) * (daysAgo / YEAR_DAYS);
const steady = (positive: number, negative: number): ToneMix => () => ({ positive, negative });

const vendorSources = { G2: 0.3, Capterra: 0.2, Reddit: 0.2, X: 0.2, news: 0.1 };
const buyerSources = { news: 0.6, X: 0.2, Reddit: 0.2 };

/**
 * Who gets mentions, and how opinion about them moves over the year: the own
 * company slowly improves, Signalpath falls after its pricing change, Prism
 * Market AI gains as its product matures, the rest hold steady.
 */
const profiles: Record<string, SentimentProfile> = {
  "northwind-insights.example": {
    mentions: 80,
    tones: (daysAgo) => ({ positive: trend(0.3, 0.75)(daysAgo), negative: trend(0.45, 0.08)(daysAgo) }),
    sources: vendorSources,
  },
  "signalpath.example": {
    mentions: 90,
    tones: (daysAgo) => (daysAgo > PRICING_CHANGE_DAYS_AGO ? { positive: 0.65, negative: 0.1 } : { positive: 0.15, negative: 0.7 }),
    sources: vendorSources,
    pricingChangeDaysAgo: PRICING_CHANGE_DAYS_AGO,
  },
  "crestline-analytics.example": { mentions: 50, tones: steady(0.4, 0.35), sources: vendorSources },
  "orbital-metrics.example": { mentions: 40, tones: steady(0.5, 0.25), sources: vendorSources },
  "helix-marketlabs.example": { mentions: 30, tones: steady(0.3, 0.2), sources: { ...vendorSources, news: 0.4 } },
  "brightwave-data.example": { mentions: 30, tones: steady(0.35, 0.35), sources: vendorSources },
  "prism-market-ai.example": {
    mentions: 40,
    tones: (daysAgo) => ({ positive: trend(0.2, 0.7)(daysAgo), negative: trend(0.5, 0.1)(daysAgo) }),
    sources: vendorSources,
  },
  "kestrel-logistics.example": { mentions: 15, tones: steady(0.3, 0.2), sources: buyerSources },
  "atlas-fintech.example": { mentions: 15, tones: steady(0.4, 0.15), sources: buyerSources },
  "lumen-retail.example": { mentions: 15, tones: steady(0.2, 0.35), sources: buyerSources },
};

const firstNames = ["Dana", "Lee", "Priya", "Marco", "Sofia", "Tom", "Aisha", "Jonas", "Mei", "Carlos", "Hannah", "Omar", "Elena", "Ravi", "Zoe", "Lukas", "Fatima", "Noah"];
const lastInitials = "ABCDEFGHJKLMNOPRSTW";
const jobTitles = ["Head of Product Marketing", "RevOps Manager", "VP Sales", "Market Research Analyst", "Founder", "Growth Lead", "Sales Enablement Lead", "CMO"];
const handleWords = ["data", "revops", "growth", "saas", "pmm", "metrics", "pipeline", "churn", "quota", "funnel"];
const subreddits = ["SaaS", "sales", "marketing", "ProductMarketing", "analytics"];
const outlets = [
  { name: "SaaS Weekly", domain: "saasweekly.example" },
  { name: "MarTech Daily", domain: "martechdaily.example" },
  { name: "The Data Ledger", domain: "dataledger.example" },
  { name: "RevOps Review", domain: "revopsreview.example" },
];
const reporters = ["Priya Raman", "James Okafor", "Claire Dubois", "Daniel Weiss", "Ana Lima"];

/** "Acme opens a new office in Paris" -> "acme-opens-a-new-office-in-paris", cut between words. */
const slugOf = (text: string) => {
  const slug = text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return slug.length <= 60 ? slug : slug.slice(0, slug.lastIndexOf("-", 60));
};

/**
 * A year of mentions up to `now` for the own company, several competitors and
 * prospects, from review sites, Reddit, X and the trade press. Drawn from
 * `random`, so a seeded generator gives the same mentions every time.
 */
export function demoMentions(companies: DemoCompany[], now: Date, random: () => number): DemoMention[] {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const digits = (length: number) => Array.from({ length }, () => Math.floor(random() * 10)).join("");
  const fill = (template: string, company: DemoCompany) =>
    template.replaceAll("{name}", company.name).replaceAll("{city}", company.city);
  const pickSource = (weights: Partial<Record<Source, number>>): Source => {
    const entries = Object.entries(weights) as [Source, number][];
    let roll = random() * entries.reduce((total, [, weight]) => total + weight, 0);
    for (const [source, weight] of entries) {
      roll -= weight;
      if (roll < 0) return source;
    }
    return entries[entries.length - 1][0];
  };

  function mention(company: DemoCompany, source: Source, tone: DemoTone, publishedAt: Date, pricingComplaint: boolean, headline?: string): DemoMention {
    const slug = company.domain.split(".")[0];
    switch (source) {
      case "G2":
      case "Capterra": {
        const text = `${fill(pick(reviewOpenings[tone]), company)} ${fill(pricingComplaint ? pick(pricingComplaints) : pick(reviewDetails[tone]), company)}`;
        const author = `${pick(firstNames)} ${pick([...lastInitials])}., ${pick(jobTitles)}`;
        const sourceUrl =
          source === "G2"
            ? `https://www.g2.com/products/${slug}/reviews/${slug}-review-${digits(7)}`
            : `https://www.capterra.com/p/${digits(6)}/${slug}/reviews/${digits(7)}/`;
        return { domain: company.domain, text, sourceName: source, sourceUrl, author, publishedAt, tone };
      }
      case "Reddit":
      case "X": {
        const text = fill(pricingComplaint ? pick(pricingComplaints) : pick(socialPosts[tone]), company);
        const handle = `${pick(handleWords)}_${pick(firstNames).toLowerCase()}${digits(2)}`;
        const sourceUrl =
          source === "Reddit"
            ? `https://www.reddit.com/r/${pick(subreddits)}/comments/${Math.floor(random() * 36 ** 6).toString(36)}/${slugOf(text)}/`
            : `https://x.com/${handle}/status/1${digits(18)}`;
        return { domain: company.domain, text, sourceName: source, sourceUrl, author: source === "Reddit" ? `u/${handle}` : `@${handle}`, publishedAt, tone };
      }
      case "news": {
        const text = fill(headline ?? pick(newsHeadlines[tone]), company);
        const outlet = pick(outlets);
        const month = `${publishedAt.getUTCFullYear()}/${String(publishedAt.getUTCMonth() + 1).padStart(2, "0")}`;
        return {
          domain: company.domain,
          text,
          sourceName: "news",
          sourceUrl: `https://${outlet.domain}/${month}/${slugOf(text)}`,
          author: `${pick(reporters)}, ${outlet.name}`,
          publishedAt,
          tone,
        };
      }
      default:
        return assertUnreachable(source);
    }
  }

  const mentions: DemoMention[] = [];
  for (const company of companies) {
    const profile = profiles[company.domain];
    if (!profile || company.archived) continue;
    if (profile.pricingChangeDaysAgo !== undefined) {
      const announcedAt = new Date(now.getTime() - profile.pricingChangeDaysAgo * DAY_MS);
      mentions.push(mention(company, "news", "neutral", announcedAt, false, pricingChangeHeadline));
    }
    for (let index = 0; index < profile.mentions; index += 1) {
      const daysAgo = random() * YEAR_DAYS;
      const publishedAt = new Date(Math.floor((now.getTime() - daysAgo * DAY_MS) / 60_000) * 60_000);
      const { positive, negative } = profile.tones(daysAgo);
      const roll = random();
      const tone: DemoTone = roll < positive ? "positive" : roll < positive + negative ? "negative" : "neutral";
      const afterPricingChange = profile.pricingChangeDaysAgo !== undefined && daysAgo < profile.pricingChangeDaysAgo;
      const source = pickSource(profile.sources);
      mentions.push(mention(company, source, tone, publishedAt, tone === "negative" && afterPricingChange && source !== "news" && random() < 0.7));
    }
  }
  return mentions.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
}
