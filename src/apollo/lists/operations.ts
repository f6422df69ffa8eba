import { HttpError, prisma } from "wasp/server";
import type { GetApolloActivity, GetApolloListMembers, GetApolloLists, RefreshApolloLists, SetApolloListSync, SyncApolloListNow } from "wasp/server/operations";
import type { Prisma } from "@prisma/client";
import { parseInput } from "../../server/operations/guards";
import { sqlOfPrisma } from "../../server/db/sql";
import { requireWorkspaceManager, requireWorkspaceMember, assertFoundInWorkspace } from "../../workspaces/workspaceAccess";
import { lockWorkspace } from "../../workspaces/workspaceLock";
import { requireQuota } from "../../payment/quotas/requireQuota";
import { planOfWorkspace } from "../../payment/quotas/workspacePlan";
import { plans } from "../../payment/plans";
import { isApolloError } from "../client/apolloErrors";
import { httpErrorOfApollo, requireMasterKey } from "./apolloAccessErrors";
import { workspaceApolloClient } from "./workspaceApolloClient";
import {
  getApolloListMembersInput,
  setApolloListSyncInput,
  syncApolloListNowInput,
  type GetApolloListMembersInput,
  type SetApolloListSyncInput,
  type SyncApolloListNowInput,
} from "./listInputs";
import { startListSync, submitSyncRun } from "./sync/startListSync";
import { syncIntervalMinutesOf } from "./sync/syncSettings";
import { modalityOf } from "./sync/listTables";

export type ApolloListRun = { syncId: string; pass: number; pagesDone: number; totalPages: number | null; startedAt: Date };

export type ApolloListView = {
  id: string;
  name: string;
  modality: "contacts" | "accounts";
  apolloSize: number;
  listedAt: Date | null;
  syncEnabled: boolean;
  syncIntervalMinutes: number | null;
  nextSyncAt: Date | null;
  memberCount: number;
  lastSyncedAt: Date | null;
  lastSyncStatus: "NEVER" | "RUNNING" | "SUCCEEDED" | "PARTIAL" | "FAILED";
  lastSyncError: string | null;
  lastSyncDurationMs: number | null;
  lastRowsAdded: number | null;
  lastRowsUpdated: number | null;
  lastRowsRemoved: number | null;
  running: ApolloListRun | null;
};

export type ApolloListsView = {
  canManage: boolean;
  connected: boolean;
  masterKey: boolean | null;
  plan: string;
  syncedLimit: number;
  syncedCount: number;
  defaultIntervalMinutes: number;
  lists: ApolloListView[];
};

const listSelect = {
  id: true,
  name: true,
  modality: true,
  cachedCount: true,
  listedAt: true,
  syncEnabled: true,
  syncIntervalMinutes: true,
  nextSyncAt: true,
  memberCount: true,
  lastSyncedAt: true,
  lastSyncStatus: true,
  lastSyncError: true,
  lastSyncDurationMs: true,
  lastRowsAdded: true,
  lastRowsUpdated: true,
  lastRowsRemoved: true,
  syncs: { where: { status: "RUNNING" as const }, select: { id: true, pass: true, pagesDone: true, totalPages: true, startedAt: true }, take: 1 },
} satisfies Prisma.ApolloSmartListSelect;

function viewOf(list: Prisma.ApolloSmartListGetPayload<{ select: typeof listSelect }>): ApolloListView {
  const { syncs, cachedCount, modality, ...rest } = list;
  const run = syncs[0];
  return {
    ...rest,
    modality: modalityOf(modality),
    apolloSize: cachedCount,
    running: run ? { syncId: run.id, pass: run.pass, pagesDone: run.pagesDone, totalPages: run.totalPages, startedAt: run.startedAt } : null,
  };
}

