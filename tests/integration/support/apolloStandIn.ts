import { randomBytes } from "node:crypto";
import { queryRows } from "./database";
import { callOperation, type HttpResult } from "./httpClient";
import { waitFor } from "./polling";
import { testEnvironment } from "./testEnvironment";

/**
 * The Apollo stand-in's control channel (tests/stand-ins/apollo): each test
 * works under a key of its own, which namespaces everything the stand-in keeps.
 */
export const freshApolloKey = (label: string) => `apollo-it-${label}-${randomBytes(5).toString("hex")}`;

async function control<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${testEnvironment.apolloStandInUrl}/__stand-in/${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`stand-in ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export type ScenarioList = {
  name: string;
  modality: "contacts" | "accounts";
  size: number;
  overlapWith?: { listName: string; count: number };
  faults?: Record<string, unknown>;
  changes?: { afterPage: number; addAtHead?: number; remove?: number }[];
};

export const defineScenario = (apiKey: string, scenario: { lists?: ScenarioList[]; replaceDefaults?: boolean }) =>
  control<{ lists: { id: string; name: string }[] }>("POST", "scenarios", { apiKey, ...scenario });
export const membersInApollo = async (apiKey: string, listName: string) =>
  (await control<{ ids: string[] }>("GET", `lists/members?apiKey=${encodeURIComponent(apiKey)}&listName=${encodeURIComponent(listName)}`)).ids;
export const changeList = (apiKey: string, listName: string, change: { addAtHead?: number; remove?: number }) =>
  control<{ added: string[]; removed: string[] }>("POST", "lists/change", { apiKey, listName, ...change });
export const touchMembers = (apiKey: string, listName: string, count: number) => control<{ ids: string[] }>("POST", "records/touch", { apiKey, listName, count });
export type Served = {
  lists: { name: string; pagesServed: Record<string, number>; statuses: Record<string, number>; hung: number; requests: number }[];
  sequences: { id: string; name: string; enrolledContactIds: string[]; addContactIdsRequests: number }[];
};
export const servedTo = (apiKey: string) => control<Served>("GET", `served?apiKey=${encodeURIComponent(apiKey)}`);

export type ListView = {
  id: string;
  name: string;
  syncEnabled: boolean;
  memberCount: number;
  lastSyncStatus: string;
  lastSyncError: string | null;
  lastRowsAdded: number | null;
  lastRowsUpdated: number | null;
  lastRowsRemoved: number | null;
  lastSyncDurationMs: number | null;
  running: { syncId: string; pass: number; pagesDone: number; totalPages: number | null } | null;
};
export type ListsView = { canManage: boolean; syncedLimit: number; syncedCount: number; lists: ListView[] };

export async function listsOf(sessionId: string): Promise<ListsView> {
  const response = await callOperation<ListsView>("get-apollo-lists", undefined, sessionId);
  if (response.status !== 200) throw new Error(`get-apollo-lists: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function listNamed(sessionId: string, name: string): Promise<ListView> {
  const list = (await listsOf(sessionId)).lists.find((candidate) => candidate.name === name);
  if (!list) throw new Error(`no list named ${name}`);
  return list;
}

/** Waits for the list's running sync (if any) to end, and for its status to leave RUNNING. */
export async function syncSettled(sessionId: string, name: string, timeoutMs = 60_000): Promise<ListView> {
  return waitFor(`the sync of ${name} to end`, async () => {
    const list = await listNamed(sessionId, name);
    return list.running || list.lastSyncStatus === "RUNNING" ? undefined : list;
  }, { timeoutMs, intervalMs: 250 });
}

/** The Apollo ids of the list's stored members. */
export async function storedMemberIds(listId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    `SELECT c."apolloContactId" AS id FROM "ApolloContactListing" l JOIN "ApolloContact" c ON c.id = l."contactId" WHERE l."listId" = $1
     UNION ALL
     SELECT a."apolloAccountId" FROM "ApolloAccountListing" l JOIN "ApolloAccount" a ON a.id = l."accountId" WHERE l."listId" = $1`,
    [listId],
  );
  return rows.map((row) => row.id).sort();
}

export async function expectOk<T>(response: Promise<HttpResult<T>>): Promise<T> {
  const result = await response;
  if (result.status !== 200) throw new Error(`expected 200, got ${result.status}: ${JSON.stringify(result.body)}`);
  return result.body;
}
