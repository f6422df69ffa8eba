import { randomBytes } from "node:crypto";
import { queryRows } from "./database";
import { workspaceIdOf } from "./workspaces";

/**
 * Real rows in one user's personal workspace, for checking that a member of
 * another workspace can reach none of them. Every name and title carries
 * `marker`, so a response that leaks any of them can be caught by a search.
 */
export interface OtherWorkspaceFixture {
  email: string;
  userId: string;
  workspaceId: string;
  marker: string;
  /** Not secret: anyone may track the same domain in their own workspace. */
  competitorDomain: string;
  companyId: string;
  competitorId: string;
  prospectId: string;
  competitorLinkId: string;
  suggestionLinkId: string;
  marketDataId: string;
  mentionId: string;
  importId: string;
  reportId: string;
  shareLinkId: string;
  scheduleId: string;
  /** A team workspace bob owns, and a pending invitation into it (to someone who is not alice). */
  teamWorkspaceId: string;
  teamWorkspaceName: string;
  invitationId: string;
  /** Bob's workspace pays for Pro: its Stripe customer, subscription and a ledger row. */
  billingCustomerId: string;
  providerSubscriptionId: string;
  ledgerEntryId: string;
  /** A synced Apollo list with one stored contact, and an Apollo activity entry. */
  apolloListId: string;
  apolloContactRowId: string;
  apolloActivityId: string;
  /** An Apollo sequence and mailbox with the contact enrolled. */
  apolloSequenceId: string;
  apolloMailboxId: string;
  apolloEnrolmentId: string;
}

/** The strings no answer to another workspace's member may contain: every id, the marker, the email. */
export function secretsOf(fixture: OtherWorkspaceFixture): string[] {
  const { competitorDomain: _notSecret, teamWorkspaceName: _alsoMarked, ...secrets } = fixture;
  return Object.values(secrets);
}

async function insertReturningId(sql: string, params: unknown[]): Promise<string> {
  const [row] = await queryRows<{ id: string }>(`${sql} RETURNING id`, params);
  return row.id;
}