/** The workspace's Apollo lists as last listed, with each synced one's status and live progress. */
export const getApolloLists: GetApolloLists<void, ApolloListsView> = async (_args, context) => {
  const { workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const [lists, plan, defaultIntervalMinutes] = await Promise.all([
    context.entities.ApolloSmartList.findMany({ where: { workspaceId: workspace.id }, select: listSelect, orderBy: [{ syncEnabled: "desc" }, { name: "asc" }] }),
    planOfWorkspace(context.entities.BillingSubscription, workspace.id),
    syncIntervalMinutesOf(sqlOfPrisma(prisma), null),
  ]);
  return {
    canManage: role !== "MEMBER",
    connected: Boolean(workspace.apolloApiKeyEncrypted),
    masterKey: workspace.apolloApiKeyEncrypted ? workspace.apolloKeyIsMaster : null,
    plan: plans[plan].name,
    syncedLimit: plans[plan].quotas.syncedApolloLists,
    syncedCount: lists.filter((list) => list.syncEnabled).length,
    defaultIntervalMinutes,
    lists: lists.map(viewOf),
  };
};

/** Asks Apollo for the workspace's lists (GET /labels) and stores what it says: names, kinds, sizes. */
export const refreshApolloLists: RefreshApolloLists<void, { listed: number }> = async (_args, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const client = workspaceApolloClient(workspace);
  let labels;
  try {
    labels = await client.listLabels();
  } catch (error) {
    if (isApolloError(error)) throw httpErrorOfApollo(error);
    throw error;
  }
  const listedAt = new Date();
  const lists = labels.filter((label) => label.modality === "contacts" || label.modality === "accounts");
  await prisma.$transaction(
    lists.map((label) => {
      const fields = { name: label.name.slice(0, 300), modality: label.modality === "contacts" ? ("CONTACTS" as const) : ("ACCOUNTS" as const), cachedCount: Math.max(0, label.cached_count ?? 0), listedAt };
      return context.entities.ApolloSmartList.upsert({
        where: { workspaceId_apolloLabelId: { workspaceId: workspace.id, apolloLabelId: label.id } },
        create: { workspaceId: workspace.id, apolloLabelId: label.id, ...fields },
        update: fields,
      });
    }),
  );
  return { listed: lists.length };
};

async function findList(context: { entities: { ApolloSmartList: typeof prisma.apolloSmartList } }, workspaceId: string, listId: string) {
  const list = await context.entities.ApolloSmartList.findFirst({ where: { id: listId, workspaceId } });
  assertFoundInWorkspace(list, "list");
  return list;
}

/** Owners and admins: which lists are synced (under the plan's quota) and how often; turning one on syncs it now. */
export const setApolloListSync: SetApolloListSync<SetApolloListSyncInput, ApolloListView> = async (rawArgs, context) => {
  const { user, workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  requireWorkspaceManager(role);
  const input = parseInput(setApolloListSyncInput, rawArgs);
  const list = await findList(context, workspace.id, input.listId);
  if (input.enabled) requireMasterKey(workspace);
  const turnedOn = input.enabled && !list.syncEnabled;
  await prisma.$transaction(async (tx) => {
    if (turnedOn) {
      await lockWorkspace(tx, workspace.id);
      const used = await tx.apolloSmartList.count({ where: { workspaceId: workspace.id, syncEnabled: true } });
      await requireQuota(tx, workspace.id, "syncedApolloLists", { used });
    }
    await tx.apolloSmartList.update({
      where: { id: list.id },
      data: {
        syncEnabled: input.enabled,
        ...(input.syncIntervalMinutes !== undefined ? { syncIntervalMinutes: input.syncIntervalMinutes } : {}),
        ...(turnedOn ? { nextSyncAt: null } : {}),
      },
    });
  });
  if (turnedOn) {
    const { syncId, joined } = await startListSync(sqlOfPrisma(prisma), list, { trigger: "MANUAL", requestedById: user.id });
    if (!joined) await submitSyncRun(syncId);
  }
  const updated = await context.entities.ApolloSmartList.findUniqueOrThrow({ where: { id: list.id }, select: listSelect });
  return viewOf(updated);
};

/** Owners and admins: sync a synced list now; while one runs, the request joins it. */
export const syncApolloListNow: SyncApolloListNow<SyncApolloListNowInput, { syncId: string; joined: boolean }> = async (rawArgs, context) => {
  const { user, workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  requireWorkspaceManager(role);
  const { listId } = parseInput(syncApolloListNowInput, rawArgs);
  const list = await findList(context, workspace.id, listId);
  requireMasterKey(workspace);
  if (!list.syncEnabled) throw new HttpError(409, `"${list.name}" is not synced: turn syncing on for it first.`);
  const started = await startListSync(sqlOfPrisma(prisma), list, { trigger: "MANUAL", requestedById: user.id });
  if (!started.joined) await submitSyncRun(started.syncId);
  return started;
};

export type ApolloListMemberRow = {
  id: string;
  apolloId: string;
  name: string | null;
  title: string | null;
  email: string | null;
  reachable: boolean;
  organization: string | null;
  company: { id: string; name: string; domain: string } | null;
};

export type ApolloListMembersView = {
  list: { id: string; name: string; modality: "contacts" | "accounts"; memberCount: number; lastSyncedAt: Date | null; syncEnabled: boolean };
  canEnrol: boolean;
  total: number;
  reachable: number;
  page: number;
  pageSize: number;
  rows: ApolloListMemberRow[];
};

const companyLink = { select: { id: true, name: true, domain: true } } as const;

/** One page of a synced list's stored members, searchable by name, email, title or company. */
export const getApolloListMembers: GetApolloListMembers<GetApolloListMembersInput, ApolloListMembersView> = async (rawArgs, context) => {
  const { workspace, role } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const { listId, search, page, pageSize } = parseInput(getApolloListMembersInput, rawArgs);
  const list = await findList(context, workspace.id, listId);
  const modality = modalityOf(list.modality);
  const header = { id: list.id, name: list.name, modality, memberCount: list.memberCount, lastSyncedAt: list.lastSyncedAt, syncEnabled: list.syncEnabled };
  const contains = search ? { contains: search, mode: "insensitive" as const } : undefined;
  if (modality === "contacts") {
    const where: Prisma.ApolloContactWhereInput = {
      workspaceId: workspace.id,
      listings: { some: { listId } },
      ...(contains ? { OR: [{ name: contains }, { email: contains }, { title: contains }, { organizationName: contains }] } : {}),
    };
    const [total, reachable, contacts] = await Promise.all([
      context.entities.ApolloContact.count({ where }),
      context.entities.ApolloContact.count({ where: { ...where, email: { not: null } } }),
      context.entities.ApolloContact.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize, include: { company: companyLink } }),
    ]);
    return {
      list: header,
      canEnrol: role !== "MEMBER",
      total,
      reachable,
      page,
      pageSize,
      rows: contacts.map((contact) => ({
        id: contact.id,
        apolloId: contact.apolloContactId,
        name: contact.name,
        title: contact.title,
        email: contact.email,
        reachable: contact.email !== null,
        organization: contact.organizationName,
        company: contact.company,
      })),
    };
  }
  const where: Prisma.ApolloAccountWhereInput = {
    workspaceId: workspace.id,
    listings: { some: { listId } },
    ...(contains ? { OR: [{ name: contains }, { domain: contains }] } : {}),
  };
  const [total, accounts] = await Promise.all([
    context.entities.ApolloAccount.count({ where }),
    context.entities.ApolloAccount.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize, include: { company: companyLink } }),
  ]);
  return {
    list: header,
    canEnrol: false,
    total,
    reachable: 0,
    page,
    pageSize,
    rows: accounts.map((account) => ({
      id: account.id,
      apolloId: account.apolloAccountId,
      name: account.name,
      title: null,
      email: null,
      reachable: false,
      organization: account.domain,
      company: account.company,
    })),
  };
};

export type ApolloActivityEntry = { id: string; createdAt: Date; level: "DEBUG" | "INFO" | "WARN" | "ERROR"; message: string };

/** The workspace's Apollo history (syncs and enrolments), newest first. */
export const getApolloActivity: GetApolloActivity<void, ApolloActivityEntry[]> = async (_args, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  return context.entities.Log.findMany({
    where: { workspaceId: workspace.id, source: "apollo" },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, level: true, message: true },
  });
};
