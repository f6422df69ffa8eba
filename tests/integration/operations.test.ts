import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { buildOtherWorkspaceFixture, secretsOf, snapshotOf, type OtherWorkspaceFixture } from "./support/otherWorkspaceFixture";

/**
 * Every operation in main.wasp.ts, called the ways an attacker or a buggy
 * client would: signed out, as a user without the role, with bad input, and
 * as a member of another workspace aiming at that workspace's real rows.
 * A new operation belongs in this table.
 */
const SOME_ID = "00000000-0000-4000-8000-000000000001";
const OTHER_ID = "00000000-0000-4000-8000-000000000002";

type Bob = OtherWorkspaceFixture;

/**
 * What alice, signed in to her own workspace, gets when she aims an operation
 * at bob's workspace: an operation that addresses a row by id must not find
 * bob's (404); one that takes no ids must answer about her workspace alone
 * ("leaks-nothing": 200, and not one of bob's ids, his email or his marker in the body).
 */
type OtherWorkspaceCheck = { args: (bob: Bob) => unknown; expect: 400 | 403 | 404 | "leaks-nothing" };
const notFound = (args: (bob: Bob) => unknown): OtherWorkspaceCheck => ({ args, expect: 404 });
const leaksNothing = (args: (bob: Bob) => unknown = () => undefined): OtherWorkspaceCheck => ({ args, expect: "leaks-nothing" });

