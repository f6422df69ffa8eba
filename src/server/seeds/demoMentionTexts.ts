// The words of the demo mentions: how people write about B2B analytics
// vendors on review sites, in social posts and in the trade press. Each
// sentence carries one tone on its own (checked against the lexicon in
// demoData.test.ts), so any two of them combine into a mention of that tone.
// "{name}" is the company, "{city}" where it is based.

export type DemoTone = "positive" | "negative" | "neutral";

/** A review's opening line and its supporting detail, drawn separately. */
export const reviewOpenings: Record<DemoTone, string[]> = {
  positive: [
    "{name} made our weekly competitor review painless.",
    "Great tool for tracking the market without an analyst team.",
    "The dashboards are clear and the alerts are genuinely useful.",
    "Onboarding was excellent and the customer success team is brilliant.",
    "Best value we found for market intelligence at our size.",
    "We love how easy it is to share findings with sales.",
    "Solid product that keeps getting better every release.",
    "Impressive data quality for the price.",
  ],
  negative: [
    "Disappointed after the first quarter.",
    "The data is often stale and wrong, which defeats the purpose.",
    "Tickets go unanswered for days and the answers are vague.",
    "Frustrating experience with billing from day one.",
    "Reports fail to load half the time and the interface is confusing.",
    "Broken integrations wrecked our CRM sync twice.",
    "Poor value: we pay enterprise prices for missing features.",
  ],
  neutral: [
    "We use it mainly for the weekly digest.",
    "It covers competitor pricing pages and job postings.",
    "Rollout took about two weeks with our ops team.",
    "Mostly used by the product marketing team for battlecards.",
    "Comparable to the other tools we trialled.",
    "We run it alongside our CRM and a BI tool.",
  ],
};

export const reviewDetails: Record<DemoTone, string[]> = {
  positive: [
    "Setup was easy and the Salesforce sync worked first time.",
    "Their team answered within the hour, every time we asked for help.",
    "Our product marketers love it and check it every morning.",
    "The competitor map alone is worth the price; it saved us weeks of spreadsheet work.",
    "Would recommend it to any mid-market revenue team.",
    "Exports to slides are a nice touch.",
    "Pricing is fair and the contract terms were generous.",
  ],
  negative: [
    "We waited nine days for a reply to an urgent ticket, which is unacceptable.",
    "Half the competitor profiles were missing funding data.",
    "Exports fail on anything over a few thousand rows.",
    "The renewal quote came in far higher than promised, a nasty surprise.",
    "Not worth it unless you have an analyst to babysit it.",
    "We regret signing a two-year contract.",
  ],
  neutral: [
    "We are on the mid-market plan with five seats.",
    "Most of our team logs in once a week.",
    "The API is documented and we pull data into Snowflake.",
    "We evaluated it over a four-week pilot.",
  ],
};

/** One-line posts, as on Reddit and X. */
export const socialPosts: Record<DemoTone, string[]> = {
  positive: [
    "Switched to {name} last quarter and honestly it has been great.",
    "Shoutout to the {name} team, they sorted our sync in 20 minutes 🙌",
    "The new alert digest from {name} is brilliant, our SDRs actually read it.",
    "If you need competitor tracking on a budget, {name} is the best option I have found.",
    "Really impressed by the {name} roadmap call today.",
    "Loving the new {name} dashboards 😍",
    "Our board deck came together in an hour thanks to {name}. Amazing.",
  ],
  negative: [
    "Anyone else having problems with {name} exports? Ours keep failing.",
    "Cancelled {name} today. Tickets ignored for two weeks, data full of errors.",
    "Is {name} broken again? Third outage this month 😠",
    "Really disappointed with {name} lately, the numbers are full of errors.",
    "{name} lost our saved reports during the migration. Awful.",
    "Avoid {name} if you care about accurate numbers, so many mistakes.",
  ],
  neutral: [
    "Has anyone compared {name} with the other market intel tools?",
    "Looking at {name} for our team, how long does onboarding take?",
    "{name} is hosting a webinar on pricing research next Thursday.",
    "Our agency uses {name} for client reports.",
    "Does {name} integrate with HubSpot or only Salesforce?",
    "Trialling {name} this month, will report back.",
  ],
};

/** Complaints once a vendor's pricing changes (see the demo's pricing-change trend). */
export const pricingComplaints: string[] = [
  "The new per-seat pricing doubled our bill overnight. Not happy.",
  "{name} price hike is outrageous, we are moving our team off it.",
  "Renewal came in 40% higher after the {name} pricing change. Terrible way to treat long-time customers.",
  "Budget meeting today: cancelling {name} after the pricing change. Sad, it was a useful tool.",
  "The {name} pricing change punishes small teams. Disappointed.",
];

export const newsHeadlines: Record<DemoTone, string[]> = {
  positive: [
    "{name} wins best-in-class award for market analytics",
    "{name} reports strong growth as mid-market demand picks up",
    "Analysts praise the new AI research assistant from {name}",
    "{name} named a leader in the competitive intelligence category",
  ],
  negative: [
    "{name} faces customer anger over data accuracy problems",
    "{name} cuts 12% of staff amid slowing sales",
    "Outage at {name} leaves customers without dashboards for a day",
    "{name} criticized for a confusing contract renewal process",
  ],
  neutral: [
    "{name} opens a new office in {city}",
    "{name} appoints a new chief revenue officer",
    "{name} announces its annual customer conference",
    "{name} hires a new head of international sales",
    "{name} releases its quarterly product update",
  ],
};

/** The news item that starts a pricing-change trend. */
export const pricingChangeHeadline = "{name} moves to per-seat pricing; mid-market plans up 40%";