/** Builds the fixture with SQL (no jobs run for it, so nothing changes it behind the test's back). */
export async function buildOtherWorkspaceFixture(email: string): Promise<OtherWorkspaceFixture> {
  const marker = `bob-secret-${randomBytes(6).toString("hex")}`;
  const [{ id: userId }] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  const workspaceId = await workspaceIdOf(email);
  const domainTag = marker.slice("bob-secret-".length);

  // Enriched a moment ago: no enrichment run is due for them.
  const company = (name: string, domain: string, role: string) =>
    insertReturningId(
      `INSERT INTO "Company" (id, "workspaceId", "createdById", name, domain, role, industry, "sizeBand", "employeeCount",
                              "enrichmentStatus", "enrichedAt", "positioningScores", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::"CompanyRole", 'Software', 'SMALL', 30,
               'ENRICHED', now(), '{"growth": 7}', now())`,
      [workspaceId, userId, name, domain, role],
    );
  const companyId = await company(`${marker} Us`, `us-${domainTag}.test`, "OWN_COMPANY");
  const competitorDomain = `rival-${domainTag}.test`;
  const competitorId = await company(`${marker} Rival`, competitorDomain, "COMPETITOR");
  const prospectId = await company(`${marker} Prospect`, `prospect-${domainTag}.test`, "PROSPECT");

  const link = (competitor: string, status: string) =>
    insertReturningId(
      `INSERT INTO "CompetitorAnalysis" (id, "workspaceId", "subjectCompanyId", "competitorCompanyId", status, "positioningScores", note, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4::"CompetitorLinkStatus", '{"price": 4}', $5, now())`,
      [workspaceId, companyId, competitor, status, `${marker} note`],
    );
  const competitorLinkId = await link(competitorId, "ACCEPTED");
  const suggestionLinkId = await link(prospectId, "SUGGESTED");

  const marketDataId = await insertReturningId(
    `INSERT INTO "MarketData" (id, "workspaceId", "companyId", metric, value, unit, "observedAt", source)
     VALUES (gen_random_uuid(), $1, $2, 'Visits', 1234, 'visits', now() - interval '2 days', 'MANUAL')`,
    [workspaceId, competitorId],
  );

  const mentionId = await insertReturningId(
    `INSERT INTO "MarketIntelligence" (id, "workspaceId", "companyId", kind, title, content, "sentimentScore", "sentimentScoredBy",
                                       "lexiconScore", "sourceName", author, "observedAt", "dedupeKey")
     VALUES (gen_random_uuid(), $1, $2, 'SENTIMENT', $3, $4, 0.8, 'lexicon', 0.8, 'review site', $5, now() - interval '1 day', $6)`,
    [workspaceId, competitorId, `${marker} mention`, `${marker} is wonderful`, `${marker} author`, `${marker}-dedupe`],
  );

  const importId = await insertReturningId(
    `INSERT INTO "CompanyImport" (id, "workspaceId", "createdById", "fileName", status, "totalRows", "validRows", "processedRows",
                                  "createdCount", "startedAt", "finishedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'SUCCEEDED', 3, 3, 3, 3, now(), now(), now())`,
    [workspaceId, userId, `${marker}.csv`],
  );

  const reportId = await insertReturningId(
    `INSERT INTO "MarketReport" (id, "workspaceId", "requestedById", "subjectCompanyId", kind, title, "subjectName", status,
                                 "progressPercent", summary, "creditsSpent", attempts, "startedAt", "completedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'MARKET', $4, $5, 'COMPLETED', 100, $6, 1, 1, now(), now(), now())`,
    [workspaceId, userId, companyId, `${marker} market report`, `${marker} Us`, `${marker} summary`],
  );

  const shareLinkId = await insertReturningId(
    `INSERT INTO "ReportShareLink" (id, "reportId", "createdById", "tokenHash", "expiresAt")
     VALUES (gen_random_uuid(), $1, $2, $3, now() + interval '7 days')`,
    [reportId, userId, randomBytes(32).toString("hex")],
  );

  // Due in a week: the hourly scheduling job leaves it alone during the run.
  const scheduleId = await insertReturningId(
    `INSERT INTO "ReportSchedule" (id, "workspaceId", "subjectCompanyId", "createdById", kind, "recipientUserIds", "nextRunAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'MARKET', $4, now() + interval '7 days', now())`,
    [workspaceId, companyId, userId, [userId]],
  );

  const teamWorkspaceName = `${marker} team`;
  const teamWorkspaceId = await insertReturningId(
    `INSERT INTO "Workspace" (id, name, "isPersonal", "updatedAt") VALUES (gen_random_uuid(), $1, false, now())`,
    [teamWorkspaceName],
  );
  await queryRows(`INSERT INTO "WorkspaceMember" (id, "workspaceId", "userId", role) VALUES (gen_random_uuid(), $1, $2, 'OWNER')`, [teamWorkspaceId, userId]);
  const invitationId = await insertReturningId(
    `INSERT INTO "WorkspaceInvitation" (id, "workspaceId", email, role, "tokenHash", "expiresAt", "invitedById", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'MEMBER', $3, now() + interval '7 days', $4, now())`,
    [teamWorkspaceId, `invitee-${domainTag}@example.test`, randomBytes(32).toString("hex"), userId],
  );
  await queryRows(
    `INSERT INTO "WorkspaceInvitationEmail" (id, "invitationId", "workspaceId", status, "sentAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'SENT', now(), now())`,
    [invitationId, teamWorkspaceId],
  );

  const billingCustomerId = `cus_${domainTag}`;
  const providerSubscriptionId = `sub_${domainTag}`;
  await queryRows(`UPDATE "Workspace" SET "billingCustomerId" = $2 WHERE id = $1`, [workspaceId, billingCustomerId]);
  await queryRows(
    `INSERT INTO "BillingSubscription" (id, "workspaceId", "providerSubscriptionId", "providerCustomerId", plan, interval, "priceId", status,
                                        "currentPeriodStart", "currentPeriodEnd", "stateAsOf", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'PRO', 'MONTH', 'price_pro_monthly', 'ACTIVE', now(), now() + interval '30 days', now(), now())`,
    [workspaceId, providerSubscriptionId, billingCustomerId],
  );
  const ledgerEntryId = await insertReturningId(
    `INSERT INTO "BillingLedgerEntry" (id, kind, "workspaceId", "creditsDelta", "creditsBalanceAfter", description, "dedupeKey")
     VALUES (gen_random_uuid(), 'PLAN_CREDITS', $1, 50, 53, $2, $3)`,
    [workspaceId, `${marker} plan credits`, `plan-credits:${providerSubscriptionId}:1`],
  );

  const apolloListId = await insertReturningId(
    `INSERT INTO "ApolloSmartList" (id, "workspaceId", "apolloLabelId", name, modality, "cachedCount", "syncEnabled", "memberCount", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'CONTACTS', 1, true, 1, now())`,
    [workspaceId, `label-${domainTag}`, `${marker} list`],
  );
  const apolloContactRowId = await insertReturningId(
    `INSERT INTO "ApolloContact" (id, "workspaceId", "apolloContactId", name, email, "companyDomain", "companyId", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, now())`,
    [workspaceId, `contact-${domainTag}`, `${marker} contact`, `${marker}@us-${domainTag}.test`, `us-${domainTag}.test`, companyId],
  );
  await queryRows(`INSERT INTO "ApolloContactListing" ("listId", "contactId") VALUES ($1, $2)`, [apolloListId, apolloContactRowId]);
  const apolloActivityId = await insertReturningId(
    `INSERT INTO "Log" (id, level, message, source, "workspaceId") VALUES (gen_random_uuid(), 'INFO', $2, 'apollo', $1)`,
    [workspaceId, `Synced "${marker} list": 1 added`],
  );

  const apolloSequenceId = await insertReturningId(
    `INSERT INTO "ApolloSequence" (id, "workspaceId", "apolloSequenceId", name, active, delivered, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, true, 10, now())`,
    [workspaceId, `seq-${domainTag}`, `${marker} sequence`],
  );
  const apolloMailboxId = await insertReturningId(
    `INSERT INTO "ApolloMailbox" (id, "workspaceId", "apolloEmailAccountId", email, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, now())`,
    [workspaceId, `mailbox-${domainTag}`, `${marker}@mail-${domainTag}.test`],
  );
  await queryRows(`INSERT INTO "ApolloMailboxDay" ("mailboxId", day, used) VALUES ($1, current_date, 1)`, [apolloMailboxId]);
  const apolloEnrolmentId = await insertReturningId(
    `INSERT INTO "ApolloEnrolment" (id, "workspaceId", "sequenceId", "contactId", "mailboxId", status, "sendDay", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, 'ENROLLED', current_date, now())`,
    [workspaceId, apolloSequenceId, apolloContactRowId, apolloMailboxId],
  );

  return {
    apolloSequenceId,
    apolloMailboxId,
    apolloEnrolmentId,
    apolloListId,
    apolloContactRowId,
    apolloActivityId,
    billingCustomerId,
    providerSubscriptionId,
    ledgerEntryId,
    teamWorkspaceId,
    teamWorkspaceName,
    invitationId,
    email,
    userId,
    workspaceId,
    marker,
    competitorDomain,
    companyId,
    competitorId,
    prospectId,
    competitorLinkId,
    suggestionLinkId,
    marketDataId,
    mentionId,
    importId,
    reportId,
    shareLinkId,
    scheduleId,
  };
}

