import type { PrismaClient } from "@prisma/client";
import { createProviderId, findAuthIdentity } from "wasp/server/auth";
import { createPersonalWorkspace } from "../../workspaces/personalWorkspace";
import { demoCompanies } from "./demoCompanies";
import { demoCompetitorLinks, demoOwnCompanyScores } from "./demoCompetitors";
import { demoMarketData } from "./demoMarketData";
import { seedDemoReport } from "./demoReport";
import { DEMO_MENTIONS_SEED, demoMentions } from "./demoMentions";
import { mentionRecord } from "../../sentiment/mentions/mentionRecord";
import { seededRandom } from "./seededRandom";
import { demoColleagues, seedDemoTeam } from "./demoTeam";
import { createVerifiedDemoUser } from "./demoUsers";
import { seedDemoBilling } from "./demoBilling";
import { seedDemoApollo } from "./demoApollo";
import { seedDemoAnalytics } from "./demoAnalytics";
import { seedDemoWorkflows } from "./demoWorkflows";

export const DEMO_USER_EMAIL = "demo@hyperformant.app";
export const DEMO_USER_PASSWORD = "hyperformant-demo";
const MARKET_DATA_CHUNK = 1_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `wasp db seed`: a verified demo user, owner of a team workspace (two
 * colleagues, a pending invitation) full of sample
 * companies, competitor links, a year of market data and a year of mentions
 * (scored by the lexicon as they are seeded). Safe to run again:
 * an existing demo user is left as it is.
 */
export async function seedDemoData(prisma: PrismaClient) {
  const providerId = createProviderId("email", DEMO_USER_EMAIL);
  if (await findAuthIdentity(providerId)) {
    console.log(`Demo user ${DEMO_USER_EMAIL} already exists; nothing to seed.`);
    return;
  }
  const user = await createVerifiedDemoUser(DEMO_USER_EMAIL, "Demo User", DEMO_USER_PASSWORD);
  // The local install's administrator, so the admin pages show the demo's history too.
  await prisma.user.update({ where: { id: user.id }, data: { isAdmin: true } });
  await createPersonalWorkspace(prisma, { id: user.id, email: DEMO_USER_EMAIL });
  const workspace = await seedDemoTeam(prisma, user.id, DEMO_USER_PASSWORD);
  await seedDemoBilling(prisma, workspace.id);

  const seededAt = new Date();
  await prisma.company.createMany({
    data: demoCompanies.map(({ archived, enrichmentStatus = "ENRICHED", ...company }, index) => ({
      ...company,
      workspaceId: workspace.id,
      createdById: user.id,
      archivedAt: archived ? seededAt : null,
      positioningScores: company.role === "OWN_COMPANY" ? demoOwnCompanyScores : {},
      enrichmentStatus,
      enrichmentSource: enrichmentStatus === "PENDING" ? null : "demo data",
      // Spread over the last fortnight, so some show as due for a refresh.
      enrichedAt: enrichmentStatus === "PENDING" ? null : new Date(seededAt.getTime() - (index % 14) * DAY_MS),
    })),
  });
  const companies = await prisma.company.findMany({ where: { workspaceId: workspace.id }, select: { id: true, domain: true } });
  const idOf = new Map(companies.map((company) => [company.domain, company.id]));

  const links = demoCompetitorLinks(demoCompanies);
  await prisma.competitorAnalysis.createMany({
    data: links.map((link) => ({
      workspaceId: workspace.id,
      subjectCompanyId: idOf.get(link.subjectDomain)!,
      competitorCompanyId: idOf.get(link.competitorDomain)!,
      status: link.status,
      positioningScores: link.positioningScores,
      note: link.note,
    })),
  });

  const points = demoMarketData(demoCompanies, seededAt, seededRandom(20_261_123));
  for (let start = 0; start < points.length; start += MARKET_DATA_CHUNK) {
    await prisma.marketData.createMany({
      data: points.slice(start, start + MARKET_DATA_CHUNK).map(({ domain, ...point }) => ({
        ...point,
        workspaceId: workspace.id,
        companyId: idOf.get(domain)!,
      })),
    });
  }

  const mentions = demoMentions(demoCompanies, seededAt, seededRandom(DEMO_MENTIONS_SEED));
  await prisma.marketIntelligence.createMany({
    data: mentions.map(({ domain, text, sourceName, sourceUrl, author, publishedAt }) => ({
      ...mentionRecord({ companyId: idOf.get(domain)!, text, sourceName, sourceUrl, author, publishedAt }),
      workspaceId: workspace.id,
    })),
  });
  const ownCompany = demoCompanies.find((company) => company.role === "OWN_COMPANY")!;
  await seedDemoReport(prisma, workspace.id, user.id, { id: idOf.get(ownCompany.domain)!, name: ownCompany.name });
  await seedDemoApollo(prisma, workspace.id, demoCompanies);
  const workflows = await seedDemoWorkflows(prisma, workspace.id, user.id, demoCompanies, idOf, seededAt);
  // Last: the roll-up counts everything seeded above.
  const analytics = await seedDemoAnalytics(prisma);
  console.log(
    `Seeded ${DEMO_USER_EMAIL} (password: ${DEMO_USER_PASSWORD}) with ${demoCompanies.length} companies, ` +
      `${links.length} competitor links, ${points.length} market-data points and ${mentions.length} mentions, a market report on ${ownCompany.name}, synced Apollo lists with sequences, ${workflows.runs} n8n runs with ${workflows.findings} research findings, in the team workspace "${workspace.name}" with ${demoColleagues.length} colleagues (same password). ` +
      `The demo user is an admin: ${analytics.signups} demo signups and ${analytics.pageViews} page views over 90 days, rolled up into ${analytics.daysRolledUp} days of stats.`,
  );
}
