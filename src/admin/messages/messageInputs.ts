import { z } from "zod";

export const messageFilters = ["all", "unread", "unreplied"] as const;

export const getAdminMessagesInput = z
  .object({
    filter: z.enum(messageFilters).default("all"),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(5).max(100).default(20),
  })
  .strict();
export const openAdminMessageInput = z.object({ id: z.string().uuid() }).strict();
export const setMessageRepliedInput = z.object({ id: z.string().uuid(), replied: z.boolean() }).strict();
