import type { PrismaClient } from "@prisma/client";
import type { DemoCompany } from "./demoCompanies";
import { seededRandom } from "./seededRandom";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const firstNames = ["Ada", "Grace", "Linus", "Margaret", "Alan", "Katherine", "Tim", "Radia", "Ken", "Frances", "Dennis", "Barbara", "Guido", "Hedy", "Edsger", "Joan"];
const lastNames = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Johnson", "Berners-Lee", "Perlman", "Thompson", "Allen", "Ritchie", "Liskov", "van Rossum", "Lamarr", "Dijkstra", "Clarke"];
const titles = ["VP Operations", "Head of Logistics", "Chief Revenue Officer", "Procurement Lead", "Director of Analytics", "Founder & CEO", "Head of Growth", "Supply Chain Manager"];

export type DemoApolloContact = {
  apolloContactId: string;
  firstName: string;
  lastName: string;
  name: string;
  title: string;
  email: string | null;
  emailStatus: string;
  organizationName: string;
  companyDomain: string;
  lists: ("buyers" | "founders")[];
};

/**
 * Apollo people at the demo companies, as a sync would have stored them:
 * two lists that share some people, a few without an email (kept, not
 * reachable), each linked to its company by domain. Pure and repeatable.
 */
export function demoApolloContacts(companies: readonly Pick<DemoCompany, "name" | "domain" | "role">[], count = 60): DemoApolloContact[] {
  const random = seededRandom(20_261_202);
  const pool = companies.filter((company) => company.role !== "OWN_COMPANY");
  return Array.from({ length: count }, (_, index) => {
    const company = pool[index % pool.length];
    const firstName = firstNames[index % firstNames.length];
    const lastName = lastNames[(index * 7 + 3) % lastNames.length];
    const noEmail = index % 9 === 4;
    const lists: DemoApolloContact["lists"] = index % 3 === 0 ? ["buyers", "founders"] : index % 3 === 1 ? ["buyers"] : ["founders"];
    return {
      apolloContactId: `demo${String(index).padStart(20, "0")}`,
      firstName,
      lastName,
      name: `${firstName} ${lastName}`,
      title: titles[Math.floor(random() * titles.length)],
      email: noEmail ? null : `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "") + `@${company.domain}`,
      emailStatus: noEmail ? "unavailable" : "verified",
      organizationName: company.name,
      companyDomain: company.domain,
      lists,
    };
  });
}

/**
 * The demo team's Apollo: two synced contact lists and one account list (with
 * their last syncs), one list not synced, three sequences with stats, two
 * mailboxes, enrolments in each state and the activity they wrote, so the
 * Apollo page and a list's page show everything without an Apollo key.
 */
export async function seedDemoApollo(prisma: PrismaClient, workspaceId: string, companies: readonly Pick<DemoCompany, "name" | "domain" | "role">[], now = Date.now()) {
  const companyIds = new Map((await prisma.company.findMany({ where: { workspaceId }, select: { id: true, domain: true } })).map((company) => [company.domain, company.id]));
  const contacts = demoApolloContacts(companies);
  const syncedAt = new Date(now - 2 * HOUR_MS);
  const listOf = async (apolloLabelId: string, name: string, modality: "CONTACTS" | "ACCOUNTS", members: number, synced: boolean) =>
    prisma.apolloSmartList.create({
      data: {
        workspaceId,
        apolloLabelId,
        name,
        modality,
        cachedCount: members,
        listedAt: syncedAt,
        syncEnabled: synced,
        memberCount: synced ? members : 0,
        ...(synced
          ? {
              lastSyncedAt: syncedAt,
              lastSyncStatus: "SUCCEEDED" as const,
              lastSyncDurationMs: 1_800 + members * 12,
              lastRowsAdded: Math.ceil(members / 6),
              lastRowsUpdated: 3,
              lastRowsRemoved: 1,
              nextSyncAt: new Date(syncedAt.getTime() + 6 * HOUR_MS),
            }
          : {}),
      },
    });
  const inList = (list: "buyers" | "founders") => contacts.filter((contact) => contact.lists.includes(list));
  const buyers = await listOf("demo-label-buyers", "Logistics buyers (demo)", "CONTACTS", inList("buyers").length, true);
  const founders = await listOf("demo-label-founders", "Series A founders (demo)", "CONTACTS", inList("founders").length, true);
  const accountCompanies = companies.filter((company) => company.role === "PROSPECT" || company.role === "WATCH").slice(0, 12);
  const accountsList = await listOf("demo-label-accounts", "Target accounts (demo)", "ACCOUNTS", accountCompanies.length, true);
  await listOf("demo-label-webinar", "Webinar attendees (demo)", "CONTACTS", 340, false);

  await prisma.apolloContact.createMany({
    data: contacts.map(({ lists: _lists, ...contact }) => ({ ...contact, workspaceId, companyId: companyIds.get(contact.companyDomain) ?? null, apolloUpdatedAt: new Date(now - 3 * DAY_MS) })),
  });
  const stored = new Map((await prisma.apolloContact.findMany({ where: { workspaceId }, select: { id: true, apolloContactId: true } })).map((row) => [row.apolloContactId, row.id]));
  await prisma.apolloContactListing.createMany({
    data: contacts.flatMap((contact) =>
      contact.lists.map((list) => ({ listId: list === "buyers" ? buyers.id : founders.id, contactId: stored.get(contact.apolloContactId)! })),
    ),
  });
  for (const [index, company] of accountCompanies.entries()) {
    await prisma.apolloAccount.create({
      data: {
        workspaceId,
        apolloAccountId: `demoacct${String(index).padStart(16, "0")}`,
        name: company.name,
        domain: company.domain,
        companyDomain: company.domain,
        companyId: companyIds.get(company.domain) ?? null,
        listings: { create: { listId: accountsList.id } },
      },
    });
  }
  for (const list of [buyers, founders, accountsList]) {
    await prisma.apolloListSync.create({
      data: {
        listId: list.id,
        workspaceId,
        trigger: "SCHEDULE",
        status: "SUCCEEDED",
        startedAt: new Date(syncedAt.getTime() - (list.lastSyncDurationMs ?? 0)),
        finishedAt: syncedAt,
        pagesDone: 1,
        totalPages: 1,
        rowsAdded: list.lastRowsAdded ?? 0,
        rowsUpdated: list.lastRowsUpdated ?? 0,
        rowsRemoved: list.lastRowsRemoved ?? 0,
        requestsMade: 1,
      },
    });
  }

  const sequence = (apolloSequenceId: string, name: string, stats: { stepCount: number; delivered: number; opened: number; replied: number; bounced: number; active: boolean }) =>
    prisma.apolloSequence.create({ data: { workspaceId, apolloSequenceId, name, lastSyncedAt: syncedAt, ...stats } });
  const intro = await sequence("demo-seq-intro", "Founder intro (3 steps)", { stepCount: 3, delivered: 1_284, opened: 597, replied: 88, bounced: 14, active: true });
  await sequence("demo-seq-logistics", "Logistics follow-up", { stepCount: 4, delivered: 356, opened: 141, replied: 23, bounced: 5, active: true });
  await sequence("demo-seq-webinar", "Q1 webinar invite", { stepCount: 2, delivered: 0, opened: 0, replied: 0, bounced: 0, active: false });
  const sales = await prisma.apolloMailbox.create({ data: { workspaceId, apolloEmailAccountId: "demo-mailbox-sales", email: "sales@northwind-insights.example", lastSyncedAt: syncedAt } });
  await prisma.apolloMailbox.create({ data: { workspaceId, apolloEmailAccountId: "demo-mailbox-founder", email: "founder@northwind-insights.example", lastSyncedAt: syncedAt } });

  const today = new Date(new Date(now).toISOString().slice(0, 10) + "T00:00:00Z");
  const tomorrow = new Date(today.getTime() + DAY_MS);
  const reachable = contacts.filter((contact) => contact.email !== null && contact.lists.includes("buyers"));
  const withoutEmail = contacts.find((contact) => contact.email === null)!;
  const enrolled = reachable.slice(0, 6);
  const queued = reachable.slice(6, 9);
  await prisma.apolloEnrolment.createMany({
    data: [
      ...enrolled.map((contact) => ({ status: "ENROLLED" as const, contact, sendDay: today, enrolledAt: new Date(now - HOUR_MS), reason: null })),
      ...queued.map((contact) => ({ status: "QUEUED" as const, contact, sendDay: tomorrow, enrolledAt: null, reason: null })),
      { status: "SKIPPED" as const, contact: withoutEmail, sendDay: today, enrolledAt: null, reason: "No email address in Apollo: kept, but not reachable." },
    ].map(({ contact, ...row }) => ({ ...row, workspaceId, sequenceId: intro.id, mailboxId: sales.id, contactId: stored.get(contact.apolloContactId)! })),
  });
  await prisma.apolloMailboxDay.create({ data: { mailboxId: sales.id, day: today, used: enrolled.length } });

  await prisma.log.createMany({
    data: [
      ...[buyers, founders, accountsList].map((list) => ({
        createdAt: syncedAt,
        level: "INFO" as const,
        source: "apollo",
        workspaceId,
        message: `Synced "${list.name}": ${list.lastRowsAdded} added, ${list.lastRowsUpdated} updated, ${list.lastRowsRemoved} removed, ${list.memberCount} members.`,
        context: { kind: "list_sync", listId: list.id, demo: true },
      })),
      {
        createdAt: new Date(now - HOUR_MS),
        level: "INFO" as const,
        source: "apollo",
        workspaceId,
        message: `Enrolled ${enrolled.length} in "${intro.name}" from ${sales.email}; ${queued.length} queued for ${tomorrow.toISOString().slice(0, 10)}; 1 not enrolled.`,
        context: { kind: "enrolment", sequenceId: intro.id, demo: true },
      },
    ],
  });
}