/** Every row of the fixture's workspace as stored, table by table, to compare before and after. */
export async function snapshotOf(fixture: OtherWorkspaceFixture): Promise<Record<string, unknown[]>> {
  const inWorkspace = (table: string) => `SELECT * FROM "${table}" WHERE "workspaceId" = $1 ORDER BY id`;
  const ofReports = (table: string) =>
    `SELECT * FROM "${table}" WHERE "reportId" IN (SELECT id FROM "MarketReport" WHERE "workspaceId" = $1) ORDER BY id`;
  const queries: Record<string, [string, unknown[]]> = {
    // Not lastActiveAt or updatedAt: the user's own sign-in touches those.
    User: [`SELECT id, email, "displayName", "isAdmin", "createdAt", "currentWorkspaceId" FROM "User" WHERE id = $1`, [fixture.userId]],
    Workspace: [`SELECT * FROM "Workspace" WHERE id = ANY($1) ORDER BY id`, [[fixture.workspaceId, fixture.teamWorkspaceId]]],
    WorkspaceMember: [`SELECT * FROM "WorkspaceMember" WHERE "workspaceId" = ANY($1) ORDER BY id`, [[fixture.workspaceId, fixture.teamWorkspaceId]]],
    WorkspaceInvitation: [`SELECT * FROM "WorkspaceInvitation" WHERE "workspaceId" = $1 ORDER BY id`, [fixture.teamWorkspaceId]],
    WorkspaceInvitationEmail: [`SELECT * FROM "WorkspaceInvitationEmail" WHERE "workspaceId" = $1 ORDER BY id`, [fixture.teamWorkspaceId]],
    Company: [inWorkspace("Company"), [fixture.workspaceId]],
    CompetitorAnalysis: [inWorkspace("CompetitorAnalysis"), [fixture.workspaceId]],
    MarketData: [inWorkspace("MarketData"), [fixture.workspaceId]],
    MarketIntelligence: [inWorkspace("MarketIntelligence"), [fixture.workspaceId]],
    CompanyImport: [inWorkspace("CompanyImport"), [fixture.workspaceId]],
    MarketReport: [inWorkspace("MarketReport"), [fixture.workspaceId]],
    ReportShareLink: [ofReports("ReportShareLink"), [fixture.workspaceId]],
    ReportEmail: [ofReports("ReportEmail"), [fixture.workspaceId]],
    ReportSchedule: [inWorkspace("ReportSchedule"), [fixture.workspaceId]],
    BillingSubscription: [inWorkspace("BillingSubscription"), [fixture.workspaceId]],
    BillingLedgerEntry: [inWorkspace("BillingLedgerEntry"), [fixture.workspaceId]],
    ApolloSmartList: [inWorkspace("ApolloSmartList"), [fixture.workspaceId]],
    ApolloContact: [inWorkspace("ApolloContact"), [fixture.workspaceId]],
    ApolloContactListing: [`SELECT * FROM "ApolloContactListing" WHERE "listId" = $1 ORDER BY "contactId"`, [fixture.apolloListId]],
    Log: [inWorkspace("Log"), [fixture.workspaceId]],
    ApolloSequence: [inWorkspace("ApolloSequence"), [fixture.workspaceId]],
    ApolloMailbox: [inWorkspace("ApolloMailbox"), [fixture.workspaceId]],
    ApolloMailboxDay: [`SELECT * FROM "ApolloMailboxDay" WHERE "mailboxId" = $1`, [fixture.apolloMailboxId]],
    ApolloEnrolment: [inWorkspace("ApolloEnrolment"), [fixture.workspaceId]],
  };
  const snapshot: Record<string, unknown[]> = {};
  for (const [table, [sql, params]] of Object.entries(queries)) snapshot[table] = await queryRows(sql, params);
  return snapshot;
}
