import { z } from "zod";
import { syncIntervalMinutesSchema } from "./sync/syncSettings";

const listId = z.string().uuid("Pick a list from the Apollo page.");

export const setApolloListSyncInput = z
  .object({
    listId,
    enabled: z.boolean(),
    // null: the workspace default (SystemConfig, else every 6 hours).
    syncIntervalMinutes: syncIntervalMinutesSchema.nullable().optional(),
  })
  .strict();
export type SetApolloListSyncInput = z.input<typeof setApolloListSyncInput>;

export const syncApolloListNowInput = z.object({ listId }).strict();
export type SyncApolloListNowInput = z.input<typeof syncApolloListNowInput>;

export const LIST_PAGE_SIZES = [25, 50, 100] as const;
export const getApolloListMembersInput = z
  .object({
    listId,
    search: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.union([z.literal(25), z.literal(50), z.literal(100)]).default(50),
  })
  .strict();
export type GetApolloListMembersInput = z.input<typeof getApolloListMembersInput>;

export const exportApolloListMembersInput = z.object({ listId }).strict();