const authenticatedOperations: { name: string; validArgs: unknown; asOtherWorkspaceMember: OtherWorkspaceCheck }[] = [
  { name: "get-dashboard-summary", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  // --- workflows (src/workflows) ---
  { name: "start-company-workflow", validArgs: { companyId: SOME_ID, workflow: "market-research" }, asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.companyId, workflow: "market-research" })) },
  { name: "get-company-workflow-runs", validArgs: { companyId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.companyId })) },
  { name: "get-company-findings", validArgs: { companyId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.companyId })) },
  { name: "get-admin-workflow-runs", validArgs: {}, asOtherWorkspaceMember: { args: (bob) => ({ workspaceId: bob.workspaceId }), expect: 403 } },
  { name: "rerun-workflow-execution", validArgs: { executionId: SOME_ID }, asOtherWorkspaceMember: { args: () => ({ executionId: SOME_ID }), expect: 403 } },
  { name: "get-workflow-settings", validArgs: undefined, asOtherWorkspaceMember: { args: () => undefined, expect: 403 } },
  { name: "update-workflow-settings", validArgs: {}, asOtherWorkspaceMember: { args: () => ({}), expect: 403 } },
  { name: "get-admin-overview", validArgs: undefined, asOtherWorkspaceMember: { args: () => undefined, expect: 403 } },
  { name: "get-admin-dashboard", validArgs: { days: 30 }, asOtherWorkspaceMember: { args: () => ({ days: 30 }), expect: 403 } },
  { name: "refresh-admin-stats", validArgs: undefined, asOtherWorkspaceMember: { args: () => undefined, expect: 403 } },
  { name: "get-admin-users", validArgs: {}, asOtherWorkspaceMember: { args: () => ({}), expect: 403 } },
  { name: "get-admin-messages", validArgs: {}, asOtherWorkspaceMember: { args: () => ({}), expect: 403 } },
  { name: "open-admin-message", validArgs: { id: SOME_ID }, asOtherWorkspaceMember: { args: () => ({ id: SOME_ID }), expect: 403 } },
  { name: "set-message-replied", validArgs: { id: SOME_ID, replied: true }, asOtherWorkspaceMember: { args: () => ({ id: SOME_ID, replied: true }), expect: 403 } },
  { name: "get-admin-logs", validArgs: {}, asOtherWorkspaceMember: { args: (bob) => ({ workspaceId: bob.workspaceId }), expect: 403 } },
  { name: "set-user-admin", validArgs: { userId: SOME_ID, isAdmin: true }, asOtherWorkspaceMember: { args: (bob) => ({ userId: bob.userId, isAdmin: true }), expect: 403 } },
  { name: "set-user-suspended", validArgs: { userId: SOME_ID, suspended: true }, asOtherWorkspaceMember: { args: (bob) => ({ userId: bob.userId, suspended: true }), expect: 403 } },
  { name: "update-profile", validArgs: { displayName: "Ada" }, asOtherWorkspaceMember: leaksNothing(() => ({ displayName: "Alice" })) },
  // Bob's email is not hers: refused, and bob stays.
  { name: "delete-my-account", validArgs: { confirmEmail: "someone@example.test" }, asOtherWorkspaceMember: { args: (bob) => ({ confirmEmail: bob.email }), expect: 400 } },
  { name: "get-companies", validArgs: {}, asOtherWorkspaceMember: leaksNothing((bob) => ({ search: bob.marker, includeArchived: true })) },
  { name: "get-company", validArgs: { id: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.companyId })) },
  // Bob's domain is free in her workspace: no conflict that would tell her he tracks it.
  { name: "create-company", validArgs: { domain: "acme.com" }, asOtherWorkspaceMember: leaksNothing((bob) => ({ domain: bob.competitorDomain })) },
  { name: "update-company", validArgs: { id: SOME_ID, name: "Acme" }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.companyId, name: "Taken" })) },
  { name: "archive-company", validArgs: { id: SOME_ID, archived: true }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.competitorId, archived: true })) },
  { name: "delete-company", validArgs: { id: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.competitorId })) },
  { name: "get-company-import", validArgs: { id: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.importId })) },
  { name: "get-recent-company-imports", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  { name: "get-competitor-map", validArgs: { subjectCompanyId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ subjectCompanyId: bob.companyId })) },
  {
    name: "save-competitor-link",
    validArgs: { subjectCompanyId: SOME_ID, competitorCompanyId: OTHER_ID },
    asOtherWorkspaceMember: notFound((bob) => ({ subjectCompanyId: bob.companyId, competitorCompanyId: bob.prospectId, note: "mine now" })),
  },
  { name: "update-competitor-link", validArgs: { linkId: SOME_ID, note: "n" }, asOtherWorkspaceMember: notFound((bob) => ({ linkId: bob.competitorLinkId, note: "n" })) },
  { name: "remove-competitor-link", validArgs: { linkId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ linkId: bob.competitorLinkId })) },
  { name: "suggest-competitors", validArgs: { subjectCompanyId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ subjectCompanyId: bob.companyId })) },
  {
    name: "respond-to-competitor-suggestion",
    validArgs: { linkId: SOME_ID, decision: "accept" },
    asOtherWorkspaceMember: notFound((bob) => ({ linkId: bob.suggestionLinkId, decision: "accept" })),
  },
  {
    name: "set-company-positioning",
    validArgs: { companyId: SOME_ID, scores: {} },
    asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.companyId, scores: { growth: 1 } })),
  },
  { name: "get-company-market-data", validArgs: { companyId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.competitorId })) },
  {
    name: "add-market-data-point",
    validArgs: { companyId: SOME_ID, metric: "Visits", value: 1, observedAt: "2026-01-01" },
    asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.competitorId, metric: "Visits", value: 1, observedAt: "2026-01-01" })),
  },
  { name: "delete-market-data-point", validArgs: { id: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.marketDataId })) },
  { name: "get-apollo-connection", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  { name: "save-apollo-api-key", validArgs: { apiKey: "apollo-test-key-0000" }, asOtherWorkspaceMember: leaksNothing(() => ({ apiKey: "apollo-test-key-0000" })) },
  // --- Apollo lists (src/apollo/lists): alice's key saved just above is a master key to the stand-in ---
  { name: "get-apollo-lists", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  { name: "refresh-apollo-lists", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  { name: "set-apollo-list-sync", validArgs: { listId: SOME_ID, enabled: true }, asOtherWorkspaceMember: notFound((bob) => ({ listId: bob.apolloListId, enabled: false })) },
  { name: "sync-apollo-list-now", validArgs: { listId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ listId: bob.apolloListId })) },
  { name: "get-apollo-list-members", validArgs: { listId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ listId: bob.apolloListId })) },
  { name: "get-apollo-activity", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  { name: "get-apollo-sequences", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  { name: "refresh-apollo-sequences", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  { name: "set-apollo-daily-send-cap", validArgs: { dailySendCap: 20 }, asOtherWorkspaceMember: leaksNothing(() => ({ dailySendCap: 20 })) },
  {
    name: "enrol-contacts-in-sequence",
    validArgs: { sequenceId: SOME_ID, mailboxId: OTHER_ID, contactIds: [SOME_ID] },
    asOtherWorkspaceMember: notFound((bob) => ({ sequenceId: bob.apolloSequenceId, mailboxId: bob.apolloMailboxId, contactIds: [bob.apolloContactRowId] })),
  },
  { name: "get-apollo-enrolments", validArgs: {}, asOtherWorkspaceMember: leaksNothing((bob) => ({ sequenceId: bob.apolloSequenceId })) },
  { name: "remove-apollo-api-key", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  // reports
  { name: "request-report", validArgs: { companyId: SOME_ID, kind: "MARKET" }, asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.companyId, kind: "MARKET" })) },
  { name: "get-report", validArgs: { id: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.reportId })) },
  { name: "get-reports", validArgs: {}, asOtherWorkspaceMember: leaksNothing((bob) => ({ companyId: bob.companyId, search: bob.marker })) },
  { name: "get-company-reports", validArgs: { companyId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.companyId })) },
  { name: "delete-report", validArgs: { id: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.reportId })) },
  { name: "create-report-share-link", validArgs: { reportId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ reportId: bob.reportId })) },
  { name: "get-report-share-links", validArgs: { reportId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ reportId: bob.reportId })) },
  { name: "revoke-report-share-link", validArgs: { linkId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ linkId: bob.shareLinkId })) },
  { name: "get-report-recipients", validArgs: { reportId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ reportId: bob.reportId })) },
  {
    name: "email-report",
    validArgs: { reportId: SOME_ID, recipientUserIds: [OTHER_ID] },
    asOtherWorkspaceMember: notFound((bob) => ({ reportId: bob.reportId, recipientUserIds: [bob.userId] })),
  },
  {
    name: "save-report-schedule",
    validArgs: { companyId: SOME_ID, kind: "MARKET", recipientUserIds: [OTHER_ID] },
    asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.companyId, kind: "MARKET", recipientUserIds: [bob.userId] })),
  },
  { name: "delete-report-schedule", validArgs: { id: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.scheduleId })) },
  // --- sentiment (src/sentiment) ---
  { name: "get-company-sentiment", validArgs: { companyId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ companyId: bob.competitorId })) },
  { name: "delete-mention", validArgs: { id: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ id: bob.mentionId })) },
  // --- workspaces (src/workspaces): bob's team workspace, his membership in it, its pending invitation ---
  { name: "get-my-workspaces", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  { name: "create-workspace", validArgs: { name: "Team" }, asOtherWorkspaceMember: leaksNothing(() => ({ name: "Alice's own team" })) },
  { name: "rename-workspace", validArgs: { workspaceId: SOME_ID, name: "Team" }, asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.teamWorkspaceId, name: "Taken" })) },
  {
    name: "delete-workspace",
    validArgs: { workspaceId: SOME_ID, confirmName: "Team" },
    asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.teamWorkspaceId, confirmName: bob.teamWorkspaceName })),
  },
  { name: "switch-workspace", validArgs: { workspaceId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.teamWorkspaceId })) },
  { name: "get-workspace-members", validArgs: { workspaceId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.workspaceId })) },
  {
    name: "change-member-role",
    validArgs: { workspaceId: SOME_ID, userId: OTHER_ID, role: "ADMIN" },
    asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.teamWorkspaceId, userId: bob.userId, role: "MEMBER" })),
  },
  { name: "remove-member", validArgs: { workspaceId: SOME_ID, userId: OTHER_ID }, asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.teamWorkspaceId, userId: bob.userId })) },
  { name: "leave-workspace", validArgs: { workspaceId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.teamWorkspaceId })) },
  {
    name: "transfer-ownership",
    validArgs: { workspaceId: SOME_ID, userId: OTHER_ID },
    asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.teamWorkspaceId, userId: bob.userId })),
  },
  { name: "get-workspace-invitations", validArgs: { workspaceId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.teamWorkspaceId })) },
  {
    name: "invite-to-workspace",
    validArgs: { workspaceId: SOME_ID, email: "new@example.test", role: "MEMBER" },
    asOtherWorkspaceMember: notFound((bob) => ({ workspaceId: bob.teamWorkspaceId, email: "intruder@example.test", role: "OWNER" })),
  },
  { name: "resend-invitation", validArgs: { invitationId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ invitationId: bob.invitationId })) },
  { name: "revoke-invitation", validArgs: { invitationId: SOME_ID }, asOtherWorkspaceMember: notFound((bob) => ({ invitationId: bob.invitationId })) },
  { name: "get-my-invitations", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  // Bob's invitation is to someone else's email: its id finds nothing for her.
  { name: "accept-invitation", validArgs: { token: "a".repeat(43) }, asOtherWorkspaceMember: notFound((bob) => ({ invitationId: bob.invitationId })) },
  // --- billing (src/payment): no ids in the input, so each answers about her own workspace only ---
  { name: "get-billing-overview", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
  { name: "start-checkout", validArgs: { product: { kind: "creditPack", pack: "CREDITS_25" } }, asOtherWorkspaceMember: leaksNothing(() => ({ product: { kind: "creditPack", pack: "CREDITS_25" } })) },
  // After start-checkout above (the table runs in order) her workspace has a billing customer of its own.
  { name: "open-customer-portal", validArgs: undefined, asOtherWorkspaceMember: leaksNothing() },
];

/** Operations anyone may call: each has its own tests for what a visitor may do. */
const publicOperations = ["submit-contact-form", "get-shared-report", "get-invitation", "get-pricing"];

/** The operation routes of the server under test, from the router Wasp generated. */
function generatedOperationRoutes(): { name: string; authenticated: boolean }[] {
  const router = readFileSync(".wasp/out/server/src/routes/operations/index.js", "utf8");
  return [...router.matchAll(/router\.post\('\/([a-z-]+)',\s*(auth,)?/g)].map((match) => ({
    name: match[1],
    authenticated: Boolean(match[2]),
  }));
}

const badInputs = [
  { name: "update-profile", args: { displayName: "x".repeat(101) }, field: "displayName" },
  { name: "update-profile", args: { displayName: 42 }, field: "displayName" },
  { name: "delete-my-account", args: {}, field: "confirmEmail" },
  { name: "submit-contact-form", args: { name: "", email: "nope", message: "short" }, field: "email" },
  { name: "get-companies", args: { pageSize: 0 }, field: "pageSize" },
  { name: "get-company", args: { id: "42" }, field: "id" },
  { name: "create-company", args: { domain: "acme" }, field: "domain" },
  { name: "create-company", args: { domain: "acme.com", role: "OVERLORD" }, field: "role" },
  { name: "create-company", args: { domain: "acme.com", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, field: "tags" },
  { name: "update-company", args: { id: SOME_ID, name: "" }, field: "name" },
  { name: "archive-company", args: { id: SOME_ID }, field: "archived" },
  { name: "delete-company", args: {}, field: "id" },
  { name: "get-company-import", args: {}, field: "id" },
  { name: "get-competitor-map", args: {}, field: "subjectCompanyId" },
  { name: "respond-to-competitor-suggestion", args: { linkId: SOME_ID, decision: "maybe" }, field: "decision" },
  { name: "set-company-positioning", args: { companyId: SOME_ID, scores: { growth: -1 } }, field: "scores.growth" },
  { name: "add-market-data-point", args: { companyId: SOME_ID, metric: "x".repeat(81), value: 1, observedAt: "2026-01-01" }, field: "metric" },
  { name: "delete-market-data-point", args: { id: 7 }, field: "id" },
  { name: "save-apollo-api-key", args: { apiKey: "short" }, field: "apiKey" },
  { name: "set-apollo-list-sync", args: { listId: "x", enabled: true }, field: "listId" },
  { name: "set-apollo-list-sync", args: { listId: SOME_ID, enabled: "yes" }, field: "enabled" },
  { name: "set-apollo-list-sync", args: { listId: SOME_ID, enabled: true, syncIntervalMinutes: 5 }, field: "syncIntervalMinutes" },
  { name: "sync-apollo-list-now", args: {}, field: "listId" },
  { name: "set-apollo-daily-send-cap", args: { dailySendCap: 0 }, field: "dailySendCap" },
  { name: "set-apollo-daily-send-cap", args: { dailySendCap: 20.5 }, field: "dailySendCap" },
  { name: "enrol-contacts-in-sequence", args: { sequenceId: SOME_ID, mailboxId: OTHER_ID, contactIds: [] }, field: "contactIds" },
  { name: "enrol-contacts-in-sequence", args: { sequenceId: "x", mailboxId: OTHER_ID, contactIds: [SOME_ID] }, field: "sequenceId" },
  { name: "get-apollo-enrolments", args: { status: "DONE" }, field: "status" },
  { name: "get-apollo-list-members", args: { listId: SOME_ID, pageSize: 30 }, field: "pageSize" },
  { name: "get-apollo-list-members", args: { listId: SOME_ID, search: "x".repeat(201) }, field: "search" },
  // reports
  { name: "request-report", args: { companyId: SOME_ID, kind: "ESSAY" }, field: "kind" },
  { name: "request-report", args: { kind: "MARKET" }, field: "companyId" },
  { name: "request-report", args: { companyId: SOME_ID, kind: "MARKET", credits: 99 }, field: "_" },
  { name: "get-report", args: { id: "42" }, field: "id" },
  { name: "get-reports", args: { pageSize: 500 }, field: "pageSize" },
  { name: "get-reports", args: { status: "DONE" }, field: "status" },
  { name: "get-company-reports", args: {}, field: "companyId" },
  { name: "delete-report", args: { id: 7 }, field: "id" },
  { name: "create-report-share-link", args: { reportId: SOME_ID, expiresInDays: 365 }, field: "expiresInDays" },
  { name: "get-report-share-links", args: {}, field: "reportId" },
  { name: "revoke-report-share-link", args: { linkId: "x" }, field: "linkId" },
  { name: "get-shared-report", args: { token: "not-a-token" }, field: "token" },
  { name: "get-report-recipients", args: {}, field: "reportId" },
  { name: "email-report", args: { reportId: SOME_ID, recipientUserIds: [] }, field: "recipientUserIds" },
  { name: "save-report-schedule", args: { companyId: SOME_ID, kind: "DAILY", recipientUserIds: [OTHER_ID] }, field: "kind" },
  { name: "delete-report-schedule", args: {}, field: "id" },
  // --- sentiment (src/sentiment) ---
  { name: "get-company-sentiment", args: { companyId: "42" }, field: "companyId" },
  { name: "get-company-sentiment", args: { companyId: SOME_ID, months: 0 }, field: "months" },
  { name: "get-company-sentiment", args: { companyId: SOME_ID, months: 1.5 }, field: "months" },
  { name: "delete-mention", args: { id: 7 }, field: "id" },
  // --- workspaces (src/workspaces) ---
  { name: "create-workspace", args: { name: "   " }, field: "name" },
  { name: "create-workspace", args: { name: "x".repeat(81) }, field: "name" },
  { name: "rename-workspace", args: { workspaceId: "42", name: "Team" }, field: "workspaceId" },
  { name: "delete-workspace", args: { workspaceId: SOME_ID }, field: "confirmName" },
  { name: "switch-workspace", args: {}, field: "workspaceId" },
  { name: "get-workspace-members", args: { workspaceId: 7 }, field: "workspaceId" },
  { name: "change-member-role", args: { workspaceId: SOME_ID, userId: OTHER_ID, role: "KING" }, field: "role" },
  { name: "remove-member", args: { workspaceId: SOME_ID }, field: "userId" },
  { name: "leave-workspace", args: { workspaceId: "" }, field: "workspaceId" },
  { name: "transfer-ownership", args: { workspaceId: SOME_ID, userId: "x" }, field: "userId" },
  { name: "get-workspace-invitations", args: {}, field: "workspaceId" },
  { name: "invite-to-workspace", args: { workspaceId: SOME_ID, email: "not-an-email" }, field: "email" },
  { name: "invite-to-workspace", args: { workspaceId: SOME_ID, email: "a@example.test", role: "GUEST" }, field: "role" },
  { name: "resend-invitation", args: { invitationId: "x" }, field: "invitationId" },
  { name: "revoke-invitation", args: {}, field: "invitationId" },
  { name: "get-invitation", args: { token: "short" }, field: "token" },
  { name: "accept-invitation", args: { token: "short" }, field: "token" },
  { name: "accept-invitation", args: {}, field: "token" },
  // --- workflows (src/workflows) ---
  { name: "start-company-workflow", args: { companyId: SOME_ID, workflow: "report-delivery" }, field: "workflow" },
  { name: "start-company-workflow", args: { workflow: "market-research" }, field: "companyId" },
  { name: "get-company-workflow-runs", args: { companyId: "acme" }, field: "companyId" },
  { name: "get-company-findings", args: { companyId: "acme" }, field: "companyId" },
  // --- billing (src/payment) ---
  { name: "get-billing-overview", args: { take: 0 }, field: "take" },
  { name: "start-checkout", args: {}, field: "product" },
  { name: "start-checkout", args: { product: { kind: "plan", plan: "GOLD", interval: "MONTH" } }, field: "product.plan" },
  { name: "start-checkout", args: { product: { kind: "plan", plan: "PRO", interval: "WEEK" } }, field: "product.interval" },
];

/** Operations for administrators only: 403 for everyone else, whatever the input. */
const adminOperations = [
  "get-admin-overview", "get-admin-dashboard", "refresh-admin-stats", "get-admin-users", "set-user-admin", "set-user-suspended",
  "get-admin-messages", "open-admin-message", "set-message-replied", "get-admin-logs",
  "get-admin-workflow-runs", "rerun-workflow-execution", "get-workflow-settings", "update-workflow-settings",
];

/** The default workflow settings, as the settings form sends them. */
const validWorkflowSettings = { n8nUrl: "", workflows: { "market-research": { enabled: true, webhookPath: "hyperformant/market-research", timeoutMinutes: 30 }, "sentiment-collection": { enabled: true, webhookPath: "hyperformant/sentiment-collection", timeoutMinutes: 30 }, "report-delivery": { enabled: false, webhookPath: "hyperformant/report-delivery", timeoutMinutes: 15 } } };

/** Bad input from an admin (anyone else is refused before the input is read). */
const adminBadInputs = [
  { name: "get-admin-dashboard", args: { days: 14 }, field: "days" },
  { name: "get-admin-dashboard", args: { days: "all" }, field: "days" },
  { name: "get-admin-dashboard", args: { days: 30, workspaceId: SOME_ID }, field: "_" },
  { name: "get-admin-users", args: { sort: "password" }, field: "sort" },
  { name: "get-admin-users", args: { pageSize: 1000 }, field: "pageSize" },
  { name: "get-admin-users", args: { signedUpFrom: "2026-12-02", signedUpTo: "2026-12-01" }, field: "signedUpTo" },
  { name: "get-admin-users", args: { plan: "GOLD" }, field: "plan" },
  { name: "set-user-admin", args: { userId: "42", isAdmin: true }, field: "userId" },
  { name: "set-user-admin", args: { userId: SOME_ID }, field: "isAdmin" },
  { name: "set-user-suspended", args: { userId: SOME_ID, suspended: "yes" }, field: "suspended" },
  { name: "get-admin-messages", args: { filter: "starred" }, field: "filter" },
  { name: "open-admin-message", args: { id: "7" }, field: "id" },
  { name: "set-message-replied", args: { id: SOME_ID }, field: "replied" },
  { name: "get-admin-logs", args: { level: "FATAL" }, field: "level" },
  { name: "get-admin-logs", args: { workspaceId: "mine" }, field: "workspaceId" },
  { name: "get-admin-logs", args: { from: "2026-12-02", to: "2026-12-01" }, field: "to" },
  { name: "get-admin-workflow-runs", args: { status: "PAUSED" }, field: "status" },
  { name: "get-admin-workflow-runs", args: { workflow: "ping" }, field: "workflow" },
  { name: "get-admin-workflow-runs", args: { from: "2026-12-02", to: "2026-12-01" }, field: "to" },
  { name: "rerun-workflow-execution", args: { executionId: "42" }, field: "executionId" },
  // Bad settings are refused whole: nothing is saved, so these are safe beside the other files' workflow tests.
  { name: "update-workflow-settings", args: { ...validWorkflowSettings, n8nUrl: "http://n8n.example.com" }, field: "n8nUrl" },
  { name: "update-workflow-settings", args: { ...validWorkflowSettings, workflows: { ...validWorkflowSettings.workflows, "market-research": { enabled: true, webhookPath: "/has space", timeoutMinutes: 30 } } }, field: "workflows.market-research.webhookPath" },
  { name: "update-workflow-settings", args: { ...validWorkflowSettings, workflows: { ...validWorkflowSettings.workflows, "report-delivery": { enabled: true, webhookPath: "hyperformant/report-delivery", timeoutMinutes: 0 } } }, field: "workflows.report-delivery.timeoutMinutes" },
  { name: "update-workflow-settings", args: { n8nUrl: "" }, field: "workflows" },
];

describe("operations", () => {
  let alice: { email: string; sessionId: string };
  let bob: { email: string; sessionId: string };

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signUpVerifiedUser("alice"), signUpVerifiedUser("bob")]);
  });

  it("covers every operation the server has, so a new one cannot skip these checks", () => {
    const routes = generatedOperationRoutes();
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((route) => route.authenticated).map((route) => route.name).sort()).toEqual(
      authenticatedOperations.map((operation) => operation.name).sort(),
    );
    expect(routes.filter((route) => !route.authenticated).map((route) => route.name).sort()).toEqual([...publicOperations].sort());
  });

  it.each(authenticatedOperations)("$name answers 401 to a signed-out caller", async ({ name, validArgs }) => {
    const response = await callOperation(name, validArgs);
    expect(response.status).toBe(401);
  });

  it.each(adminOperations)("%s answers 403 to a user who is not an admin", async (name) => {
    const response = await callOperation(name, undefined, alice.sessionId);
    expect(response.status).toBe(403);
  });

  it.each(badInputs)("$name answers 400 naming $field for bad input", async ({ name, args, field }) => {
    const response = await callOperation(name, args, alice.sessionId);
    expect(response.status).toBe(400);
    const body = response.body as { message: string; data: { fieldErrors: Record<string, string[]> } };
    expect(body.data.fieldErrors[field]?.length).toBeGreaterThan(0);
  });

  it("get-admin-overview gives an admin the real counts, and admin operations answer 400 to an admin's bad input", async () => {
    const admin = await signUpVerifiedUser("ops-admin", process.env.HF_TEST_OPERATIONS_ADMIN_EMAIL);
    for (const { name, args, field } of adminBadInputs) {
      const refused = await callOperation(name, args, admin.sessionId);
      expect(refused.status, name).toBe(400);
      expect((refused.body as { data: { fieldErrors: Record<string, string[]> } }).data.fieldErrors[field]?.length, `${name} ${field}`).toBeGreaterThan(0);
    }
    const [{ users }] = await queryRows<{ users: string }>(`SELECT count(*) AS users FROM "User"`);
    const response = await callOperation<{ userCount: number; adminCount: number }>(
      "get-admin-overview",
      undefined,
      admin.sessionId,
    );
    expect(response.status).toBe(200);
    expect(response.body.userCount).toBe(Number(users));
    expect(response.body.adminCount).toBeGreaterThanOrEqual(1);
  });

  it("shows each user only their own workspace on the dashboard", async () => {
    const [aliceWorkspace] = await queryRows<{ id: string }>(
      `SELECT w.id FROM "Workspace" w JOIN "WorkspaceMember" m ON m."workspaceId" = w.id
        JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
      [alice.email],
    );
    await queryRows(
      `INSERT INTO "Company" (id, "workspaceId", name, domain, role, "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Rival', 'rival.test', 'COMPETITOR', now()),
              (gen_random_uuid(), $1, 'Us', 'us.test', 'OWN_COMPANY', now())`,
      [aliceWorkspace.id],
    );
    const aliceSummary = await callOperation<{ companyCount: number; competitorCount: number }>(
      "get-dashboard-summary",
      undefined,
      alice.sessionId,
    );
    const bobSummary = await callOperation<{ companyCount: number }>("get-dashboard-summary", undefined, bob.sessionId);
    expect(aliceSummary.body).toMatchObject({ companyCount: 2, competitorCount: 1 });
    expect(bobSummary.body).toMatchObject({ companyCount: 0 });
  });

  it("update-profile changes only the caller's own profile", async () => {
    const response = await callOperation("update-profile", { displayName: "  Alice A.  " }, alice.sessionId);
    expect(response).toEqual({ status: 200, body: { displayName: "Alice A." } });
    const rows = await queryRows<{ email: string; displayName: string | null }>(
      `SELECT email, "displayName" FROM "User" WHERE email = ANY($1) ORDER BY email`,
      [[alice.email, bob.email]],
    );
    expect(rows.find((row) => row.email === bob.email)?.displayName).toBeNull();
    expect(rows.find((row) => row.email === alice.email)?.displayName).toBe("Alice A.");
  });
});

describe("operations as a member of another workspace", () => {
  let alice: { email: string; sessionId: string };
  let bob: Bob;
  let bobBefore: Record<string, unknown[]>;

  beforeAll(async () => {
    const [aliceUser, bobUser] = await Promise.all([signUpVerifiedUser("alice"), signUpVerifiedUser("bob")]);
    alice = aliceUser;
    bob = await buildOtherWorkspaceFixture(bobUser.email);
    bobBefore = await snapshotOf(bob);
  });

  it.each(authenticatedOperations)("$name as a member of another workspace finds nothing of it", async ({ name, asOtherWorkspaceMember }) => {
    const response = await callOperation(name, asOtherWorkspaceMember.args(bob), alice.sessionId);
    const expected = asOtherWorkspaceMember.expect;
    expect(response.status, JSON.stringify(response.body)).toBe(expected === "leaks-nothing" ? 200 : expected);
    const body = JSON.stringify(response.body) ?? "";
    for (const secret of secretsOf(bob)) expect(body).not.toContain(secret);
  });

  it("leaves every row of the other workspace as it was", async () => {
    for (const [table, rows] of Object.entries(bobBefore)) {
      if (table !== "ReportEmail") expect(rows.length, `${table} rows in the fixture`).toBeGreaterThan(0);
    }
    expect(await snapshotOf(bob)).toEqual(bobBefore);
  });
});

describe("contact form", () => {
  it("stores a message from a visitor who is not signed in", async () => {
    const message = `Do you cover the German market? ${Date.now()}`;
    const response = await callOperation("submit-contact-form", { name: "Grace", email: "Grace@Example.test", message });
    expect(response).toEqual({ status: 200, body: { received: true } });
    const rows = await queryRows<{ email: string }>(`SELECT email FROM "ContactFormMessage" WHERE message = $1`, [message]);
    expect(rows).toEqual([{ email: "grace@example.test" }]);
  });

  it("stores nothing when the input is bad", async () => {
    const message = `too short ${Date.now()}`.slice(0, 5);
    const response = await callOperation("submit-contact-form", { name: "Eve", email: "eve@example.test", message });
    expect(response.status).toBe(400);
    expect(await queryRows(`SELECT 1 FROM "ContactFormMessage" WHERE message = $1`, [message])).toHaveLength(0);
  });
});
