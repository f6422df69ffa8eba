import { describe, expect, it } from "vitest";
import { POSITIONING_DIMENSIONS } from "../../companies/competitors/positioningDimensions";
import { demoCompanies } from "./demoCompanies";
import { demoCompetitorLinks, demoOwnCompanyScores } from "./demoCompetitors";
import { demoMarketData } from "./demoMarketData";
import { DEMO_MENTIONS_SEED, demoMentions, PRICING_CHANGE_DAYS_AGO } from "./demoMentions";
import { lexiconScore } from "../../sentiment/lexiconSentiment";
import { sentimentLabel } from "../../sentiment/sentimentLabels";
import { seededRandom } from "./seededRandom";
import { demoApolloContacts } from "./demoApollo";

const sizeBandOf = (employees: number) =>
  employees <= 10 ? "MICRO" : employees <= 50 ? "SMALL" : employees <= 200 ? "MEDIUM" : employees <= 1000 ? "LARGE" : "ENTERPRISE";

describe("demo companies", () => {
  it("fill a workspace: 50+, one own company, 10+ competitors, unique domains", () => {
    expect(demoCompanies.length).toBeGreaterThanOrEqual(50);
    expect(demoCompanies.filter((company) => company.role === "OWN_COMPANY")).toHaveLength(1);
    expect(demoCompanies.filter((company) => company.role === "COMPETITOR").length).toBeGreaterThanOrEqual(10);
    expect(new Set(demoCompanies.map((company) => company.domain)).size).toBe(demoCompanies.length);
  });

  it("have size bands that match their headcount", () => {
    for (const company of demoCompanies) expect(company.sizeBand, company.name).toBe(sizeBandOf(company.employeeCount));
  });

  it("give every filter something to show", () => {
    expect(demoCompanies.some((company) => company.archived)).toBe(true);
    expect(demoCompanies.some((company) => company.enrichmentStatus === "NOT_FOUND")).toBe(true);
    expect(demoCompanies.filter((company) => company.tags.includes("emea")).length).toBeGreaterThan(5);
  });
});

describe("demo competitor links", () => {
  const links = demoCompetitorLinks(demoCompanies);
  const domains = new Set(demoCompanies.map((company) => company.domain));

  it("link the own company to every competitor with scores on all four dimensions", () => {
    const accepted = links.filter((link) => link.status === "ACCEPTED");
    expect(accepted).toHaveLength(demoCompanies.filter((company) => company.role === "COMPETITOR").length);
    for (const link of accepted) {
      for (const { key } of POSITIONING_DIMENSIONS) {
        expect(link.positioningScores[key]).toBeGreaterThanOrEqual(0);
        expect(link.positioningScores[key]).toBeLessThanOrEqual(10);
      }
    }
    expect(Object.keys(demoOwnCompanyScores)).toHaveLength(4);
  });

  it("reference real companies, never a company itself, with suggestions and a dismissal", () => {
    for (const link of links) {
      expect(domains.has(link.subjectDomain) && domains.has(link.competitorDomain)).toBe(true);
      expect(link.subjectDomain).not.toBe(link.competitorDomain);
    }
    expect(links.filter((link) => link.status === "SUGGESTED")).toHaveLength(2);
    expect(links.filter((link) => link.status === "DISMISSED")).toHaveLength(1);
  });

  it("leave same-industry, same-size companies for the suggestion feature to find", () => {
    const own = demoCompanies.find((company) => company.role === "OWN_COMPANY")!;
    const linked = new Set(links.map((link) => link.competitorDomain));
    const candidates = demoCompanies.filter(
      (company) => company !== own && !linked.has(company.domain) && company.industry === own.industry && company.sizeBand === own.sizeBand && !company.archived,
    );
    expect(candidates.length).toBeGreaterThanOrEqual(1);
  });
});

describe("demo market data", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const points = demoMarketData(demoCompanies, now, seededRandom(42));

  it("covers a year up to now, with nothing in the future", () => {
    const times = points.map((point) => point.observedAt.getTime());
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    expect((now.getTime() - Math.min(...times)) / 86_400_000).toBeGreaterThan(330);
  });

  it("charts four metrics for the own company and one for prospects", () => {
    const own = demoCompanies.find((company) => company.role === "OWN_COMPANY")!;
    const ownMetrics = new Set(points.filter((point) => point.domain === own.domain).map((point) => point.metric));
    expect([...ownMetrics].sort()).toEqual(["Estimated ARR", "G2 rating", "Headcount", "Website visits"]);
    expect(points.filter((point) => point.domain === own.domain && point.metric === "Website visits")).toHaveLength(52);
    const prospect = demoCompanies.find((company) => company.role === "PROSPECT")!;
    expect(new Set(points.filter((point) => point.domain === prospect.domain).map((point) => point.metric))).toEqual(new Set(["Headcount"]));
  });

  it("is the same for the same seed", () => {
    expect(demoMarketData(demoCompanies, now, seededRandom(42))).toEqual(points);
  });
});

