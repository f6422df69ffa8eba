import { action, api, apiNamespace, job, page, query, route, type Spec } from "@wasp.sh/spec";
import { ApolloPage } from "./ApolloPage" with { type: "ref" };
import { ApolloListMembersPage } from "./lists/ApolloListMembersPage" with { type: "ref" };
import { getApolloConnection, removeApolloApiKey, saveApolloApiKey } from "./connection/operations" with { type: "ref" };
import {
  getApolloActivity,
  getApolloListMembers,
  getApolloLists,
  refreshApolloLists,
  setApolloListSync,
  syncApolloListNow,
} from "./lists/operations" with { type: "ref" };
import { exportApolloListMembers } from "./lists/exportListMembersApi" with { type: "ref" };
import { syncApolloList } from "./lists/sync/syncApolloListJob" with { type: "ref" };
import { apolloListSyncTick } from "./lists/sync/apolloListSyncTick" with { type: "ref" };
import {
  enrolContactsInSequence,
  getApolloEnrolments,
  getApolloSequences,
  refreshApolloSequences,
  setApolloDailySendCap,
} from "./sequences/operations" with { type: "ref" };
import { enrolQueuedContacts } from "./sequences/enrolQueuedContactsJob" with { type: "ref" };
import { apolloApiMiddleware } from "../server/browserApiMiddleware" with { type: "ref" };

const signedIn = { authRequired: true };
const connection = ["Workspace", "WorkspaceMember", "Company", "ApolloSmartList"];
const lists = ["Workspace", "WorkspaceMember", "ApolloSmartList", "ApolloListSync", "BillingSubscription"];
const sequences = ["Workspace", "WorkspaceMember", "ApolloSequence", "ApolloMailbox", "ApolloMailboxDay", "ApolloEnrolment", "ApolloContact", "BillingSubscription"];
const members = ["WorkspaceMember", "ApolloSmartList", "ApolloContact", "ApolloAccount", "ApolloContactListing", "ApolloAccountListing", "Company"];

export const apolloSpec: Spec = [
  route("ApolloRoute", "/app/apollo", page(ApolloPage, signedIn)),
  route("ApolloListMembersRoute", "/app/apollo/lists/:listId", page(ApolloListMembersPage, signedIn)),
  query(getApolloConnection, { entities: connection }),
  action(saveApolloApiKey, { entities: connection }),
  action(removeApolloApiKey, { entities: connection }),

  query(getApolloLists, { entities: lists }),
  action(refreshApolloLists, { entities: lists }),
  action(setApolloListSync, { entities: lists }),
  action(syncApolloListNow, { entities: lists }),
  query(getApolloListMembers, { entities: members }),
  query(getApolloActivity, { entities: ["WorkspaceMember", "Log"] }),
  apiNamespace("/api/apollo", { middlewareConfigFn: apolloApiMiddleware }),
  api("GET", "/api/apollo/lists/:listId/members.csv", exportApolloListMembers, { auth: true, entities: members }),

  query(getApolloSequences, { entities: sequences }),
  action(refreshApolloSequences, { entities: sequences }),
  action(setApolloDailySendCap, { entities: sequences }),
  action(enrolContactsInSequence, { entities: sequences }),
  query(getApolloEnrolments, { entities: sequences }),
  // Every 15 minutes: contacts queued over a mailbox's daily cap are enrolled once their day has come.
  job(enrolQueuedContacts, { executor: "PgBoss", entities: ["ApolloEnrolment"], schedule: { cron: "*/15 * * * *" } }),

  // Submitted by "sync now", by turning a list on and by the tick; resumable after a killed process.
  job(syncApolloList, { executor: "PgBoss", entities: ["ApolloListSync"] }),
  // Every minute: synced lists that are due get a sync; syncs whose run died are resumed or fail with the reason.
  job(apolloListSyncTick, { executor: "PgBoss", entities: ["ApolloListSync"], schedule: { cron: "* * * * *" } }),
];