describe("demo mentions", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  // The seed the demo workspace uses: these are the trends a demo user sees.
  const mentions = demoMentions(demoCompanies, now, seededRandom(DEMO_MENTIONS_SEED));
  const roleOf = new Map(demoCompanies.map((company) => [company.domain, company.role]));
  const daysAgo = (mention: { publishedAt: Date }) => (now.getTime() - mention.publishedAt.getTime()) / 86_400_000;
  const averageScore = (items: { text: string }[]) => items.reduce((total, item) => total + lexiconScore(item.text), 0) / items.length;

  it("are a few hundred over the last year, nothing in the future, from review sites, Reddit, X and the news", () => {
    expect(mentions.length).toBeGreaterThanOrEqual(300);
    expect(mentions.length).toBeLessThanOrEqual(600);
    expect(Math.max(...mentions.map((mention) => mention.publishedAt.getTime()))).toBeLessThanOrEqual(now.getTime());
    expect(Math.max(...mentions.map(daysAgo))).toBeLessThanOrEqual(365);
    expect(Math.max(...mentions.map(daysAgo))).toBeGreaterThan(330);
    expect(new Set(mentions.map((mention) => mention.sourceName))).toEqual(new Set(["G2", "Capterra", "Reddit", "X", "news"]));
  });

  it("cover the own company, several competitors and prospects, all of them real demo companies", () => {
    const roles = mentions.map((mention) => roleOf.get(mention.domain));
    expect(roles.every(Boolean)).toBe(true);
    expect(roles.filter((role) => role === "OWN_COMPANY").length).toBeGreaterThanOrEqual(50);
    expect(new Set(mentions.filter((mention) => roleOf.get(mention.domain) === "COMPETITOR").map((mention) => mention.domain)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(mentions.filter((mention) => roleOf.get(mention.domain) === "PROSPECT").map((mention) => mention.domain)).size).toBeGreaterThanOrEqual(3);
  });

  it("read in the tone they were written in, with positive, negative and neutral ones, in varied words", () => {
    for (const mention of mentions) expect(sentimentLabel(lexiconScore(mention.text)), mention.text).toBe(mention.tone);
    for (const tone of ["positive", "negative", "neutral"]) expect(mentions.filter((mention) => mention.tone === tone).length).toBeGreaterThan(50);
    expect(new Set(mentions.map((mention) => mention.text)).size).toBeGreaterThan(mentions.length / 2);
    expect(new Set(mentions.map((mention) => mention.author)).size).toBeGreaterThan(mentions.length / 2);
    expect(new Set(mentions.map((mention) => mention.sourceUrl)).size).toBe(mentions.length);
    for (const mention of mentions) expect(mention.sourceUrl).toMatch(/^https:\/\//);
  });

  it("show Signalpath's sentiment dropping after its pricing change, and the own company improving", () => {
    const signalpath = mentions.filter((mention) => mention.domain === "signalpath.example");
    const before = averageScore(signalpath.filter((mention) => daysAgo(mention) > PRICING_CHANGE_DAYS_AGO));
    const after = averageScore(signalpath.filter((mention) => daysAgo(mention) < PRICING_CHANGE_DAYS_AGO));
    expect(before).toBeGreaterThan(0.05);
    expect(after).toBeLessThan(-0.05);
    expect(signalpath.some((mention) => mention.sourceName === "news" && /per-seat pricing/.test(mention.text))).toBe(true);

    const own = mentions.filter((mention) => roleOf.get(mention.domain) === "OWN_COMPANY");
    expect(averageScore(own.filter((mention) => daysAgo(mention) < 120))).toBeGreaterThan(averageScore(own.filter((mention) => daysAgo(mention) > 245)));
  });

  it("are the same for the same seed", () => {
    expect(demoMentions(demoCompanies, now, seededRandom(DEMO_MENTIONS_SEED))).toEqual(mentions);
  });
});

describe("demo Apollo contacts", () => {
  const contacts = demoApolloContacts(demoCompanies);
  const domains = new Set(demoCompanies.map((company) => company.domain));

  it("work at demo companies, are in one or both lists, and some have no email", () => {
    expect(contacts.length).toBeGreaterThanOrEqual(50);
    for (const contact of contacts) expect(domains.has(contact.companyDomain), contact.companyDomain).toBe(true);
    expect(contacts.filter((contact) => contact.lists.length === 2).length).toBeGreaterThan(10);
    expect(contacts.some((contact) => contact.email === null)).toBe(true);
    expect(new Set(contacts.map((contact) => contact.apolloContactId)).size).toBe(contacts.length);
    expect(new Set(contacts.filter((contact) => contact.email).map((contact) => contact.email)).size).toBe(contacts.filter((contact) => contact.email).length);
  });
});
